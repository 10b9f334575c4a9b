import { describe, expect, it } from 'vitest';
import {
  encodeQuery,
  flexEncode,
  isCleanSlice,
  PRE_ENCODED,
  tokenize,
  tokenTerms,
  wordSpans,
} from './encoder';

/** The single query term of a word. */
function q(word: string): string {
  const t = encodeQuery(word);
  expect(t).toHaveLength(1);
  return t[0];
}

/** True when a document containing `docWord` is found by the query `query`. */
function finds(query: string, docWord: string): boolean {
  const tokens = tokenize(docWord, 'index');
  expect(tokens).toHaveLength(1);
  return tokenTerms(tokens[0]).includes(q(query));
}

describe('Arabic normalisation', () => {
  it.each([
    ['أنطونوف', 'انطونوف'],
    ['إسرائيل', 'اسرائيل'],
    ['آب', 'اب'],
    ['سوريا', 'سورية'],
    ['سورية', 'السورية'],
    ['سوريا', 'السوري'],
    ['سيرغي', 'سيرجي'],
    ['سيرگي', 'سيرغي'],
    ['شويغو', 'شويجو'],
    ['غيراسيموف', 'جيراسيموف'],
    ['بوغدانوف', 'بوجدانوف'],
    ['مستشفى', 'مستشفي'],
    ['مدرسة', 'مدرسه'],
    ['رئيس', 'رءيس'],
    ['مسؤول', 'مسئول'],
    ['شيء', 'شيئ'],
    ['٢٠١٦', '2016'],
    ['۲۰۱۶', '2016'],
    ['مُوسْكُو', 'موسكو'],
    ['مـوسـكـو', 'موسكو'],
    ['ڤلاديمير', 'فلاديمير'],
    ['کرملین', 'كرملين'],
    ['تصريحات', 'تصريح'],
    ['بلادها', 'بلاد'],
  ])('%s = %s', (a, b) => {
    expect(q(a)).toBe(q(b));
    expect(finds(a, b)).toBe(true);
    expect(finds(b, a)).toBe(true);
  });

  it('composes decomposed hamza (NFC) instead of splitting the word', () => {
    const decomposed = 'ا\u0654نطونوف'; // alef + combining hamza above
    expect(tokenize(decomposed)).toHaveLength(1);
    expect(q(decomposed)).toBe(q('أنطونوف'));
  });

  it.each([
    ['سوريا', 'والسورية'],
    ['سوريا', 'بسوريا'],
    ['سورية', 'لسوريا'],
    ['رئيس', 'للرئيس'],
    ['الرئيس', 'للرئيس'],
    ['موسكو', 'وموسكو'],
    ['موسكو', 'بموسكو'],
    ['لافروف', 'ولافروف'],
    ['بوتين', 'وبوتين'],
    ['روسيا', 'وبروسيا'],
  ])('the query %s finds %s', (query, docWord) => {
    expect(finds(query, docWord)).toBe(true);
  });

  it('keeps words that only look like clitic + word apart', () => {
    expect(finds('آلة', 'وكالة')).toBe(false);
    expect(finds('تين', 'بوتين')).toBe(false);
    expect(finds('الة', 'وكالة')).toBe(false);
    expect(q('وكالة')).not.toBe(q('كالة'));
    expect(q('روسيا')).not.toBe(q('سوريا'));
    expect(q('روسيا')).not.toBe(q('الروسية'));
    expect(q('مدير')).not.toBe(q('مدرسة'));
  });

  it('keeps the original offsets of the whole word', () => {
    const text = 'قال وَالسُّورِيَّةُ، ثمّ لِلرَّئِيسِ و مـوسـكـو.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'قال',
      'وَالسُّورِيَّةُ',
      'ثمّ',
      'لِلرَّئِيسِ',
      'و',
      'مـوسـكـو',
    ]);
    expect(tokens[1].term).toBe(q('سوريا'));
    expect(tokens[3].term).toBe(q('رئيس'));
  });

  it('splits digits from letters and scripts from each other', () => {
    const text = '2016م RTعربي';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['2016', 'م', 'RT', 'عربي']);
  });
});

describe('English and Russian', () => {
  it.each([
    ['Russia', "Russia's"],
    ['Russia', 'Russia’s'],
    ['statement', 'statements'],
    ['ministry', 'ministries'],
    ['speech', 'speeches'],
    ['Lavrov', 'LAVROV'],
    ['Лавров', 'Лаврова'],
    ['Лавров', 'Лаврову'],
    ['Лавров', 'Лавровым'],
    ['ёлка', 'елка'],
    ['Сирия', 'Сирии'],
    ['Сирия', 'Сирией'],
    ['заявление', 'заявлениями'],
  ])('%s = %s', (a, b) => {
    expect(q(a)).toBe(q(b));
  });

  it('does not over-stem', () => {
    expect(q('Russia')).not.toBe(q('Russian'));
    expect(q('Syria')).not.toBe(q('Serbia'));
    expect(q('us')).toBe('us');
    expect(q('process')).toBe('process');
  });
});

describe('flexsearch hook', () => {
  it('emits index terms with clitic alternatives, and passes pre-encoded terms through', () => {
    expect(flexEncode('وبسوريا')).toEqual(expect.arrayContaining([q('سوريا'), q('بسوريا')]));
    const stem = q('تفاهماته');
    expect(flexEncode(PRE_ENCODED + stem)).toEqual([stem]);
    // re-encoding a stem would change it: that is why terms are passed pre-encoded
    expect(encodeQuery(stem)).not.toEqual([stem]);
  });
});

describe('wordSpans', () => {
  const spans = (text: string, from = 0, to = text.length) => {
    const out = new Int32Array(2 * (to - from));
    const n = wordSpans(text, from, to, out);
    return Array.from({ length: n }, (_, i) => [out[2 * i], out[2 * i + 1]]);
  };

  it('cuts words where tokenize does, offsets into the text', () => {
    const text = "وَأَكَّدَ أنّ سُورِيَةَ، Russia's Лавровым 2016 abcسوريا x'y 'z";
    expect(spans(text)).toEqual(tokenize(text).map((t) => [t.start, t.end]));
    const from = text.indexOf('سُورِيَةَ');
    expect(spans(text, from, text.length)).toEqual(
      tokenize(text.slice(from)).map((t) => [from + t.start, from + t.end]),
    );
  });

  it('also returns words that give no token', () => {
    expect(tokenize('سوريا ـ موسكو')).toHaveLength(2);
    expect(spans('سوريا ـ موسكو')).toEqual([
      [0, 5],
      [6, 7],
      [8, 13],
    ]);
  });

  it('refuses an output array that may be too small', () => {
    expect(() => wordSpans('abc def', 0, 7, new Int32Array(4))).toThrow(RangeError);
  });
});

describe('isCleanSlice', () => {
  const text = 'قال لافروف، إن الحل سياسي. Lavrov’s view';
  it('accepts slices cut at word breaks', () => {
    expect(isCleanSlice(text, 0, text.length)).toBe(true);
    expect(isCleanSlice(text, text.indexOf('إن'), text.indexOf('.'))).toBe(true);
  });
  it('refuses slices cut inside a word or before a mark or apostrophe', () => {
    expect(isCleanSlice(text, text.indexOf('لافروف') + 2, text.length)).toBe(false);
    expect(isCleanSlice(text, 0, text.indexOf('لافروف') + 2)).toBe(false);
    expect(isCleanSlice(text, 0, text.indexOf('’'))).toBe(false);
    expect(isCleanSlice('سُورِيَة', 0, 1)).toBe(false);
  });
});
