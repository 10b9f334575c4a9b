/**
 * One search over the engine's structures (engine.ts owns them and their lifecycle): term
 * postings (flexsearch's for articles, statement-postings.ts's for statements) with spellings and
 * speakers (accumulate.ts), facet and date filters on the columns,
 * exclusions, phrase checks on the token sequences, facet counts over the whole match set (two
 * group counters per document, facet-groups.ts), and highlights for the returned page only —
 * bodies and statements from the token sequences (seq-highlight.ts), short texts by tokenizing.
 * Every step over the match set reads typed columns; DocMeta objects and original texts are
 * touched only for phrase checks and for the page.
 */

import type { Accumulator, TermLists } from './accumulate';
import { emptyTermLists } from './accumulate';
import { dateKey } from './columns';
import type { CodeFilter, DocColumns } from './columns';
import type { DocMeta, DocTable } from './doc-table';
import type { FacetDirectory } from './facets';
import type { FlexIndex, Slots } from './flex-index';
import { encodeQueryTerms, highlightRanges, textsContainPhrases } from './match';
import type { QueryTerms } from './match';
import type { NameVariants } from './name-variants';
import type { HighlightMasks, PhraseIndex, PreparedPhrases } from './phrases';
import type { Query } from './query';
import { topRanked } from './results';
import type { Highlight, SearchHit, SearchOptions, SearchResults } from './results';
import { ARTICLE_FIELDS, FIELD_BOOST, FIELDS, RESOLUTION } from './schema';
import { STATEMENT_FIELDS } from './statement-postings';
import type { StatementPostings } from './statement-postings';

export interface SearchContext {
  flex: FlexIndex;
  statements: StatementPostings;
  table: DocTable;
  columns: DocColumns;
  directory: FacetDirectory;
  variants: NameVariants;
  phrases: PhraseIndex;
  acc: Accumulator;
}

/** Highlights computed for an article body (the earliest ones). */
const BODY_HIGHLIGHTS = 10;
/** Highlights computed for other texts (highlightRanges' default). */
const MAX_HIGHLIGHTS = 200;

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

/** Slot scores: a hit in slot i of a field weighs boost × (RESOLUTION − i) / RESOLUTION. */
const SLOT_SCORE = Object.fromEntries(
  FIELDS.map((f) => [
    f,
    Array.from({ length: RESOLUTION }, (_, i) => (FIELD_BOOST[f] * (RESOLUTION - i)) / RESOLUTION),
  ]),
) as Record<(typeof FIELDS)[number], number[]>;

function addSlots(t: TermLists, slots: Slots, score: number[]): void {
  for (let i = 0; i < slots.length; i++) {
    const list = slots[i];
    if (!list?.length) continue;
    t.lists.push(list);
    t.scores.push(score[i]);
    t.size += list.length;
  }
}

/**
 * Postings of one encoded term: the documents of every speaker with a name containing it (any
 * spelling from the speaker list), then its hits in every field under each of its spellings.
 */
function termLists(ctx: SearchContext, term: string): TermLists {
  const t = emptyTermLists();
  const speakers = ctx.directory.speakersWithTerm(term);
  if (speakers?.size) {
    for (const list of ctx.columns.docsOfSpeakers(speakers)) {
      t.lists.push(list);
      t.scores.push(FIELD_BOOST.names);
      t.size += list.length;
    }
  }
  t.once = t.lists.length;
  for (const spelling of ctx.variants.of(term)) {
    for (const field of ARTICLE_FIELDS) addSlots(t, ctx.flex.termSlots(spelling, field), SLOT_SCORE[field]);
    for (const field of STATEMENT_FIELDS) addSlots(t, ctx.statements.termSlots(spelling, field), SLOT_SCORE[field]);
  }
  return t;
}

/** The query's facet filters on the columns, or null when it has none. */
function codeFilter(ctx: SearchContext, q: Query, notes: string[]): CodeFilter | null {
  const { columns: c, directory: d } = ctx;
  if (
    !q.speaker.length &&
    !q.outlet.length &&
    !q.lang.length &&
    !q.kind.length &&
    !q.type.length &&
    q.official === null
  )
    return null;
  const f: CodeFilter = { type: null, lang: null, kind: null, official: 0, outlet: null, speaker: null };
  if (q.speaker.length) {
    for (const v of q.speaker) if (!d.speakers(v).length) notes.push(`speaker:${v}: no such speaker`);
    f.speaker = c.codeSet('speaker', unique(q.speaker.flatMap((v) => d.speakers(v))));
  }
  if (q.outlet.length) {
    for (const v of q.outlet) if (!d.outletNames(v).length) notes.push(`outlet:${v}: no such outlet`);
    f.outlet = c.codeSet('outlet', unique(q.outlet.flatMap((v) => d.outletNames(v))));
  }
  if (q.lang.length) f.lang = c.codeSet('lang', q.lang);
  if (q.kind.length) f.kind = c.codeSet('kind', q.kind);
  if (q.type.length) f.type = c.codeSet('type', q.type);
  if (q.official !== null) f.official = q.official ? 2 : 1;
  return f;
}

function phrasesOk(ctx: SearchContext, id: number, p: PreparedPhrases): boolean {
  if (!p.phrases.length) return true;
  const c = ctx.columns;
  const a = c.article[id];
  return ctx.phrases.contains(a, c.articles.names[a], c.si[id], p, (i) => speakerHasPhrase(ctx, id, p, i));
}

/** Whether a name of a speaker of document `id` contains phrase i, memoised per speaker for the query. */
function speakerHasPhrase(ctx: SearchContext, id: number, p: PreparedPhrases, i: number): boolean {
  const { off, len, pool } = ctx.columns.spk;
  for (let k = off[id], e = k + len[id]; k < e; k++) {
    const code = pool[k];
    let yes = p.inNames[i].get(code);
    if (yes === undefined) {
      const key = ctx.columns.speakers.names[code];
      yes = textsContainPhrases(ctx.directory.namesOf(key), [p.phrases[i]]);
      p.inNames[i].set(code, yes);
    }
    if (yes) return true;
  }
  return false;
}

function hit(
  ctx: SearchContext,
  meta: DocMeta,
  score: number,
  q: QueryTerms,
  masks: () => HighlightMasks,
): SearchHit {
  const highlights: Highlight[] = [];
  const parts = q.words.length || q.phrases.length ? ctx.table.parts(meta) : [];
  for (const { part, text } of parts) {
    // a body hit is shown as a snippet around its first matches: its first ranges are enough;
    // bodies are long, so their matches are found on the token sequence, not by tokenizing
    const ranges =
      part === 'body'
        ? (ctx.phrases.bodyHighlights(meta.articleId, text, masks(), BODY_HIGHLIGHTS) ??
          highlightRanges(text, q, BODY_HIGHLIGHTS))
        : part === 'statement'
          ? (ctx.phrases.statementHighlights(meta.articleId, meta.si, masks(), MAX_HIGHLIGHTS) ??
            highlightRanges(text, q))
          : highlightRanges(text, q);
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

export function runSearch(ctx: SearchContext, query: Query, opts: SearchOptions): SearchResults {
  const { columns: cols, table, acc } = ctx;
  const limit = Math.max(0, Math.min(opts.limit ?? 50, 1000));
  const offset = Math.max(0, opts.offset ?? 0);
  const notes = [...query.ignored];
  const end = cols.end;

  const terms = encodeQueryTerms(query.words, query.phrases, notes);
  const excluded = encodeQueryTerms([], query.exclude, notes, '-');
  const required = unique([...terms.words, ...terms.phrases.flat()]);

  // 1. exclusions (before the candidates: acc.ids and acc.score must end up holding theirs)
  const banned = excluded.words.length
    ? acc.union(
        excluded.words.map((t) => termLists(ctx, t)),
        end,
      )
    : null;
  const exPhrases = excluded.phrases.map((p) => {
    const n = acc.intersect(
      unique(p).map((t) => termLists(ctx, t)),
      end,
    );
    return { ids: new Set(acc.ids.subarray(0, n)), prepared: ctx.phrases.prepare([p]) };
  });

  // 2. candidates: documents having every required term somewhere, with their scores
  const scored = required.length > 0;
  const cn = scored
    ? acc.intersect(
        required.map((t) => termLists(ctx, t)).sort((a, b) => a.size - b.size),
        end,
        cols.alive,
      )
    : 0;
  const filter = codeFilter(ctx, query, notes);
  const phrases = ctx.phrases.prepare(terms.phrases);
  const from = query.from ? dateKey(query.from) : 0;
  const to = query.to ? dateKey(query.to) : 0;

  // 3. the match set, compacted in place into acc.ids; phrases are checked last, as the costliest
  let undatedExcluded = 0;
  const alive = cols.alive;
  const date = cols.date;
  const consider = (id: number): boolean => {
    if (!alive[id] || banned?.has(id) || (filter && !cols.passes(id, filter))) return false;
    if (from || to) {
      const d = date[id];
      if (!d) {
        if (phrasesOk(ctx, id, phrases)) undatedExcluded++;
        return false;
      }
      if ((from && d < from) || (to && d > to)) return false;
    }
    if (!phrasesOk(ctx, id, phrases)) return false;
    return !exPhrases.some((x) => x.ids.has(id) && phrasesOk(ctx, id, x.prepared));
  };
  const plain = !banned && !filter && !from && !to && !phrases.phrases.length && !exPhrases.length;
  const ids = scored ? acc.ids : acc.room(end);
  let n = 0;
  if (scored && plain) {
    n = cn; // intersect left the removed documents out
  } else if (scored) {
    for (let i = 0; i < cn; i++) if (consider(ids[i])) ids[n++] = ids[i];
  } else {
    for (let id = 1; id < end; id++) if (consider(id)) ids[n++] = id;
  }

  // 4. facets over the whole match set; order, and the page with its highlights
  const facets = cols.count(ids, n);
  const hl: QueryTerms = {
    words: unique(terms.words.flatMap((w) => ctx.variants.of(w))),
    phrases: terms.phrases,
  };
  const scores = scored ? acc.score : null;
  let masks: HighlightMasks | null = null;
  const lazyMasks = () => (masks ??= ctx.phrases.prepareHighlights(hl));
  const hits = topRanked(ids, n, scores, date, offset + limit)
    .slice(offset)
    .map((id) => hit(ctx, table.docs.get(id)!, scores ? scores[id] : 0, hl, lazyMasks));
  return { query, total: n, hits, facets, undatedExcluded, notes };
}
