/**
 * Query terms and matching on the original text. Typed words and phrases become encoded terms;
 * once flexsearch has narrowed the candidates, this tells whether a phrase occurs in a short text
 * (its terms adjacent and in order, compared on the normalised token sequence, so والأزمة السورية
 * matches the phrase "الأزمة السورية"; long texts use token-seq.ts), and gives the highlight ranges
 * of a query in a text as [start, end) offsets of whole original words (clitics and diacritics
 * included) — a phrase is highlighted as one range from its first to its last word.
 */

import { encodeQuery, tokenize, tokenMatches } from './encoder';
import type { Token } from './encoder';

/** A query reduced to encoded terms: single words and phrases (two or more terms). */
export interface QueryTerms {
  words: string[];
  phrases: string[][];
}

/**
 * Encodes typed words and phrases (query.ts), noting in `notes` what has nothing searchable. A
 * word that encodes to several terms (Al-Assad) needs all of them, anywhere; a phrase of one term
 * is a word.
 */
export function encodeQueryTerms(
  words: string[],
  phrases: string[],
  notes: string[],
  prefix = '',
): QueryTerms {
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
  out.words = [...new Set(out.words)];
  return out;
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

/** Characters tokenized at a time while looking for the first `max` highlights of single words. */
const WINDOW = 1000;

/** Highlight ranges of `q` in `text` (at most `max`, earliest first). */
export function highlightRanges(text: string, q: QueryTerms, max = 200): [number, number][] {
  if (!text || (!q.words.length && !q.phrases.length)) return [];
  const ranges: [number, number][] = [];
  if (!q.phrases.length) {
    // words only: tokenize window by window (cut at a space) and stop once `max` are found
    for (let from = 0; from < text.length && ranges.length < max; ) {
      let to = Math.min(text.length, from + WINDOW);
      if (to < text.length) {
        const cut = text.lastIndexOf(' ', to);
        if (cut > from) to = cut;
      }
      for (const t of tokenize(text.slice(from, to), 'index')) {
        if (q.words.some((w) => tokenMatches(t, w))) ranges.push([from + t.start, from + t.end]);
      }
      from = to;
    }
    return ranges.slice(0, max);
  }
  const tokens = tokenize(text, 'index');
  if (q.words.length) {
    for (const t of tokens) if (q.words.some((w) => tokenMatches(t, w))) ranges.push([t.start, t.end]);
  }
  for (const p of q.phrases) {
    for (const i of phraseStarts(tokens, p)) ranges.push([tokens[i].start, tokens[i + p.length - 1].end]);
  }
  return merge(ranges).slice(0, max);
}
