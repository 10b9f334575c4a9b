/**
 * SearchEngine: the library's full-text search. It owns one flexsearch Document (flex-index.ts)
 * holding one document per article and one per statement, the side tables (doc-table.ts) with
 * texts, dates and facet values, the token sequences for phrase checks (phrases.ts) and the
 * directory of speaker names and outlets (facets.ts). A search parses the query (query.ts),
 * encodes it with the indexing encoder (encoder.ts), asks flexsearch for each term separately in
 * every field — and for the documents of every speaker with a name containing the term, in any
 * script — so the words of a query may sit in different places ("Lavrov" in the speaker, "سوريا"
 * in the text); then intersects, filters by facets (flexsearch tags), exclusions, dates and
 * phrases, counts facets over the whole match set, ranks (results.ts) and highlights the
 * requested page on the original texts (match.ts).
 *
 * Scoring: for every query term, the sum over fields of FIELD_BOOST × how early the term first
 * appears in the field (flexsearch's positional slot), plus the `names` weight for a speaker hit.
 * Ties, and queries without words, go by date, newest first, undated last.
 */

import type { Article } from '../model/article';
import { buildArticleEntry, flexDocsOf } from './article-docs';
import type { SpeakerSpellings } from './article-docs';
import { DocTable } from './doc-table';
import type { DocMeta } from './doc-table';
import { countFacets, FacetDirectory } from './facets';
import { FlexIndex } from './flex-index';
import { encodeQueryTerms, highlightRanges, textsContainPhrases } from './match';
import type { QueryTerms } from './match';
import { PhraseIndex } from './phrases';
import type { PreparedPhrases } from './phrases';
import { parseQuery } from './query';
import type { Query } from './query';
import { topRanked } from './results';
import type { EngineOptions, Highlight, SearchHit, SearchOptions, SearchResults } from './results';
import { FIELD_BOOST, FIELDS, RESOLUTION } from './schema';
import type { Tag } from './schema';

export type { EngineOptions, Highlight, SearchHit, SearchOptions, SearchResults } from './results';

/**
 * Removed documents stay in flexsearch (removing one there scans every field map: ~10 ms per
 * document at 10,000 articles) and are ignored, since the side table is the authority; the
 * flexsearch index is rebuilt from the side tables once they are more than this share of it.
 */
const MAX_STALE_SHARE = 0.3;

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

export class SearchEngine {
  private flex = new FlexIndex();
  readonly table = new DocTable();
  private directory: FacetDirectory;
  private readonly phrases = new PhraseIndex(this.table);
  /** flexsearch ids of removed documents still in the flexsearch index. */
  private stale = new Set<number>();

  constructor(private options: EngineOptions = {}) {
    this.directory = new FacetDirectory(options.speakerSpellings);
  }

  /** Replaces the speaker spellings (the user extended the speaker list); no re-indexing needed. */
  setSpeakerSpellings(spellings: SpeakerSpellings | undefined): void {
    this.options = { ...this.options, speakerSpellings: spellings };
    this.directory = new FacetDirectory(spellings);
    for (const d of this.table.docs.values()) this.directory.addDoc(d);
  }

  /** Number of articles and of flexsearch documents (articles + statements). */
  get size(): { articles: number; docs: number } {
    return { articles: this.table.articles.size, docs: this.table.docs.size };
  }

  /** Share of the flexsearch index taken by removed documents (compact() drops them). */
  get garbage(): number {
    const all = this.table.docs.size + this.stale.size;
    return all ? this.stale.size / all : 0;
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
    return this.removeMany([articleId]) > 0;
  }

  /** Removes articles (unknown ids are skipped); returns how many were removed. */
  removeMany(articleIds: string[]): number {
    let n = 0;
    for (const id of articleIds) {
      const ids = this.table.remove(id);
      if (!ids.length) continue;
      n++;
      for (const d of ids) this.stale.add(d);
      this.phrases.drop(id);
    }
    if (this.stale.size > 1000 && this.garbage > MAX_STALE_SHARE) this.compact();
    return n;
  }

  /** Rebuilds the flexsearch index from the side tables, dropping removed documents. */
  compact(): void {
    this.flex = new FlexIndex();
    this.stale.clear();
    this.phrases.clear(); // also forgets the forms only removed articles used
    for (const entry of this.table.articles.values()) {
      for (const d of flexDocsOf(entry, this.phrases.encode(entry))) this.flex.add(d);
    }
  }

  clear(): void {
    this.table.clear();
    this.flex = new FlexIndex();
    this.stale.clear();
    this.phrases.clear();
    this.directory = new FacetDirectory(this.options.speakerSpellings);
  }

  /** @internal persist.ts */
  get flexIndex(): FlexIndex {
    return this.flex;
  }

  /** @internal persist.ts */
  get staleIds(): number[] {
    return [...this.stale];
  }

  /** @internal persist.ts: loads stored side tables and flexsearch chunks into this empty engine. */
  async restore(
    tableChunks: string[],
    nextId: number,
    flexChunks: [string, string][],
    stale: number[],
  ): Promise<void> {
    this.clear();
    this.table.loadChunks(tableChunks, nextId);
    for (const d of this.table.docs.values()) this.directory.addDoc(d);
    await this.flex.importChunks(flexChunks);
    this.stale = new Set(stale);
  }

  search(input: string | Query, opts: SearchOptions = {}): SearchResults {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const limit = Math.max(0, Math.min(opts.limit ?? 50, 1000));
    const offset = Math.max(0, opts.offset ?? 0);
    const notes = [...query.ignored];

    const terms = encodeQueryTerms(query.words, query.phrases, notes);
    const excluded = encodeQueryTerms([], query.exclude, notes, '-');
    const required = unique([...terms.words, ...terms.phrases.flat()]);

    // 1. candidates: documents having every required term somewhere, with their scores
    let scores: Map<number, number> | null = null;
    if (required.length) {
      const maps = required.map((t) => this.termHits(t)).sort((a, b) => a.size - b.size);
      scores = maps[0]; // termHits returns a fresh map: safe to narrow in place
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
      if (
        exPhraseSets.some((sets, i) => sets.every((s) => s.has(id)) && this.phrasesOk(meta, exPhrases[i]))
      ) {
        continue;
      }
      matches.push(meta);
    }

    // 5. order, facets, page
    const hl: QueryTerms = { words: terms.words, phrases: terms.phrases };
    const hits = topRanked(matches, scores, offset + limit)
      .slice(offset)
      .map((r) => this.hit(r.m, r.s, hl));
    return { query, total: matches.length, hits, facets: countFacets(matches), undatedExcluded, notes };
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
      for (const v of q.speaker)
        if (!this.directory.speakers(v).length) notes.push(`speaker:${v}: no such speaker`);
      tag('spk', keys);
    }
    if (q.outlet.length) {
      const names = unique(q.outlet.flatMap((v) => this.directory.outletNames(v)));
      for (const v of q.outlet)
        if (!this.directory.outletNames(v).length) notes.push(`outlet:${v}: no such outlet`);
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
    return this.phrases.contains(meta, phrases, (i) =>
      meta.spk.some((k) => this.speakerHasPhrase(k, phrases, i)),
    );
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
