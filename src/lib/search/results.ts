/**
 * The shapes the search engine answers with (hits, highlights, facet counts, notes) and the
 * ranking of a match set into a page: score, then date (newest first, undated last), then id.
 */

import type { SpeakerSpellings } from './article-docs';
import type { DocMeta, Part } from './doc-table';
import type { FacetCounts } from './facets';
import type { DocType, Query } from './query';

export interface EngineOptions {
  /**
   * Speaker id → all spellings of the name (Arabic, English, Russian…; see speakerSpellingsFrom),
   * matched at query time, so changing them needs no re-indexing.
   */
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

export interface Ranked {
  m: DocMeta;
  s: number;
  d: string;
}

/** Result order: a before b → negative. */
function order(a: Ranked, b: Ranked): number {
  return b.s - a.s || (a.d < b.d ? 1 : a.d > b.d ? -1 : 0) || a.m.id - b.m.id;
}

/**
 * The first `k` of `matches` in result order: score, then date (newest first, undated last), then
 * id. A bounded heap keeps the k best, so a page of a 50,000-document match set costs n log k,
 * not a full sort (scores come in few distinct values, so ties are the rule).
 */
export function topRanked(matches: DocMeta[], scores: Map<number, number> | null, k: number): Ranked[] {
  if (k <= 0) return [];
  // heap[0] is the worst of the best k so far
  const heap: Ranked[] = [];
  const worse = (i: number, j: number) => order(heap[i], heap[j]) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (const m of matches) {
    const sc = scores?.get(m.id) ?? 0;
    // most documents lose against the current worst: test before allocating
    if (heap.length === k && sc < heap[0].s) continue;
    const r: Ranked = { m, s: sc, d: m.date ?? '' };
    if (heap.length < k) {
      heap.push(r);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (order(r, heap[0]) < 0) {
      heap[0] = r;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const w = l + 1 < heap.length && worse(l + 1, l) ? l + 1 : l;
        if (l >= heap.length || !worse(w, i)) break;
        swap(i, w);
        i = w;
      }
    }
  }
  return heap.sort(order);
}
