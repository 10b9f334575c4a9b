/**
 * Small text helpers the extraction modules share: white-space folding, the normal form used to
 * compare lines (across a page and across documents), word counting by script, and a fast
 * non-cryptographic string hash for the cross-document line counts, and a fast way to turn UTF-16
 * code units into a string. No state, no DOM.
 */

/** Arabic diacritics (harakat), tatweel and directional marks: ignored when comparing lines. */
const IGNORABLE = /[\u064b-\u065f\u0670\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const BULLET_PREFIX = /^[\s•·▪◦●○■□►▶»«\-–—*+|>]+/u;

const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;

/** JS white space (\s): what /\s/ matches and trim() removes. */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Per code unit: 1 when isJsSpace (a table lookup for the per-character loops). */
export const JS_SPACE = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isJsSpace(c)) t[c] = 1;
  return t;
})();

/** The code units SPACE_RUN matches (\s plus U+200B). */
const isFoldSpace = (c: number): boolean => c === 0x200b || isJsSpace(c);

/** Per code unit: 1 when isFoldSpace. */
const FOLD_SPACE = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isFoldSpace(c)) t[c] = 1;
  return t;
})();

/** Every run of white space (no-break spaces included) folded to one space, trimmed. */
export function foldSpaces(s: string): string {
  // Fast path: nothing to fold when every space is a lone ' ' between other characters.
  const n = s.length;
  let clean = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (FOLD_SPACE[c] === 0) continue;
    if (c !== 0x20 || i === 0 || i === n - 1 || FOLD_SPACE[s.charCodeAt(i + 1)] === 1) {
      clean = false;
      break;
    }
  }
  return clean ? s : s.replace(SPACE_RUN, ' ').trim();
}

/**
 * The form in which two lines count as "the same line": NFC, no diacritics or tatweel, bullets
 * and indentation gone, digits as 0 ("45 خبر" = "25 خبر"), punctuation dropped, lower case.
 */
export function lineKey(s: string): string {
  const n = lineKeyInto(s, 0, s.length, Infinity);
  return n >= 0 ? codesToString(KEY_BUF, n, false) : lineKeySlow(s);
}

/** lineKey by its definition: the reference the single-pass form (lineKeyInto) must equal. */
export function lineKeySlow(s: string): string {
  return foldSpaces(
    s
      .normalize('NFC')
      .replace(IGNORABLE, '')
      .replace(BULLET_PREFIX, '')
      .toLowerCase()
      .replace(/[0-9\u0660-\u0669\u06f0-\u06f9]+/g, '0')
      .replace(/[^\p{L}\p{N}\s]+/gu, ' '),
  );
}

/*
 * Single-pass lineKey. Once diacritics are gone, the key is the line's letters and digits with
 * every other run (spaces, punctuation, bullets: all non-letters) as one space, trimmed, and each
 * run of decimal digits as "0" — so one pass with a per-code-unit class does it, as long as no
 * step needs context: NFC (a combining mark that may compose, reorder or decompose), lower case
 * that is not one code unit to one (İ, final Σ), or a surrogate pair. Lines holding any of those
 * take lineKeySlow.
 */
const K_UNSET = 0;
const K_SLOW = 1;
const K_DROP = 2;
const K_SEP = 3;
const K_DIGIT = 4;
const K_KEEP = 5;
/** Per code unit: its K_ class (K_UNSET until first seen), and its lower-case form for K_KEEP. */
const KEY_CLASS = new Uint8Array(0x10000);
const KEY_LOWER = new Uint16Array(0x10000);
/** Arabic marks dropped as IGNORABLE that compose with nothing under NFC (unlike U+0653–0655). */
const INERT_IGNORABLE_MARK = /[\u064b-\u0652\u0656-\u065f\u0670]/;
const MARK = /\p{M}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const DECIMAL_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
const IGNORABLE_ONE = new RegExp(IGNORABLE.source);

function keyClassOf(c: number): number {
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) return K_SLOW;
  if (INERT_IGNORABLE_MARK.test(ch)) return K_DROP;
  // NFC can change the line around a combining mark (or a Hangul vowel/final jamo), or replace a
  // character that is not in NFC itself.
  if (MARK.test(ch) || (c >= 0x1161 && c <= 0x1175) || (c >= 0x11a8 && c <= 0x11c2)) return K_SLOW;
  if (ch.normalize('NFC') !== ch) return K_SLOW;
  if (IGNORABLE_ONE.test(ch)) return K_DROP;
  const lower = ch.toLowerCase();
  if (lower.length !== 1 || c === 0x03a3) return K_SLOW;
  if (DECIMAL_DIGIT.test(lower)) return K_DIGIT;
  if (!LETTER_OR_NUMBER.test(lower)) return K_SEP;
  KEY_LOWER[c] = lower.charCodeAt(0);
  return K_KEEP;
}
/** Scratch output of lineKeyInto. */
let KEY_BUF = new Uint16Array(1024);

/**
 * Writes lineKey(s.slice(from, to)) into KEY_BUF and returns its length; -1 when the line needs
 * lineKeySlow; -2 when the key is certainly longer than `max` (then it is not written out whole).
 */
export function lineKeyInto(s: string, from: number, to: number, max: number): number {
  if (KEY_BUF.length < to - from) KEY_BUF = new Uint16Array((to - from) * 2);
  const buf = KEY_BUF;
  let k = 0;
  let pendingSpace = false;
  let inDigits = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    let cls = KEY_CLASS[c];
    if (cls === K_UNSET) cls = KEY_CLASS[c] = keyClassOf(c);
    if (cls === K_DROP) continue;
    if (cls === K_SEP) {
      pendingSpace = k > 0;
      inDigits = false;
      continue;
    }
    if (cls === K_SLOW) return -1;
    if (cls === K_DIGIT && inDigits) continue;
    if (pendingSpace) {
      buf[k++] = 0x20;
      pendingSpace = false;
    }
    if (cls === K_DIGIT) {
      buf[k++] = 0x30;
      inDigits = true;
    } else {
      buf[k++] = KEY_LOWER[c];
      inDigits = false;
    }
    if (k > max) return tooLong(s, i + 1, to);
  }
  return k;
}

/** -2, or -1 when the rest of the line holds something only lineKeySlow handles. */
function tooLong(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    let cls = KEY_CLASS[c];
    if (cls === K_UNSET) cls = KEY_CLASS[c] = keyClassOf(c);
    if (cls === K_SLOW) return -1;
  }
  return -2;
}

/** fnv32 of the key lineKeyInto just wrote (its first n code units). */
export function keyBufHash(n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) {
    h ^= KEY_BUF[i];
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Looser form for matching a headline against a line or a meta title (keeps digits). */
export function matchKey(s: string): string {
  return foldSpaces(
    s
      .normalize('NFC')
      .replace(IGNORABLE, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]+/gu, ' '),
  );
}

/** Words: runs of letters or digits. */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gu) ?? [];
}

/** Per BMP code unit: 0 = not yet classified, else 0x80 | (1 if [\p{L}\p{N}]) | (2 if also \p{M} ' ’ -). */
const WORD_CLASS = new Uint8Array(0x10000);
const LN = /[\p{L}\p{N}]/u;
const CONT = /[\p{L}\p{N}\p{M}'’\-]/u;

function classOf(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return 0x80 | (LN.test(ch) ? 1 : 0) | (CONT.test(ch) ? 2 : 0);
}

/** words(s).length, counted without building the words. */
export function wordCount(s: string): number {
  let count = 0;
  let inWord = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let cp = s.charCodeAt(i);
    let k: number;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp < 0x10000) {
      k = WORD_CLASS[cp];
      if (k === 0) k = WORD_CLASS[cp] = classOf(cp);
    } else k = classOf(cp);
    if (inWord && k & 2) continue;
    inWord = false;
    if (k & 1) {
      count++;
      inWord = true;
    }
  }
  return count;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex characters. */
export function hash32(s: string): string {
  return hex32(fnv32(s));
}

/** 32-bit FNV-1a over UTF-16 code units, as an unsigned number. */
export function fnv32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit hash as hash32 writes it: 8 hex characters. */
export function hex32(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Counts of Arabic, Cyrillic and Latin letters in a string. */
export function scriptCounts(s: string): { arabic: number; cyrillic: number; latin: number } {
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc))
      arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    )
      latin++;
  }
  return { arabic, cyrillic, latin };
}

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The string of codes[0, k). TextDecoder is the fast path; it would replace a lone surrogate with
 * U+FFFD, so text holding surrogates takes String.fromCharCode.
 */
export function codesToString(codes: Uint16Array, k: number, surrogates: boolean): string {
  if (!surrogates) return UTF16.decode(codes.subarray(0, k));
  let s = '';
  for (let i = 0; i < k; i += 8192)
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(k, i + 8192)) as unknown as number[]);
  return s;
}

/** The code point before offset p (a surrogate pair whole), as a string. */
export function charBefore(text: string, p: number): string {
  const lo = text.charCodeAt(p - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && p >= 2) {
    const hi = text.charCodeAt(p - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(p - 2, p);
  }
  return text[p - 1];
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
