/**
 * The hand-written fast paths of the engine give exactly what the plain code they replace gave:
 * each is checked against that code (kept here as the reference) on random and exhaustive inputs.
 */
import { describe, expect, it } from 'vitest';
import { SHARE_VERB_FORMS } from './chrome-patterns';
import { dayNumber, isValidYmd } from './dates/calendar';
import { foldDigitChar } from './dates/digits';
import { foldText } from './dates/normalize';
import { lineForms } from './outlets/fingerprints';
import { foldString } from './speakers/normalize';
import { aboutSyriaFolded, WORD_LISTS } from './statements/about-syria';
import { codesToString, foldSpaces, wordCount, words } from './text';

let seed = 2024;
function rnd(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
}
function randomString(alphabet: string[], max: number): string {
  let s = '';
  for (let i = 0, n = rnd(max + 1); i < n; i++) s += alphabet[rnd(alphabet.length)];
  return s;
}
const ALPHABET = [
  ' ',
  ' ',
  '\u00a0',
  '\t',
  '\n',
  '\u200b',
  '\u2009',
  '\ufeff',
  '\u3000',
  '\u2028',
  'a',
  'B',
  'ب',
  'أ',
  'ـ',
  '\u064e',
  "'",
  '’',
  '-',
  '٣',
  '3',
  '😀',
  '\ud800',
  '\udc00',
  '.',
  'İ',
  'Σ',
  'Ж',
  'ё',
  'K',
  'é',
  'e\u0301',
  'ﻻ',
];

describe('text fast paths', () => {
  it('foldSpaces and wordCount', () => {
    const ref = (s: string) => s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
    for (let k = 0; k < 30000; k++) {
      const s = randomString(ALPHABET, 12);
      expect(foldSpaces(s), JSON.stringify(s)).toBe(ref(s));
      expect(wordCount(s), JSON.stringify(s)).toBe(words(s).length);
    }
  });

  it('lineForms (fingerprint folding)', () => {
    const ref = (line: string) => {
      const spaced = line.replace(/[\s\u00a0]+/g, ' ').trim();
      return { spaced, folded: spaced.toLowerCase() };
    };
    for (let k = 0; k < 30000; k++) {
      const s = randomString(ALPHABET, 10);
      expect(lineForms(s), JSON.stringify(s)).toEqual(ref(s));
    }
    for (let c = 0; c < 0x10000; c += 1) {
      const s = `x${String.fromCharCode(c)}y`;
      expect(lineForms(s).folded).toBe(ref(s).folded);
    }
  });

  it('codesToString keeps lone surrogates and a leading BOM', () => {
    const s = '\ufeffab\ud800c';
    const codes = Uint16Array.from(s, (ch) => ch.charCodeAt(0));
    expect(codesToString(codes, codes.length, true)).toBe(s);
    expect(codesToString(codes.subarray(0, 3), 3, false)).toBe('\ufeffab');
  });
});

describe('date fast paths', () => {
  it('foldText matches the per-character definition on the whole BMP', () => {
    const LETTER: Record<string, string> = {
      أ: 'ا',
      إ: 'ا',
      آ: 'ا',
      ٱ: 'ا',
      ى: 'ي',
      ی: 'ي',
      ې: 'ي',
      ک: 'ك',
      پ: 'ب',
      ڤ: 'ف',
      ڨ: 'ق',
      ے: 'ي',
      ё: 'е',
      Ё: 'е',
      '\u00a0': ' ',
      '\u2007': ' ',
      '\u202f': ' ',
      '\u2009': ' ',
      '\u200a': ' ',
      '\t': ' ',
      '٫': '.',
      '،': '،',
    };
    const dropped = (c: number) =>
      (c >= 0x064b && c <= 0x065f) ||
      c === 0x0670 ||
      c === 0x0640 ||
      (c >= 0x200c && c <= 0x200f) ||
      c === 0x061c ||
      c === 0xfeff;
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    all += '😀x';
    let norm = '';
    const map: number[] = [];
    for (let i = 0; i < all.length; i++) {
      const ch = all[i];
      const c = all.charCodeAt(i);
      if (dropped(c)) continue;
      let out = LETTER[ch] ?? foldDigitChar(ch);
      if (out === ch && c < 0x0600 && ch.toLowerCase().length === 1) out = ch.toLowerCase();
      norm += out;
      map.push(i);
    }
    map.push(all.length);
    const f = foldText(all);
    expect(f.norm === norm).toBe(true);
    expect(Array.from(f.map)).toEqual(map);
  });

  it('dayNumber and isValidYmd agree with Date', () => {
    const refDay = (y: number, m: number, d: number) => {
      const x = new Date(0);
      x.setUTCFullYear(y, m - 1, d);
      return Math.round(x.getTime() / 86_400_000);
    };
    const refValid = (y: number, m: number, d: number) => {
      if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
      if (m < 1 || m > 12 || d < 1 || d > 31) return false;
      const x = new Date(Date.UTC(y, m - 1, d));
      return x.getUTCFullYear() === y && x.getUTCMonth() === m - 1 && x.getUTCDate() === d;
    };
    for (let y = -50; y <= 2200; y += y < 150 ? 1 : 7)
      for (let m = 0; m <= 13; m++)
        for (const d of [-3, 0, 1, 28, 29, 30, 31, 32, 70]) {
          expect(dayNumber(y, m, d), `${y}-${m}-${d}`).toBe(refDay(y, m, d));
          expect(isValidYmd(y, m, d), `${y}-${m}-${d}`).toBe(refValid(y, m, d));
        }
    expect(isValidYmd(2016.5, 1, 1)).toBe(false);
    expect(Number.isNaN(dayNumber(Number.NaN, 1, 1))).toBe(true);
  });
});

describe('chrome fast paths', () => {
  it('the share-verb scan finds what the lookbehind regex finds', () => {
    const parts = [
      'تابعونا',
      'وتابعونا',
      'اشترك',
      'subscribe',
      'Subscribe to',
      'follow us',
      'Follow Us',
      'подпишитесь',
      'x',
      'ب',
      ' ',
      '\u064e',
      '😀',
      '𝐀',
      'اضغط هنا',
      'ي',
      'على',
      '-',
      '"',
    ];
    const { regex, fast } = SHARE_VERB_FORMS;
    for (let k = 0; k < 20000; k++) {
      const s = randomString(parts, 6);
      expect(fast(s), JSON.stringify(s)).toBe(regex.test(s));
    }
  });
});

describe('about-Syria fast word tests', () => {
  it('answer as the boundary regexes they replace', () => {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const ref = (words: string[], wordStart: boolean) =>
      new RegExp(
        (wordStart ? '(?:^|[^\\p{L}])(?:و|ف|ب|ل|ك|ال|لل|وال|بال)?' : '(?:^|[^\\p{L}])') +
          '(?:' +
          words
            .map((w) => esc(foldString(w)))
            .sort((a, b) => b.length - a.length)
            .join('|') +
          ')',
        'u',
      );
    const compiled = (t: typeof WORD_LISTS.syria) => [ref(t.ar, true), ref(t.en, false), ref(t.ru, false)];
    const syria = compiled(WORD_LISTS.syria);
    const elsewhere = compiled(WORD_LISTS.elsewhere);
    const refAbout = (folded: string, articleIsSyrian: boolean) => {
      if (syria.some((re) => re.test(folded))) return true;
      if (elsewhere.some((re) => re.test(folded))) return false;
      return articleIsSyrian;
    };
    const parts = [
      'سوريا',
      'وسوريا',
      'لسوريه',
      'xسوريا',
      '𝐀سوريا',
      'حلب',
      'بالعراق',
      'العراق',
      'syria',
      'xsyria',
      'сирия',
      'украина',
      'ukraine',
      ' ',
      ' ',
      '.',
      'ب',
      'و',
      'a',
      '😀',
      'كييف',
      'ال',
      'دير',
      'الزور',
    ];
    for (let k = 0; k < 20000; k++) {
      const s = foldString(randomString(parts, 5));
      for (const syr of [true, false])
        expect(aboutSyriaFolded(s, syr), JSON.stringify(s)).toBe(refAbout(s, syr));
    }
  });
});
