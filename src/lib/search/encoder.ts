/**
 * The search encoder: one tokenizer used for indexing, for the query and for highlighting. It
 * walks the original string, cuts it into words by script (Arabic, Latin, Cyrillic, digits, other
 * letters), and normalises each word with the rules of its script (arabic.ts, latin-cyrillic.ts).
 * Every token keeps the UTF-16 offsets of the whole original word, so a hit on وبالسورية or on
 * مُوسْكُو highlights the word as written, clitics and diacritics included.
 *
 * Why one script-aware encoder and not one encoder per article language: Arabic pages quote
 * Latin names and acronyms, English and Russian pages quote Arabic, and a query may mix scripts;
 * within our three languages the script decides the rules exactly (Arabic script → Arabic rules,
 * Cyrillic → Russian, Latin → English), so dispatching per word is both simpler and correct for
 * mixed text, and the query needs no language guess. A flexsearch Index has one encoder per
 * field anyway, so per-article encoders would need one field per language.
 *
 * How it plugs into flexsearch 0.8: the Index option `encode: (text) => string[]` (the documented
 * "custom encoder"). flexsearch's own Encoder pipeline works on a normalised string and loses the
 * offsets highlighting needs, and its NFKD normalisation breaks Arabic words at أ/إ/آ/ؤ/ئ.
 * `flexEncode` treats a string that starts with PRE_ENCODED as already-encoded terms (split on
 * spaces): the engine encodes a query once with `tokenize(…, 'query')` and hands single terms to
 * flexsearch that way, because stemming is not idempotent (تفاهماته → تفاهم → تفا).
 *
 * NOTE: the export of a flexsearch index holds encoded terms only; an index built with another
 * ENCODER_VERSION must be rebuilt (persist.ts checks it).
 */

import { arabicTerms, foldArabic } from './arabic';
import { englishTerm, otherTerm, russianTerm } from './latin-cyrillic';

export const ENCODER_VERSION = 1;

/** Marks a flexsearch query string whose terms are already encoded (space-separated). */
export const PRE_ENCODED = '\u0001';

export interface Token {
  /** Offsets of the whole original word in the input (UTF-16). */
  start: number;
  end: number;
  /** The normalised, stemmed term (index and query side). */
  term: string;
  /** Index side only: further terms the word also answers to (bare clitic stripped), or null. */
  alts: readonly string[] | null;
}

/** Character classes of the tokenizer. */
const C = {
  Break: 0,
  Arabic: 1,
  Latin: 2,
  Cyrillic: 3,
  Digit: 4,
  Other: 5,
  /** Combining mark, zero-width joiner/non-joiner, soft hyphen: glued to the current word. */
  Glue: 6,
  /** Apostrophe: inside a Latin word only. */
  Apos: 7,
} as const;
type C = (typeof C)[keyof typeof C];

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;

function classifySlow(c: number): C {
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return C.Latin;
    if (c >= 0x30 && c <= 0x39) return C.Digit;
    return c === 0x27 || c === 0x60 ? C.Apos : C.Break;
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return C.Digit;
    if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670) return C.Glue;
    if ((c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e8) || (c >= 0x06ea && c <= 0x06ed))
      return C.Glue;
    if ((c >= 0x0620 && c <= 0x064a) || c === 0x066e || c === 0x066f) return C.Arabic;
    if ((c >= 0x0671 && c <= 0x06d3) || c === 0x06d5 || c === 0x06ee || c === 0x06ef) return C.Arabic;
    if (c >= 0x06fa && c <= 0x06fc) return C.Arabic;
    return c === 0x06ff ? C.Arabic : C.Break;
  }
  if (c >= 0x0400 && c <= 0x04ff) return c >= 0x0483 && c <= 0x0489 ? C.Glue : C.Cyrillic;
  if (c >= 0x0300 && c <= 0x036f) return C.Glue;
  if (c === 0x200c || c === 0x200d || c === 0x00ad) return C.Glue;
  if (c === 0x2019 || c === 0x02bc) return C.Apos;
  if ((c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08d2)) return C.Arabic;
  if (c >= 0x08d3 && c <= 0x08ff) return C.Glue;
  if ((c >= 0xfb50 && c <= 0xfdfb) || (c >= 0xfe70 && c <= 0xfefc)) return C.Arabic;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return C.Latin;
  if (c >= 0xd800 && c <= 0xdfff) return C.Break; // astral characters: not words for us
  const ch = String.fromCharCode(c);
  if (LETTER.test(ch)) return C.Other;
  if (MARK.test(ch)) return C.Glue;
  if (DIGIT.test(ch)) return C.Digit;
  return C.Break;
}

/**
 * Classes of U+0000–U+07FF (ASCII, Latin-1 and Extended, combining marks, Cyrillic, Arabic) in a
 * table made from classifySlow: one read per character on the hot path of tokenizing.
 */
const TABLE_END = 0x800;
const TABLE = Uint8Array.from({ length: TABLE_END }, (_, c) => classifySlow(c));

function classify(c: number): C {
  return c < TABLE_END ? (TABLE[c] as C) : classifySlow(c);
}

function digits(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 0x30);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 0x30);
    else if (c >= 0x30 && c <= 0x39) out += word[i];
    // other combining or joining characters inside a number are dropped
    else if (DIGIT.test(word[i])) out += word[i];
  }
  return out;
}

interface WordTerms {
  term: string;
  alts: readonly string[] | null;
}

/**
 * Word → terms. News vocabulary repeats a lot, so this makes tokenizing several times faster.
 * A word's terms depend only on the word (its script decides the rules); the query side just
 * ignores `alts`. Cleared when it grows past CACHE_MAX.
 */
const cache = new Map<string, WordTerms>();
const CACHE_MAX = 200_000;

function wordTerms(word: string, kind: C): WordTerms {
  let term: string;
  let alts: string[] | null = null;
  switch (kind) {
    case C.Arabic: {
      const folded = foldArabic(word);
      if (!folded) return { term: '', alts: null };
      const t = arabicTerms(folded, true);
      term = t.term;
      alts = t.alts;
      break;
    }
    case C.Latin:
      term = englishTerm(word);
      break;
    case C.Cyrillic:
      term = russianTerm(word);
      break;
    case C.Digit:
      term = digits(word);
      break;
    default:
      term = otherTerm(word);
  }
  return { term, alts };
}

function pushWord(out: Token[], text: string, start: number, end: number, kind: C, forIndex: boolean) {
  const word = text.slice(start, end);
  let w = cache.get(word);
  if (w === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    w = wordTerms(word, kind);
    cache.set(word, w);
  }
  if (w.term) out.push({ start, end, term: w.term, alts: forIndex ? w.alts : null });
}

/**
 * Cuts `text` into normalised tokens with original offsets. `side` 'index' adds the clitic-stripped
 * alternatives (Token.alts); 'query' keeps words as typed (only the article is stripped).
 */
export function tokenize(text: string, side: 'index' | 'query' = 'index'): Token[] {
  const out: Token[] = [];
  const forIndex = side === 'index';
  const n = text.length;
  let start = -1;
  let kind: C = C.Break;
  for (let i = 0; i < n; i++) {
    let k = classify(text.charCodeAt(i));
    if (k === C.Glue) {
      if (start >= 0) continue;
      k = C.Break;
    }
    if (k === C.Apos) {
      k = kind === C.Latin && i + 1 < n && classify(text.charCodeAt(i + 1)) === C.Latin ? C.Latin : C.Break;
    }
    if (k === kind && start >= 0) continue;
    if (start >= 0) pushWord(out, text, start, i, kind, forIndex);
    if (k === C.Break) {
      start = -1;
      kind = C.Break;
    } else {
      start = i;
      kind = k;
    }
  }
  if (start >= 0) pushWord(out, text, start, n, kind, forIndex);
  return out;
}

/**
 * The words tokenize() would cut text[from, to) into, as [start, end) pairs of offsets into
 * `text` written into `out` (which must hold 2 × (to − from) numbers); returns their number. The
 * same walk as tokenize(), without normalising anything: every token is one of these words, and a
 * word whose term is empty (nothing left after normalising) gives no token — so when the counts
 * agree, word i is token i. For the offsets of tokens known by position (seq-highlight.ts).
 */
export function wordSpans(text: string, from: number, to: number, out: Int32Array): number {
  if (out.length < 2 * (to - from)) throw new RangeError('wordSpans: out is too small');
  let n = 0;
  let start = -1;
  let kind: C = C.Break;
  for (let i = from; i < to; i++) {
    let k = classify(text.charCodeAt(i));
    if (k === C.Glue) {
      if (start >= 0) continue;
      k = C.Break;
    }
    if (k === C.Apos) {
      k = kind === C.Latin && i + 1 < to && classify(text.charCodeAt(i + 1)) === C.Latin ? C.Latin : C.Break;
    }
    if (k === kind && start >= 0) continue;
    if (start >= 0) {
      out[n++] = start;
      out[n++] = i;
    }
    if (k === C.Break) {
      start = -1;
      kind = C.Break;
    } else {
      start = i;
      kind = k;
    }
  }
  if (start >= 0) {
    out[n++] = start;
    out[n++] = to;
  }
  return n >> 1;
}

/**
 * True when tokenize(text.slice(from, to)) gives exactly the tokens tokenize(text) has inside
 * [from, to) (offsets shifted by `from`): no word runs across either end — the character before
 * `from` and the one at `to` break words (spaces, punctuation), or the slice starts or ends the
 * text. Otherwise a cut word, or a combining mark or apostrophe at an end, may tokenize another way.
 */
export function isCleanSlice(text: string, from: number, to: number): boolean {
  if (from < 0 || to > text.length || from > to) return false;
  if (from > 0 && classify(text.charCodeAt(from - 1)) !== C.Break) return false;
  return to === text.length || classify(text.charCodeAt(to)) === C.Break;
}

/** All terms a token answers to. */
export function tokenTerms(t: Token): string[] {
  return t.alts ? [t.term, ...t.alts] : [t.term];
}

/** True when the token answers to `term`. */
export function tokenMatches(t: Token, term: string): boolean {
  return t.term === term || (t.alts !== null && t.alts.includes(term));
}

/** Terms of a query string, in order (duplicates kept, so phrases stay aligned). */
export function encodeQuery(text: string): string[] {
  return tokenize(text, 'query').map((t) => t.term);
}

/**
 * The flexsearch `encode` function: index-side terms of a field, or pre-encoded query terms.
 * NOTE: documents must never start with PRE_ENCODED (the engine strips it from field texts).
 */
export function flexEncode(text: string): string[] {
  if (typeof text !== 'string') return [];
  if (text.startsWith(PRE_ENCODED)) return text.slice(1).split(' ').filter(Boolean);
  const out: string[] = [];
  for (const t of tokenize(text, 'index')) {
    out.push(t.term);
    if (t.alts) for (const a of t.alts) out.push(a);
  }
  return out;
}
