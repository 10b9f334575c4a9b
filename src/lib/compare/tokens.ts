/**
 * Word tokens for comparison, on top of the search encoder (search/encoder.ts): the same word
 * boundaries and original offsets, the same stemmed term with its clitic-stripped alternatives, plus
 * a spelling-neutral `fold` of the whole word (Arabic: search/arabic.ts foldArabic — hamza and alef
 * forms, ى/ي, ة/ه, diacritics, tatweel, Arabic-Indic digits; Latin/Cyrillic: lower case, accents
 * dropped, ё → е). Two words relate as:
 * - exact: the same characters;
 * - spelling: the same fold, or the same term reached through the encoder's table of spelling
 *   variants of names (سيرغي / سيرجي), seen as a term that is not a plain substring of the fold;
 * - form: the same term (or one is the other plus a clitic): وأكد / أكد, الإرهابيون / الإرهابيين;
 * - none.
 * `key` is a deterministic match key for bags of words (term, or the term without a leading و/ف),
 * so the same surface word always gets the same key in every version.
 */

import { foldArabic } from '../search/arabic';
import { tokenize } from '../search/encoder';
import { STOPWORDS } from '../cluster/tokens';

export interface CToken {
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  fold: string;
  term: string;
  alts: readonly string[] | null;
  key: string;
  arabic: boolean;
}

export type Relation = 'exact' | 'spelling' | 'form' | null;

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const MARKS = /\p{M}/gu;

const foldCache = new Map<string, string>();
const CACHE_MAX = 100_000;

/** Spelling-neutral form of one word. */
export function foldWord(word: string): string {
  let f = foldCache.get(word);
  if (f !== undefined) return f;
  f = ARABIC.test(word)
    ? foldArabic(word)
    : word.normalize('NFKD').replace(MARKS, '').normalize('NFC').toLowerCase().replace(/ё/g, 'е');
  if (foldCache.size >= CACHE_MAX) foldCache.clear();
  foldCache.set(word, f);
  return f;
}

function keyOf(fold: string, term: string, alts: readonly string[] | null): string {
  if (alts && alts.length > 0 && fold.length >= 4 && (fold[0] === 'و' || fold[0] === 'ف')) return alts[0];
  return term;
}

/** Comparison tokens of `text` (offsets into `text`). */
export function compareTokens(text: string): CToken[] {
  return tokenize(text, 'index').map((t) => {
    const word = text.slice(t.start, t.end);
    const fold = foldWord(word);
    return {
      start: t.start,
      end: t.end,
      text: word,
      fold,
      term: t.term,
      alts: t.alts,
      key: keyOf(fold, t.term, t.alts),
      arabic: ARABIC.test(word),
    };
  });
}

function sharedTerm(a: CToken, b: CToken): string | null {
  if (a.term === b.term) return a.term;
  if (a.alts?.includes(b.term)) return b.term;
  if (b.alts?.includes(a.term)) return a.term;
  if (a.key === b.key) return a.key;
  return null;
}

/** True when the two words count as the same word for the diff (any relation but none). */
export function sameWord(a: CToken, b: CToken): boolean {
  return a.fold === b.fold || sharedTerm(a, b) !== null;
}

/** How two words that `sameWord` paired relate (see the module paragraph). */
export function relation(a: CToken, b: CToken): Relation {
  if (a.text === b.text) return 'exact';
  if (a.fold === b.fold) return 'spelling';
  const t = sharedTerm(a, b);
  if (t === null) return null;
  // The encoder's variant table rewrote letters (سيرجي → سيرغي): the term is not inside the word.
  if (a.arabic && b.arabic && (!a.fold.includes(t) || !b.fold.includes(t)) && sameClitics(a.fold, b.fold))
    return 'spelling';
  return 'form';
}

/** Neither word carries a leading conjunction the other lacks (وسيرجي / سيرغي is a form change). */
function sameClitics(a: string, b: string): boolean {
  const ca = a[0] === 'و' || a[0] === 'ف' ? a[0] : '';
  const cb = b[0] === 'و' || b[0] === 'ف' ? b[0] : '';
  return ca === cb;
}

let stopKeys: Set<string> | null = null;

/** Match keys of the stopwords of cluster/tokens.ts (Arabic, English, Russian). */
export function stopwordKeys(): ReadonlySet<string> {
  if (stopKeys === null) {
    stopKeys = new Set();
    for (const w of STOPWORDS) for (const t of compareTokens(w)) stopKeys.add(t.key);
  }
  return stopKeys;
}

/** True for a word that carries content: not a stopword, not a one-letter word. */
export function isContent(t: CToken): boolean {
  return t.fold.length > 1 && !stopwordKeys().has(t.key);
}
