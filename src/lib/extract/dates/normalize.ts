/**
 * Offset-keeping text folding for the date patterns. Letters that vary between sites are folded
 * (أ إ آ ٱ → ا, ى ی → ي, ک → ك, پ → ب, ڤ → ف), Arabic diacritics and tatweel are dropped, digits
 * become ASCII, Latin and Cyrillic are lower-cased (ё → е), and odd spaces become " ". Because
 * dropping characters changes length, `map[i]` gives the offset in the original text of folded
 * character i, so a match in the folded text maps back to exact original offsets.
 */

import { foldDigitChar } from './digits';

export interface FoldedText {
  norm: string;
  /** Original offset of each character of `norm`, plus one final entry = original length. */
  map: number[];
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

export function foldText(text: string): FoldedText {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = text.charCodeAt(i);
    if (isDropped(c)) continue;
    let out = LETTER_FOLD[ch] ?? foldDigitChar(ch);
    if (out === ch && c < 0x0600) {
      const lower = ch.toLowerCase();
      if (lower.length === 1) out = lower;
    }
    norm += out;
    map.push(i);
  }
  map.push(text.length);
  return { norm, map };
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
