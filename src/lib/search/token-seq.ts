/**
 * Compact token sequences for phrase checks. Checking a phrase by re-tokenizing the text of every
 * candidate costs a second on a common phrase in a 10,000-article library; instead each article
 * keeps its token sequence as a Uint32Array of "form" ids — a form is the set of terms one word
 * answers to (term + clitic alternatives), interned once in a FormTable — about 4 bytes per word.
 * The sequence holds the headline, subheadline and body separated by NONE (form 0, which matches
 * nothing, so a phrase never runs across parts), then the statements whose text is not a body
 * slice, then the quotes that are not inside their statement's text; each statement (and such a
 * quote) is a range of it. The same pass yields the encoded text handed to
 * flexsearch, and statement-postings.ts indexes the statements from the sequence, so indexing
 * tokenizes every text once and statements (body slices) not at all.
 *
 * Sequences are memory only: after an index is opened from storage they are rebuilt per article
 * the first time a phrase needs them.
 */

import { PRE_ENCODED, tokenize } from './encoder';
import type { Token } from './encoder';
import type { ArticleEntry } from './doc-table';

const NONE = 0;

/** Interned forms: id → terms (id 0 is NONE), and term → ids of the forms answering to it. */
export class FormTable {
  private readonly ids = new Map<string, number>();
  private readonly byTerm = new Map<string, number[]>();
  readonly forms: (readonly string[])[] = [[]];

  id(t: Token): number {
    const key = t.alts ? t.term + '\u0000' + t.alts.join('\u0000') : t.term;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.forms.length;
      const terms = t.alts ? [t.term, ...t.alts] : [t.term];
      this.forms.push(terms);
      this.ids.set(key, id);
      for (const term of terms) {
        const list = this.byTerm.get(term);
        if (list) list.push(id);
        else this.byTerm.set(term, [id]);
      }
    }
    return id;
  }

  /** Number of forms (NONE included): masks cover ids below it. */
  get size(): number {
    return this.forms.length;
  }

  /** Marks, in `mask` (grown as needed), the forms answering to `term`; returns the mask. */
  mask(term: string, mask: Uint8Array | null): Uint8Array {
    const n = this.forms.length;
    if (!mask || mask.length < n) {
      const grown = new Uint8Array(Math.max(n * 2, 1024));
      if (mask) grown.set(mask);
      mask = grown;
    }
    for (const id of this.byTerm.get(term) ?? []) mask[id] = 1;
    return mask;
  }
}

/** Body tokens per offset checkpoint (ArticleSeq.marks). */
export const MARK_STRIDE = 16;

export interface ArticleSeq {
  ids: Uint32Array;
  /** [from, to) of the article's own texts (headline, subheadline, body). */
  articleEnd: number;
  /** Where the body's tokens start: the body is ids[bodyAt, articleEnd). */
  bodyAt: number;
  /**
   * Offset checkpoints for highlighting: marks[k] is the start (in the body) of body token
   * k × MARK_STRIDE. Tokenizing the body from one mark to the next yields exactly those tokens
   * (a token's start is a word boundary), so the offsets of a hit found in `ids` cost one short
   * stretch of tokenizing instead of the whole body (seq-highlight.ts).
   */
  marks: Uint32Array;
  /** Per statement i: ranges[2i] .. ranges[2i + 1]. */
  ranges: Int32Array;
  /** Per statement i: its quote's range when the quote is not inside the statement text, else 0, 0. */
  quotes: Int32Array;
}

/** What indexing an article produces: the sequence and the encoded texts for flexsearch. */
export interface EncodedArticle {
  seq: ArticleSeq;
  head: string;
  body: string;
}

const encoded = (tokens: Token[]): string => {
  let s = PRE_ENCODED;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    s += (i > 0 ? ' ' : '') + t.term + (t.alts ? ' ' + t.alts.join(' ') : '');
  }
  return s;
};

/** First token index whose start is ≥ offset. */
function lowerBound(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokenizes an article's texts once: the phrase sequence and the flexsearch texts. */
export function encodeArticle(entry: ArticleEntry, forms: FormTable): EncodedArticle {
  const headline = entry.headline ? tokenize(entry.headline) : [];
  const subheadline = entry.subheadline ? tokenize(entry.subheadline) : [];
  const body = tokenize(entry.body);
  const ids: number[] = [];
  const pushAll = (tokens: Token[]) => {
    for (const t of tokens) ids.push(forms.id(t));
  };
  pushAll(headline);
  ids.push(NONE);
  pushAll(subheadline);
  ids.push(NONE);
  const bodyAt = ids.length;
  pushAll(body);
  const articleEnd = ids.length;
  const ranges = new Int32Array(entry.statements.length * 2);
  entry.statements.forEach((s, i) => {
    if (s.text === undefined) {
      const from = lowerBound(body, s.start);
      let to = lowerBound(body, s.end);
      if (to > from && body[to - 1].end > s.end) to--; // a word cut by the statement's end
      ranges[2 * i] = bodyAt + from;
      ranges[2 * i + 1] = bodyAt + to;
      return;
    }
    ids.push(NONE);
    ranges[2 * i] = ids.length;
    pushAll(tokenize(s.text));
    ranges[2 * i + 1] = ids.length;
  });
  const quotes = new Int32Array(entry.statements.length * 2);
  entry.statements.forEach((s, i) => {
    const text = s.text ?? entry.body.slice(s.start, s.end);
    if (!s.quote || text.includes(s.quote)) return;
    ids.push(NONE);
    quotes[2 * i] = ids.length;
    pushAll(tokenize(s.quote));
    quotes[2 * i + 1] = ids.length;
  });
  const marks = new Uint32Array(Math.ceil(body.length / MARK_STRIDE));
  for (let k = 0; k < marks.length; k++) marks[k] = body[k * MARK_STRIDE].start;
  return {
    seq: { ids: Uint32Array.from(ids), articleEnd, bodyAt, marks, ranges, quotes },
    head: encoded([...headline, ...subheadline]),
    body: encoded(body),
  };
}

/** Start positions of every occurrence of the phrase (one form mask per word) in `ids`. */
export function phraseStarts(ids: Uint32Array, phrase: Uint8Array[]): number[] {
  const out: number[] = [];
  const n = phrase.length;
  const first = phrase[0];
  outer: for (let i = 0; i + n <= ids.length; i++) {
    if (first[ids[i]] !== 1) continue;
    for (let k = 1; k < n; k++) if (phrase[k][ids[i + k]] !== 1) continue outer;
    out.push(i);
  }
  return out;
}
