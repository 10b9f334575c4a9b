import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise';
import { STOPWORDS, hashToken, stripClitics, tokenHashes, tokenLines, tokens } from './tokens';
import { loadSeeds } from './test-fixtures';

describe('normaliseText', () => {
  it('folds Arabic letter variants', () => {
    expect(normaliseText('أإآٱا')).toBe('ااااا');
    expect(normaliseText('مستشفى')).toBe('مستشفي');
    expect(normaliseText('المدينة')).toBe('المدينه');
    expect(normaliseText('مسؤول رئيس')).toBe('مسءول رءيس');
    expect(normaliseText('یک کتاب')).toBe('يك كتاب'); // Persian ya/kaf
  });

  it('drops diacritics, tatweel and invisible marks', () => {
    expect(normaliseText('وذكَّر')).toBe('وذكر');
    expect(normaliseText('الـ7')).toBe('ال7');
    expect(normaliseText('سوريا\u200f')).toBe('سوريا');
    expect(normaliseText('مُحَمَّدٌ')).toBe('محمد');
  });

  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(normaliseText('٢٠١٦ و۱۴')).toBe('2016 و14');
  });

  it('lower-cases Latin and Cyrillic and folds ё', () => {
    expect(normaliseText('Sergey LAVROV Ёлка МОСКВА')).toBe('sergey lavrov елка москва');
  });

  it('applies NFC before folding', () => {
    expect(normaliseText('cafe\u0301')).toBe('café');
    expect(normaliseText('ا\u0654كد')).toBe('اكد'); // alef + combining hamza = أ
    expect(normaliseText('й')).toBe('й');
  });

  it('turns punctuation and quotes into spaces, keeps line breaks', () => {
    expect(normaliseText('“موسكو”، «واشنطن»: "x"')).toBe(' موسكو    واشنطن    x ');
    expect(normaliseText('a\r\nb\u2028c')).toBe('a\n\nb\nc');
  });
});

describe('stripClitics', () => {
  const strip = (w: string) => stripClitics(normaliseText(w));
  it('strips the article and conjunction/preposition + article', () => {
    expect(strip('الولايات')).toBe('ولايات');
    expect(strip('والولايات')).toBe('ولايات');
    expect(strip('بالجهود')).toBe('جهود');
    expect(strip('وبالجهود')).toBe('جهود');
    expect(strip('كالعادة')).toBe('عاده');
    expect(strip('للتسوية')).toBe('تسويه');
    expect(strip('فالأمر')).toBe('امر');
  });

  it('strips a lone conjunction و/ف from longer words', () => {
    expect(strip('وأكد')).toBe(strip('أكد'));
    expect(strip('فأشار')).toBe('اشار');
    expect(strip('وزير')).toBe('زير'); // deterministic, not linguistic: same everywhere
  });

  it('leaves lone ب/ل/ك, short words and non-Arabic words alone', () => {
    expect(strip('بوتين')).toBe('بوتين');
    expect(strip('لافروف')).toBe('لافروف');
    expect(strip('كيري')).toBe('كيري');
    expect(strip('في')).toBe('في');
    expect(strip('وفد')).toBe('وفد');
    expect(strip('الى')).toBe('الي');
    expect(strip('lavrov')).toBe('lavrov');
  });
});

describe('tokens', () => {
  it('makes spelling variants of the same sentence identical', () => {
    const a = 'وأعرب نائب وزير الدفاع الروسي عن خيبة أمل بلاده "انتصار بطعم الهزيمة"';
    const b = 'واعرب نائب وزير الدفاع الروسى عن خيبة امل بلاده «انتصار بطعم الهزيمه»';
    expect(tokens(a)).toEqual(tokens(b));
  });

  it('drops stopwords on request', () => {
    expect(tokens('قال إن موسكو في سوريا', true)).toEqual(['موسكو', 'سوريا']);
    expect(STOPWORDS.has('في')).toBe(true);
    expect(STOPWORDS.has('موسكو')).toBe(false);
  });

  it('keeps lines apart and skips empty ones', () => {
    expect(tokenLines('أ ب\n\n  \nج')).toEqual([['ا', 'ب'], ['ج']]);
  });

  it('tokenHashes agrees with tokenLines on real pages', () => {
    for (const seed of loadSeeds()) {
      for (const drop of [false, true]) {
        const lines = tokenLines(seed.raw, drop);
        const fast = tokenHashes(seed.raw, drop);
        expect(fast.hashes.length).toBe(lines.flat().length);
        expect(Array.from(fast.hashes)).toEqual(lines.flat().map((t) => hashToken(t) | 0));
        let end = 0;
        expect(fast.lineEnds).toEqual(lines.map((l) => (end += l.length)));
      }
    }
  });
});
