/**
 * Highlight ranges of an article body from its token sequence (token-seq.ts), with the very
 * result highlightRanges (match.ts) gives on the body text, at a fraction of the cost: the hits
 * are found by scanning the body's form ids against form masks (a few thousand integer reads), and
 * only the stretches of MARK_STRIDE tokens that hold a returned hit are cut into words again, for
 * their offsets. Re-tokenizing whole bodies for a page of 20 hits was most of the time of a query.
 */

import { tokenize, wordSpans } from './encoder';
import { MARK_STRIDE } from './token-seq';
import type { ArticleSeq } from './token-seq';

/**
 * Body token index → offsets, one stretch between marks at a time. Reused from call to call (a
 * search is synchronous): reset() before each body.
 */
class BodyOffsets {
  private body = '';
  private marks: Uint32Array = new Uint32Array(0);
  private count = 0;
  private stretch = -1;
  /** Offsets (into the body) of the loaded stretch's tokens: start, end, start, end… */
  private spans = new Int32Array(1024);
  /** The whole body's token offsets, when a stretch did not give the expected tokens. */
  private all: Int32Array | null = null;

  reset(body: string, seq: ArticleSeq): void {
    this.body = body;
    this.marks = seq.marks;
    this.count = seq.articleEnd - seq.bodyAt;
    this.stretch = -1;
    this.all = null;
  }

  /** Loads stretch s's token offsets; false when the body does not give them (not the indexed text). */
  private load(s: number): boolean {
    const from = this.marks[s];
    const to = s + 1 < this.marks.length ? this.marks[s + 1] : this.body.length;
    const expected = Math.min(MARK_STRIDE, this.count - s * MARK_STRIDE);
    if (this.spans.length < 2 * (to - from)) this.spans = new Int32Array(2 * (to - from));
    if (wordSpans(this.body, from, to, this.spans) !== expected) {
      // a word without a term gives no token: take the tokenizer's own words for the stretch
      const tokens = tokenize(this.body.slice(from, to), 'index');
      if (tokens.length !== expected) return false;
      for (let i = 0; i < tokens.length; i++) {
        this.spans[2 * i] = from + tokens[i].start;
        this.spans[2 * i + 1] = from + tokens[i].end;
      }
    }
    this.stretch = s;
    return true;
  }

  /** Start (side 0) or end (side 1) offset of body token k. */
  at(k: number, side: 0 | 1): number {
    if (this.all === null) {
      const s = (k / MARK_STRIDE) | 0;
      if (s === this.stretch || this.load(s)) return this.spans[2 * (k - s * MARK_STRIDE) + side];
      const tokens = tokenize(this.body, 'index');
      this.all = new Int32Array(2 * tokens.length);
      for (let i = 0; i < tokens.length; i++) {
        this.all[2 * i] = tokens[i].start;
        this.all[2 * i + 1] = tokens[i].end;
      }
    }
    return this.all[2 * k + side];
  }
}

const offsets = new BodyOffsets();

/** Starts (sequence positions) of a phrase — one form mask per word — inside ids[from, to). */
function phraseStartsIn(ids: Uint32Array, phrase: Uint8Array[], from: number, to: number): number[] {
  const out: number[] = [];
  const n = phrase.length;
  const first = phrase[0];
  outer: for (let i = from; i + n <= to; i++) {
    if (first[ids[i]] !== 1) continue;
    for (let k = 1; k < n; k++) if (phrase[k][ids[i + k]] !== 1) continue outer;
    out.push(i);
  }
  return out;
}

/**
 * The first `max` highlight ranges in `body` (the text `seq` was made from): every token whose
 * form is in `words` (null = no single words), and every occurrence of a phrase (one form mask
 * per word) as one range from its first to its last word — words only: in text order; with
 * phrases: sorted and merged, as highlightRanges does.
 */
export function bodyHighlights(
  body: string,
  seq: ArticleSeq,
  words: Uint8Array | null,
  phrases: readonly Uint8Array[][],
  max: number,
): [number, number][] {
  return sliceHighlights(body, seq, 0, seq.articleEnd - seq.bodyAt, 0, words, phrases, max);
}

/**
 * bodyHighlights for body tokens [from, to) only, offsets made relative to `shift`: the
 * highlights of a body slice (a statement) whose tokens are exactly those (isCleanSlice).
 */
export function sliceHighlights(
  body: string,
  seq: ArticleSeq,
  from: number,
  to: number,
  shift: number,
  words: Uint8Array | null,
  phrases: readonly Uint8Array[][],
  max: number,
): [number, number][] {
  const ids = seq.ids;
  const a = seq.bodyAt + from;
  const b = seq.bodyAt + to;
  offsets.reset(body, seq);
  const out: [number, number][] = [];
  if (!phrases.length) {
    if (!words) return out;
    for (let i = a; i < b && out.length < max; i++) {
      if (words[ids[i]] !== 1) continue;
      const k = i - seq.bodyAt;
      out.push([offsets.at(k, 0) - shift, offsets.at(k, 1) - shift]);
    }
    return out;
  }
  // token intervals [first, last], sorted as merge() sorts ranges: offsets grow with the index
  const iv: [number, number][] = [];
  if (words) for (let i = a; i < b; i++) if (words[ids[i]] === 1) iv.push([i - seq.bodyAt, i - seq.bodyAt]);
  for (const p of phrases) {
    if (!p.length) continue;
    for (const s of phraseStartsIn(ids, p, a, b)) iv.push([s - seq.bodyAt, s - seq.bodyAt + p.length - 1]);
  }
  iv.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [first, last] of iv) {
    const start = offsets.at(first, 0) - shift;
    const end = offsets.at(last, 1) - shift;
    const prev = out[out.length - 1];
    if (prev && start <= prev[1]) prev[1] = Math.max(prev[1], end);
    else if (out.length === max)
      break; // later ranges start after this one: none merges back
    else out.push([start, end]);
  }
  return out;
}
