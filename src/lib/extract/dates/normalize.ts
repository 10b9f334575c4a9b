/**
 * Offset-keeping text folding for the date patterns. Letters that vary between sites are folded
 * (أ إ آ ٱ → ا, ى ی → ي, ک → ك, پ → ب, ڤ → ف), Arabic diacritics and tatweel are dropped, digits
 * become ASCII, Latin and Cyrillic are lower-cased (ё → е), and odd spaces become " ". Because
 * dropping characters changes length, the folded text keeps where it dropped them, so a match
 * in the folded text maps back to exact original offsets (originalSpan).
 */

import { codesToString } from '../text';
import { foldDigitChar } from './digits';

/**
 * A folded text. Only the dropped code units are recorded as folding goes (most texts drop none
 * or few): writing a full offset map costs as much as the folding itself, and most folded texts
 * (statements' sentences without a date word) never map an offset back.
 */
export class FoldedText {
  constructor(
    readonly norm: string,
    /** For each dropped code unit, in order: the offset in `norm` it stood before. */
    private readonly drops: number[],
  ) {}

  /** The original offset of folded offset i (0 ≤ i ≤ norm.length; norm.length → original length). */
  original(i: number): number {
    const d = this.drops;
    if (d.length === 0 || i < d[0]) return i;
    // i plus the number of drops that stood before folded character i (offsets ≤ i).
    let lo = 0;
    let hi = d.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (d[mid] <= i) lo = mid + 1;
      else hi = mid;
    }
    return i + lo;
  }

  /** Original offset of each character of `norm`, plus one final entry = original length. */
  get map(): Int32Array {
    const k = this.norm.length;
    const map = new Int32Array(k + 1);
    for (let i = 0; i <= k; i++) map[i] = this.original(i);
    return map;
  }
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
 * BMP lookup: the folded code unit of each code unit (itself when it does not fold), or DROP for
 * a dropped one. U+FFFF folds to itself, so DROP is told apart by the code unit. Only code units
 * below U+0800, the LETTER_FOLD keys and the dropped marks fold; everything else is kept as is.
 */
const TABLE = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const set = (c: number) => {
    const f = foldUnit(c);
    t[c] = f === '' ? DROP : f.charCodeAt(0);
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
  const out = codes;
  const drops: number[] = [];
  let k = 0;
  let surrogates = false;
  // One table load and store per code unit; drops and surrogates are the rare branches.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = TABLE[c];
    if (m === DROP && c !== DROP) {
      drops.push(k);
      continue;
    }
    out[k++] = m;
    if (m >= 0xd800 && m <= 0xdfff) surrogates = true;
  }
  return new FoldedText(codesToString(out, k, surrogates), drops);
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
  const start = f.original(ns);
  const end = ne > ns ? Math.max(f.original(ne - 1) + 1, f.original(ne)) : start;
  return [start, end];
}

/**
 * Folds the Arabic letters of a regex source the way foldText folds text (أ إ آ ٱ → ا, ى ی → ي,
 * ک → ك, پ → ب), leaving everything else — regex syntax, case — alone.
 */
export function foldPattern(src: string): string {
  return src.replace(/[أإآٱ]/g, 'ا').replace(/[ىیې]/g, 'ي').replace(/ک/g, 'ك').replace(/پ/g, 'ب');
}
