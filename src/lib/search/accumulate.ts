/**
 * The AND of a query's terms over posting lists, with scores, in typed arrays reused from query
 * to query: a term is a set of id lists (its hits in each field and positional slot, in each of
 * its spellings, and the documents of the speakers it names), each list adding its score to the
 * documents in it. A document is a candidate when every term has it in some list; its score is
 * the sum over terms and lists. Each document carries a mark (how many terms have seen it in this
 * query), so nothing is allocated per document and no Map is built per term.
 */

/** A term's postings. */
export interface TermLists {
  lists: (readonly number[])[];
  /** Score a hit in lists[i] adds. */
  scores: number[];
  /**
   * Lists [0, once) count at most once per document for the term (a document of two speakers
   * both named by the term scores as one speaker hit); they come before the field lists.
   */
  once: number;
  /** Total length of the lists (an upper bound of the term's documents). */
  size: number;
}

export function emptyTermLists(): TermLists {
  return { lists: [], scores: [], once: 0, size: 0 };
}

export class Accumulator {
  private mark = new Uint32Array(0);
  /** Summed scores of the last intersect(), valid for the ids it returned. */
  score = new Float64Array(0);
  /** The ids of the last intersect(): ids[0, n) — callers may compact it in place. */
  ids = new Int32Array(0);
  private next = 1;

  private reserve(end: number, marks: number): number {
    if (this.mark.length < end) {
      const n = Math.max(end, this.mark.length * 2, 1024);
      const m = new Uint32Array(n);
      m.set(this.mark);
      this.mark = m;
      const s = new Float64Array(n);
      s.set(this.score);
      this.score = s;
      this.ids = new Int32Array(n);
    }
    if (this.next + marks >= 0xffffffff) {
      this.mark.fill(0);
      this.next = 1;
    }
    const base = this.next;
    this.next += marks;
    return base;
  }

  /**
   * Ids (below `end`) in every term's lists, into ids[0, n); returns n. Terms are taken in the
   * given order (smallest first is cheapest: the first term bounds the candidates). Scores are
   * left in `score`. With `alive`, ids whose entry is 0 are left out (never marked).
   */
  intersect(terms: TermLists[], end: number, alive?: Uint8Array): number {
    if (!terms.length) return 0;
    const base = this.reserve(end, terms.length + 1);
    const { mark, score, ids } = this;
    let n = 0;
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k];
      const want = base + k - 1; // seen by terms 0..k-1 (for k = 0 no mark has this value)
      const seen = base + k;
      for (let l = 0; l < t.lists.length; l++) {
        const list = t.lists[l];
        const s = t.scores[l];
        const once = l < t.once;
        for (let i = 0; i < list.length; i++) {
          const id = list[i];
          if (id >= end) continue;
          const m = mark[id];
          if (m === seen) {
            if (!once) score[id] += s;
          } else if (k === 0) {
            if (alive && !alive[id]) continue;
            mark[id] = seen;
            score[id] = s;
            ids[n++] = id;
          } else if (m === want) {
            mark[id] = seen;
            score[id] += s;
          }
        }
      }
    }
    if (terms.length === 1) return n;
    const last = base + terms.length - 1;
    let kept = 0;
    for (let i = 0; i < n; i++) if (mark[ids[i]] === last) ids[kept++] = ids[i];
    return kept;
  }

  /** Ids (below `end`) in any of the terms' lists; neither `ids` nor scores are touched. */
  union(terms: TermLists[], end: number): Set<number> {
    const seen = this.reserve(end, 1);
    const { mark } = this;
    const out = new Set<number>();
    for (const t of terms)
      for (const list of t.lists)
        for (let i = 0; i < list.length; i++) {
          const id = list[i];
          if (id < end && mark[id] !== seen) {
            mark[id] = seen;
            out.add(id);
          }
        }
    return out;
  }

  /** Room for `end` ids in `ids` (for a match set that does not come from intersect()). */
  room(end: number): Int32Array {
    this.reserve(end, 0);
    return this.ids;
  }
}
