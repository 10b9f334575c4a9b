/**
 * SearchEngine: the library's full-text search. It owns one flexsearch Document (flex-index.ts)
 * holding one document per article and one per statement, and the side tables (doc-table.ts) with
 * texts, dates and facet values. A search parses the query (query.ts), encodes it with the same
 * encoder as the index (encoder.ts), asks flexsearch for each term separately in every field (so
 * the words of a query may sit in different fields: "Lavrov" in the speaker names, "سوريا" in the
 * text), intersects, filters by facets (flexsearch tags), exclusions, phrases (checked on the
 * original text, match.ts) and dates, counts facets over the whole match set, sorts, and
 * highlights the requested page on the original texts.
 *
 * Scoring: for every query term, the sum over fields of FIELD_BOOST × how early the term first
 * appears in the field (flexsearch's positional slot). Ties, and queries without words, go by
 * date, newest first, undated last.
 */

import type { Article } from '../model/article';
import { encodeQuery } from './encoder';
import { buildArticleEntry, flexDocsOf } from './article-docs';
import type { SpeakerSpellings } from './article-docs';
import { DocTable } from './doc-table';
import type { DocMeta, Part } from './doc-table';
import { countFacets, FacetDirectory } from './facets';
import type { FacetCounts } from './facets';
import { FlexIndex } from './flex-index';
import { highlightRanges, textsContainPhrases } from './match';
import { PhraseIndex } from './phrases';
import type { PreparedPhrases } from './phrases';
import type { QueryTerms } from './match';
import { parseQuery } from './query';
import type { DocType, Query } from './query';
import { FIELD_BOOST, FIELDS, RESOLUTION } from './schema';
import type { Tag } from './schema';

export interface EngineOptions {
  /** Speaker id → all spellings of the name (Arabic, English, Russian…), indexed with statements. */
  speakerSpellings?: SpeakerSpellings;
}

export interface SearchOptions {
  /** Hits to return (default 50, at most 1000). */
  limit?: number;
  offset?: number;
}

export interface Highlight {
  /** Which original text: article headline/subheadline/body, statement text or quote. */
  part: Part;
  /** [start, end) in that text (for 'statement', relative to Statement.text). */
  ranges: [number, number][];
}

export interface SearchHit {
  type: DocType;
  articleId: string;
  /** Index into article.statements for a statement hit, else null. */
  statementIndex: number | null;
  score: number;
  date: string | null;
  highlights: Highlight[];
}

export interface SearchResults {
  query: Query;
  /** Size of the whole match set (hits is one page of it). */
  total: number;
  hits: SearchHit[];
  /** Counted over the whole match set. */
  facets: FacetCounts;
  /** Matches dropped only because they have no date while from:/to: was given. */
  undatedExcluded: number;
  /** Things in the query that had no effect or matched nothing, for the UI to say. */
  notes: string[];
}

/** Beyond this share of all documents, removeMany rebuilds the index instead of removing. */
const REBUILD_SHARE = 0.05;

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

export class SearchEngine {
  private flex = new FlexIndex();
  readonly table = new DocTable();
  private directory: FacetDirectory;
  private readonly phrases = new PhraseIndex(this.table);

  constructor(private readonly options: EngineOptions = {}) {
    this.directory = new FacetDirectory(options.speakerSpellings);
  }

  /** Number of articles and of flexsearch documents (articles + statements). */
  get size(): { articles: number; docs: number } {
    return { articles: this.table.articles.size, docs: this.table.docs.size };
  }

  has(articleId: string): boolean {
    return this.table.articles.has(articleId);
  }

  /** Indexes an article and its statements (replacing an earlier version with the same id). */
  add(article: Article): void {
    this.remove(article.id);
    const entry = buildArticleEntry(article, this.table.nextId);
    this.table.add(entry);
    for (const d of entry.docs) this.directory.addDoc(d);
    for (const d of flexDocsOf(entry, this.phrases.encode(entry))) this.flex.add(d);
  }

  /** Removes an article and its statements; false when it was not indexed. */
  remove(articleId: string): boolean {
    const ids = this.table.remove(articleId);
    for (const id of ids) this.flex.remove(id);
    this.phrases.drop(articleId);
    return ids.length > 0;
  }

  /** Removes many articles; a large batch rebuilds the flexsearch index from the side tables. */
  removeMany(articleIds: string[]): number {
    const present = articleIds.filter((id) => this.table.articles.has(id));
    const docs = present.reduce((n, id) => n + this.table.articles.get(id)!.docs.length, 0);
    if (docs <= 50 || docs < this.table.docs.size * REBUILD_SHARE) {
      for (const id of present) this.remove(id);
      return present.length;
    }
    for (const id of present) {
      this.table.remove(id);
      this.phrases.drop(id);
    }
    this.rebuildFlex();
    return present.length;
  }

  clear(): void {
    this.table.clear();
    this.flex = new FlexIndex();
    this.phrases.clear();
    this.directory = new FacetDirectory(this.options.speakerSpellings);
  }

  /** Re-creates the flexsearch index from the side tables. */
  rebuildFlex(): void {
    this.flex = new FlexIndex();
    for (const entry of this.table.articles.values()) {
      for (const d of flexDocsOf(entry, this.phrases.encode(entry))) this.flex.add(d);
    }
  }

  /** @internal persist.ts */
  get flexIndex(): FlexIndex {
    return this.flex;
  }

  /** @internal persist.ts: loads stored side tables and flexsearch chunks into this empty engine. */
  async restore(tableChunks: string[], nextId: number, flexChunks: [string, string][]): Promise<void> {
    this.clear();
    this.table.loadChunks(tableChunks, nextId);
    for (const d of this.table.docs.values()) this.directory.addDoc(d);
    await this.flex.importChunks(flexChunks);
  }

  search(input: string | Query, opts: SearchOptions = {}): SearchResults {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const limit = Math.max(0, Math.min(opts.limit ?? 50, 1000));
    const offset = Math.max(0, opts.offset ?? 0);
    const notes = [...query.ignored];

    const terms = this.encode(query.words, query.phrases, notes);
    const excluded = this.encode([], query.exclude, notes, '-');
    const required = unique([...terms.words, ...terms.phrases.flat()]);

    // 1. candidates: documents having every required term somewhere, with their scores
    let scores: Map<number, number> | null = null;
    if (required.length) {
      const maps = required.map((t) => this.termHits(t)).sort((a, b) => a.size - b.size);
      scores = new Map(maps[0]);
      for (const m of maps.slice(1)) {
        for (const [id, s] of scores) {
          const add = m.get(id);
          if (add === undefined) scores.delete(id);
          else scores.set(id, s + add);
        }
      }
    }

    // 2. facet filters
    const allowed = this.facetSets(query, notes);
    let ids: Iterable<number>;
    if (scores) ids = scores.keys();
    else if (allowed.length) ids = allowed.reduce((a, b) => (b.size < a.size ? b : a));
    else ids = this.table.docs.keys();

    // 3. exclusions
    const banned = new Set<number>();
    for (const t of excluded.words) for (const id of this.termHits(t).keys()) banned.add(id);
    const exPhraseSets = excluded.phrases.map((p) => p.map((t) => this.termHits(t)));
    const phrases = this.phrases.prepare(terms.phrases);
    const exPhrases = excluded.phrases.map((p) => this.phrases.prepare([p]));

    // 4. filter; phrases are checked on the original text last, as the most expensive step
    const matches: DocMeta[] = [];
    let undatedExcluded = 0;
    for (const id of ids) {
      const meta = this.table.docs.get(id);
      if (!meta || banned.has(id) || !allowed.every((s) => s.has(id))) continue;
      if (query.from || query.to) {
        if (!meta.date) {
          if (this.phrasesOk(meta, phrases)) undatedExcluded++;
          continue;
        }
        if ((query.from && meta.date < query.from) || (query.to && meta.date > query.to)) continue;
      }
      if (!this.phrasesOk(meta, phrases)) continue;
      if (exPhraseSets.some((sets, i) => sets.every((s) => s.has(id)) && this.phrasesOk(meta, exPhrases[i]))) {
        continue;
      }
      matches.push(meta);
    }

    // 5. order, facets, page
    const ranked = matches.map((m) => ({ m, s: scores?.get(m.id) ?? 0, d: m.date ?? '' }));
    ranked.sort((a, b) => b.s - a.s || (a.d < b.d ? 1 : a.d > b.d ? -1 : 0) || a.m.id - b.m.id);
    const hl: QueryTerms = { words: terms.words, phrases: terms.phrases };
    const hits = ranked.slice(offset, offset + limit).map((r) => this.hit(r.m, r.s, hl));
    return { query, total: matches.length, hits, facets: countFacets(matches), undatedExcluded, notes };
  }

  /**
   * Encodes typed words and phrases. A word that encodes to several terms (Al-Assad) needs all of
   * them anywhere; a phrase of one term is a word.
   */
  private encode(words: string[], phrases: string[], notes: string[], prefix = ''): QueryTerms {
    const out: QueryTerms = { words: [], phrases: [] };
    const each = (raw: string, asPhrase: boolean) => {
      const t = encodeQuery(raw);
      if (!t.length) notes.push(`${prefix}${raw}: nothing searchable`);
      else if (t.length === 1) out.words.push(t[0]);
      else if (asPhrase) out.phrases.push(t);
      else out.words.push(...t);
    };
    for (const w of words) each(w, false);
    for (const p of phrases) each(p, true);
    out.words = unique(out.words);
    return out;
  }

  /**
   * Documents containing `term` in any field, or having a speaker with a name containing it (any
   * spelling from the speaker list), with the term's score.
   */
  private termHits(term: string): Map<number, number> {
    const out = new Map<number, number>();
    const speakers = this.directory.speakersWithTerm(term);
    if (speakers?.size) {
      for (const id of this.flex.tagIds('spk', [...speakers])) out.set(id, FIELD_BOOST.names);
    }
    for (const field of FIELDS) {
      const slots = this.flex.termSlots(term, field);
      const boost = FIELD_BOOST[field];
      for (let i = 0; i < slots.length; i++) {
        const list = slots[i];
        if (!list) continue;
        const s = (boost * (RESOLUTION - i)) / RESOLUTION;
        for (const id of list) out.set(id, (out.get(id) ?? 0) + s);
      }
    }
    return out;
  }

  /** One id set per facet given in the query (a document must be in all of them). */
  private facetSets(q: Query, notes: string[]): Set<number>[] {
    const sets: Set<number>[] = [];
    const tag = (t: Tag, values: string[]) => sets.push(this.flex.tagIds(t, values));
    if (q.speaker.length) {
      const keys = unique(q.speaker.flatMap((v) => this.directory.speakers(v)));
      for (const v of q.speaker) if (!this.directory.speakers(v).length) notes.push(`speaker:${v}: no such speaker`);
      tag('spk', keys);
    }
    if (q.outlet.length) {
      const names = unique(q.outlet.flatMap((v) => this.directory.outletNames(v)));
      for (const v of q.outlet) if (!this.directory.outletNames(v).length) notes.push(`outlet:${v}: no such outlet`);
      tag('outlet', names);
    }
    if (q.lang.length) tag('lang', q.lang);
    if (q.kind.length) tag('kind', q.kind);
    if (q.type.length) tag('type', q.type);
    if (q.official !== null) tag('official', [q.official ? 'yes' : 'no']);
    return sets;
  }

  private phrasesOk(meta: DocMeta, phrases: PreparedPhrases): boolean {
    if (!phrases.phrases.length) return true;
    return this.phrases.contains(meta, phrases, (i) => meta.spk.some((k) => this.speakerHasPhrase(k, phrases, i)));
  }

  /** Whether a name of speaker `key` contains phrase i, memoised for the query. */
  private speakerHasPhrase(key: string, p: PreparedPhrases, i: number): boolean {
    const k = key + '\u0000' + i;
    let yes = p.inNames.get(k);
    if (yes === undefined) {
      yes = textsContainPhrases(this.directory.namesOf(key), [p.phrases[i]]);
      p.inNames.set(k, yes);
    }
    return yes;
  }

  private hit(meta: DocMeta, score: number, q: QueryTerms): SearchHit {
    const highlights: Highlight[] = [];
    for (const { part, text } of this.table.parts(meta)) {
      const ranges = highlightRanges(text, q);
      if (ranges.length) highlights.push({ part, ranges });
    }
    return {
      type: meta.type,
      articleId: meta.articleId,
      statementIndex: meta.si < 0 ? null : meta.si,
      score: Math.round(score * 1000) / 1000,
      date: meta.date,
      highlights,
    };
  }
}
