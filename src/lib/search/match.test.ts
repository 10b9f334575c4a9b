import { describe, expect, it } from 'vitest';
import { encodeQuery, tokenize } from './encoder';
import { highlightRanges, phraseStarts, textsContainPhrases } from './match';

const slices = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe('highlightRanges', () => {
  it('highlights whole original Arabic words, with diacritics and clitics', () => {
    const text = 'وَأَكَّدَ أنّ سُورِيَةَ، وبالسُّورِيَّةِ ولِلرَّئِيسِ الرَّئِيسُ؛ مـوسـكـو وروسيا.';
    const q = {
      words: [...encodeQuery('سوريا'), ...encodeQuery('رئيس'), ...encodeQuery('موسكو')],
      phrases: [],
    };
    expect(slices(text, highlightRanges(text, q))).toEqual([
      'سُورِيَةَ',
      'وبالسُّورِيَّةِ',
      'ولِلرَّئِيسِ',
      'الرَّئِيسُ',
      'مـوسـكـو',
    ]);
  });

  it('highlights a phrase as one range, in order only', () => {
    const text = 'قال سيرجي لافروف إن لافروف سيرغي لم يقل.';
    const phrase = encodeQuery('سيرغي لافروف');
    expect(slices(text, highlightRanges(text, { words: [], phrases: [phrase] }))).toEqual(['سيرجي لافروف']);
  });

  it('maps English and Russian hits back to the words as written', () => {
    const text = "Russia's statements; Лавровым и Лаврову.";
    const q = {
      words: [...encodeQuery('Russia'), ...encodeQuery('statement'), ...encodeQuery('Лавров')],
      phrases: [],
    };
    expect(slices(text, highlightRanges(text, q))).toEqual(["Russia's", 'statements', 'Лавровым', 'Лаврову']);
  });

  it('returns nothing for a query without terms', () => {
    expect(highlightRanges('سوريا', { words: [], phrases: [] })).toEqual([]);
  });
});

describe('phrases', () => {
  it('needs the words adjacent and in order', () => {
    const tokens = tokenize('سوريا تعيش الأزمة السورية');
    expect(phraseStarts(tokens, encodeQuery('الأزمة السورية'))).toEqual([2]);
    expect(phraseStarts(tokens, encodeQuery('السورية الأزمة'))).toEqual([]);
    expect(textsContainPhrases(['الأزمة في سوريا', 'الأزمة السورية'], [encodeQuery('أزمة سورية')])).toBe(
      true,
    );
    expect(textsContainPhrases(['الأزمة في سوريا'], [encodeQuery('أزمة سورية')])).toBe(false);
  });
});
