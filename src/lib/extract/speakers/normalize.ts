/**
 * Folding text for matching, with a map back to the original offsets. Arabic diacritics, tatweel
 * and invisible marks are dropped; hamza/alef/ya/ta-marbuta variants and Persian letters are
 * unified (أ إ آ ٱ → ا, ى ئ ی → ي, ة → ه, ؤ → و, گ → غ, ک → ك…); Latin and Cyrillic are lower-cased
 * (ё → е); Arabic-Indic digits become ASCII; every kind of space becomes ' '. Presentation forms
 * are unfolded with NFKC. Each folded character records the index of the original character it came
 * from, so a match in the folded text maps back to exact body offsets.
 */

import { codesToString } from '../text';

export interface Folded {
  /** The folded text. */
  text: string;
  /** map[i] = offset in the original of folded character i; map[text.length] = original length. */
  map: Int32Array;
}

const DROP = new Set<number>([0x0640, 0x0670, 0x00ad, 0x061c, 0xfeff]);
const SIMPLE: Record<number, string> = {
  0x0622: 'ا',
  0x0623: 'ا',
  0x0625: 'ا',
  0x0671: 'ا',
  0x0672: 'ا',
  0x0673: 'ا',
  0x0649: 'ي',
  0x0626: 'ي',
  0x06cc: 'ي',
  0x06d2: 'ي',
  0x0629: 'ه',
  0x06c0: 'ه',
  0x06be: 'ه',
  0x06c1: 'ه',
  0x0624: 'و',
  0x06a9: 'ك',
  0x06aa: 'ك',
  0x06af: 'غ',
  0x06a4: 'ف',
  0x067e: 'ب',
  0x0686: 'ج',
  0x0698: 'ز',
  0x0451: 'е',
  0x0401: 'е',
  0x2019: "'",
  0x2018: "'",
  0x02bc: "'",
};

function isDropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06e5 && c !== 0x06e6) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    DROP.has(c)
  );
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x0d
  );
}

/** The folded form of one UTF-16 code unit: '' to drop it, else one or more characters. */
function foldUnit(c: number, ch: string): string {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
    if (c === 0x09 || c === 0x0d) return ' ';
    return ch;
  }
  if (isDropped(c)) return '';
  if (isSpace(c)) return ' ';
  const simple = SIMPLE[c];
  if (simple !== undefined) return simple;
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  if (c >= 0x0410 && c <= 0x042f) return String.fromCharCode(c + 32);
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    const n = ch.normalize('NFKC');
    if (n === ch) return ch;
    let out = '';
    for (let k = 0; k < n.length; k++) out += foldUnit(n.charCodeAt(k), n[k]);
    return out;
  }
  if (c >= 0xd800 && c <= 0xdfff) return ch;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** BMP lookup: 0 = keep as is, 0xffff = drop, 0xfffe = slow path, else the folded code unit. */
const TABLE = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    const f = foldUnit(c, ch);
    if (f.length === 0) t[c] = 0xffff;
    else if (f.length > 1) t[c] = 0xfffe;
    else if (f !== ch) t[c] = f.charCodeAt(0);
  }
  return t;
})();

/** Scratch buffers of fold(), grown as needed (the output map is a copy). */
let codesBuf = new Uint16Array(8192);
let mapBuf = new Int32Array(8192);

/** Fold a text, keeping the offset map. */
export function fold(s: string): Folded {
  const n = s.length;
  if (codesBuf.length < n * 2 + 1) {
    codesBuf = new Uint16Array(n * 2 + 1);
    mapBuf = new Int32Array(n * 2 + 2);
  }
  const codes = codesBuf;
  const map = mapBuf;
  const limit = n * 2 + 1;
  let k = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const m = TABLE[c];
    if (m === 0) {
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      codes[k] = c;
      map[k++] = i;
    } else if (m === 0xffff) {
      continue;
    } else if (m === 0xfffe) {
      const f = foldUnit(c, s[i]);
      for (let j = 0; j < f.length && k < limit - 1; j++) {
        codes[k] = f.charCodeAt(j);
        map[k++] = i;
      }
    } else {
      codes[k] = m;
      map[k++] = i;
    }
  }
  map[k] = n;
  return { text: codesToString(codes, k, surrogates), map: map.slice(0, k + 1) };
}

/** Fold a string without keeping offsets. */
export function foldString(s: string): string {
  return fold(s).text;
}

/** Original [start, end) of the folded range [fs, fe). */
export function toOriginal(f: Folded, fs: number, fe: number): [number, number] {
  if (fe <= fs) return [f.map[fs], f.map[fs]];
  return [f.map[fs], f.map[fe - 1] + 1];
}

/** Collapse every run of white space (any kind) to one ASCII space and trim. */
export function squashSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}
