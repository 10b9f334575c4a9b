/**
 * Matching on the original text, after flexsearch has narrowed the candidates: whether a phrase
 * occurs (its terms adjacent and in order in one text, compared on the normalised token sequence,
 * so والأزمة السورية matches the phrase "الأزمة السورية"), and the highlight ranges of a
 * query in a text, as [start, end) offsets of whole original words (clitics and diacritics
 * included) — a phrase is highlighted as one range from its first to its last word.
 */

import { tokenize, tokenMatches } from './encoder';
import type { Token } from './encoder';

/** A query reduced to encoded terms: single words and phrases (two or more terms). */
export interface QueryTerms {
  words: string[];
  phrases: string[][];
}

/** Token index of every occurrence of `phrase` in `tokens`. */
export function phraseStarts(tokens: Token[], phrase: string[]): number[] {
  const out: number[] = [];
  const n = phrase.length;
  if (!n) return out;
  outer: for (let i = 0; i + n <= tokens.length; i++) {
    for (let k = 0; k < n; k++) if (!tokenMatches(tokens[i + k], phrase[k])) continue outer;
    out.push(i);
  }
  return out;
}

/** True when every phrase occurs in at least one of `texts` (each phrase may use another text). */
export function textsContainPhrases(texts: string[], phrases: string[][]): boolean {
  if (!phrases.length) return true;
  const left = new Set(phrases.map((_, i) => i));
  for (const text of texts) {
    const tokens = tokenize(text, 'index');
    for (const i of [...left]) if (phraseStarts(tokens, phrases[i]).length) left.delete(i);
    if (!left.size) return true;
  }
  return false;
}

/** Sorted, merged ranges. */
function merge(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Highlight ranges of `q` in `text` (at most `max`, earliest first). */
export function highlightRanges(text: string, q: QueryTerms, max = 200): [number, number][] {
  if (!text || (!q.words.length && !q.phrases.length)) return [];
  const tokens = tokenize(text, 'index');
  const ranges: [number, number][] = [];
  if (q.words.length) {
    for (const t of tokens) if (q.words.some((w) => tokenMatches(t, w))) ranges.push([t.start, t.end]);
  }
  for (const p of q.phrases) {
    for (const i of phraseStarts(tokens, p)) ranges.push([tokens[i].start, tokens[i + p.length - 1].end]);
  }
  return merge(ranges).slice(0, max);
}
