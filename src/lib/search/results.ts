/**
 * The shapes the search engine answers with (hits, highlights, facet counts, notes) and the
 * ranking of a match set into a page: score, then date (newest first, undated last), then id.
 */

import type { SpeakerSpellings } from './article-docs';
import type { Part } from './doc-table';
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

/**
 * The first `k` of ids[0, n) in result order: score (highest first; all equal when `score` is
 * null), then date key (newest first, undated — 0 — last), then id. A bounded heap keeps the k
 * best, so a page of a 100,000-document match set costs n log k, not a full sort; most ids lose
 * against the heap's worst at the first comparison. `score` and `date` are indexed by id.
 */
export function topRanked(
  ids: ArrayLike<number>,
  n: number,
  score: ArrayLike<number> | null,
  date: ArrayLike<number>,
  k: number,
): number[] {
  if (k <= 0) return [];
  /** a before b → negative. */
  const order = (a: number, b: number) => (score ? score[b] - score[a] : 0) || date[b] - date[a] || a - b;
  // heap[0] is the worst of the best k so far
  const heap: number[] = [];
  const down = () => {
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const w = l + 1 < heap.length && order(heap[l + 1], heap[l]) > 0 ? l + 1 : l;
      if (order(heap[w], heap[i]) <= 0) break;
      const t = heap[i];
      heap[i] = heap[w];
      heap[w] = t;
      i = w;
    }
  };
  for (let x = 0; x < n; x++) {
    const id = ids[x];
    if (heap.length < k) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (order(heap[i], heap[p]) <= 0) break;
        const t = heap[i];
        heap[i] = heap[p];
        heap[p] = t;
        i = p;
      }
      continue;
    }
    // inline first comparison against the worst kept: most ids stop here
    const w = heap[0];
    const ds = score ? score[id] - score[w] : 0;
    if (ds < 0) continue;
    if (ds === 0) {
      const dd = date[id] - date[w];
      if (dd < 0 || (dd === 0 && id > w)) continue;
    }
    heap[0] = id;
    down();
  }
  return heap.sort(order);
}
