import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from './doc-table';
import { encodeQuery, tokenize } from './encoder';
import { highlightRanges } from './match';
import type { QueryTerms } from './match';
import { bodyHighlights, sliceHighlights } from './seq-highlight';
import { encodeArticle, FormTable, MARK_STRIDE } from './token-seq';

function entry(body: string): ArticleEntry {
  return { id: 'a', headline: 'عنوان', subheadline: null, body, statements: [], docs: [] };
}

function masks(forms: FormTable, q: QueryTerms) {
  let words: Uint8Array | null = null;
  for (const t of q.words) words = forms.mask(t, words);
  return { words, phrases: q.phrases.map((p) => p.map((t) => forms.mask(t, null))) };
}

const WORDS = [
  'سوريا',
  'وبالسورية',
  'موسكو',
  'لافروف',
  'سيرغي',
  'قال',
  'الرئيس',
  'Lavrov',
  "Russia's",
  'Лавровым',
  '2016',
  'مُوسْكُو',
];

/** A long body of known words with punctuation, line breaks and mixed scripts. */
function body(n: number, seed: number): string {
  const parts: string[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    parts.push(WORDS[x % WORDS.length] + (x % 7 === 0 ? '،' : x % 11 === 0 ? '.\n' : ''));
  }
  return parts.join(' ');
}

const queries: QueryTerms[] = [
  { words: encodeQuery('سوريا'), phrases: [] },
  { words: [...encodeQuery('موسكو'), ...encodeQuery('Lavrov')], phrases: [] },
  { words: [], phrases: [encodeQuery('سيرغي لافروف')] },
  { words: encodeQuery('Russia'), phrases: [encodeQuery('قال الرئيس')] },
  { words: encodeQuery('zzz'), phrases: [] },
];

describe('bodyHighlights', () => {
  it('gives the ranges highlightRanges gives on the text, for words and phrases', () => {
    for (const seed of [1, 2, 3]) {
      const text = body(400, seed);
      const forms = new FormTable();
      const { seq } = encodeArticle(entry(text), forms);
      expect(seq.marks.length).toBe(Math.ceil((seq.articleEnd - seq.bodyAt) / MARK_STRIDE));
      for (const q of queries) {
        const m = masks(forms, q);
        for (const max of [1, 10, 200]) {
          expect(bodyHighlights(text, seq, m.words, m.phrases, max)).toEqual(highlightRanges(text, q, max));
        }
      }
    }
  });

  it('finds the offsets of tokens next to words that give no token', () => {
    // a lone tatweel folds to nothing: a word without a token between indexed words
    const text = Array.from({ length: 60 }, (_, i) => (i % 5 === 0 ? 'ـ' : i % 3 ? 'سوريا' : 'موسكو')).join(
      ' ',
    );
    const forms = new FormTable();
    const { seq } = encodeArticle(entry(text), forms);
    const q = { words: encodeQuery('موسكو'), phrases: [] };
    const m = masks(forms, q);
    expect(bodyHighlights(text, seq, m.words, m.phrases, 200)).toEqual(highlightRanges(text, q));
  });
});

describe('sliceHighlights', () => {
  it('gives the ranges highlightRanges gives on the slice, relative to its start', () => {
    const text = body(300, 7);
    const forms = new FormTable();
    const { seq } = encodeArticle(entry(text), forms);
    const tokens = tokenize(text);
    const from = text.indexOf(' ', 500) + 1;
    const to = text.indexOf(' ', 1500);
    const first = tokens.findIndex((t) => t.start >= from);
    const end = tokens.findIndex((t) => t.start >= to);
    const slice = text.slice(from, to);
    const q = {
      words: [...encodeQuery('سوريا'), ...encodeQuery('Лавров')],
      phrases: [encodeQuery('سيرغي لافروف')],
    };
    const m = masks(forms, q);
    const expected = highlightRanges(slice, q);
    expect(expected.length).toBeGreaterThan(0);
    expect(sliceHighlights(text, seq, first, end, from, m.words, m.phrases, 200)).toEqual(expected);
    expect(sliceHighlights(text, seq, first, end, from, m.words, m.phrases, 2)).toEqual(expected.slice(0, 2));
  });
});
