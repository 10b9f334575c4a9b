/**
 * Offset-keeping text folding for the date patterns. Letters that vary between sites are folded
 * (أ إ آ ٱ → ا, ى ی → ي, ک → ك, پ → ب, ڤ → ف), Arabic diacritics and tatweel are dropped, digits
 * become ASCII, Latin and Cyrillic are lower-cased (ё → е), and odd spaces become " ". Because
 * dropping characters changes length, `map[i]` gives the offset in the original text of folded
 * character i, so a match in the folded text maps back to exact original offsets.
 */

import { codesToString } from '../text';
import { foldDigitChar } from './digits';

export interface FoldedText {
  norm: string;
  /** Original offset of each character of `norm`, plus one final entry = original length. */
  map: Int32Array;
}

const LETTER_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ک': 'ك', 'پ': 'ب', 'ڤ': 'ف', 'ڨ': 'ق', 'ے': 'ي',
  'ё': 'е', 'Ё': 'е',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\t': ' ',
  '٫': '.', '،': '،',
};

function isDropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat
    c === 0x0670 || // superscript alef
    c === 0x0640 || // tatweel
    c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0x061c || c === 0xfeff
  );
}

/** The folded form of one code unit (one character, or '' when dropped). */
function foldUnit(c: number): string {
  if (isDropped(c)) return '';
  const ch = String.fromCharCode(c);
  let out = LETTER_FOLD[ch] ?? foldDigitChar(ch);
  if (out === ch && c < 0x0600) {
    const lower = ch.toLowerCase();
    if (lower.length === 1) out = lower;
  }
  return out;
}

const DROP = 0xffff;
/**
 * BMP lookup: 0 = keep, DROP = drop, else the folded code unit. Only code units below U+0800,
 * the LETTER_FOLD keys and the dropped marks fold; everything else is kept as is.
 */
const TABLE = (() => {
  const t = new Uint16Array(0x10000);
  const set = (c: number) => {
    const f = foldUnit(c);
    if (f === '') t[c] = DROP;
    else if (f.charCodeAt(0) !== c) t[c] = f.charCodeAt(0);
  };
  for (let c = 0; c < 0x0800; c++) set(c);
  for (const k of Object.keys(LETTER_FOLD)) set(k.charCodeAt(0));
  for (const c of [0x200c, 0x200d, 0x200e, 0x200f, 0xfeff]) set(c);
  return t;
})();

let codes = new Uint16Array(4096);

export function foldText(text: string): FoldedText {
  const n = text.length;
  if (codes.length < n) codes = new Uint16Array(n * 2);
  const map = new Int32Array(n + 1);
  let k = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = TABLE[c];
    if (m === 0) {
      codes[k] = c;
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    } else if (m === DROP) continue;
    else codes[k] = m;
    map[k++] = i;
  }
  map[k] = n;
  return { norm: codesToString(codes, k, surrogates), map: k === n ? map : map.slice(0, k + 1) };
}

/** Folds a short string (a pattern word) the same way, without the map. */
export function foldWord(s: string): string {
  return foldText(s).norm;
}

/**
 * Original [start, end) of the folded range [ns, ne). Dropped marks right after the last
 * character (a tatweel in "هـ", a final diacritic) stay with it.
 */
export function originalSpan(f: FoldedText, ns: number, ne: number): [number, number] {
  const start = f.map[ns];
  const end = ne > ns ? Math.max(f.map[ne - 1] + 1, f.map[ne]) : start;
  return [start, end];
}

/**
 * Folds the Arabic letters of a regex source the way foldText folds text (أ إ آ ٱ → ا, ى ی → ي,
 * ک → ك, پ → ب), leaving everything else — regex syntax, case — alone.
 */
export function foldPattern(src: string): string {
  return src.replace(/[أإآٱ]/g, 'ا').replace(/[ىیې]/g, 'ي').replace(/ک/g, 'ك').replace(/پ/g, 'ب');
}
