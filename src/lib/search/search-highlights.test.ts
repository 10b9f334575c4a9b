import { beforeAll, describe, expect, it } from 'vitest';
import { SPEAKERS } from '../extract/speakers/speaker-list';
import { speakerSpellingsFrom } from './article-docs';
import { SearchEngine } from './engine';
import { encodeQueryTerms, highlightRanges } from './match';
import { parseQuery } from './query';
import { seedArticles } from './test-fixtures';

/**
 * The engine highlights bodies and statements from its token sequences (seq-highlight.ts) and
 * counts facets through groups (facet-groups.ts); both must give what the plain ways give:
 * highlightRanges on each original text, and counting each hit's values one by one.
 */

let engine: SearchEngine;
const spellings = speakerSpellingsFrom(SPEAKERS);

beforeAll(() => {
  engine = new SearchEngine({ speakerSpellings: spellings });
  for (const a of seedArticles()) engine.add(a);
});

const QUERIES = [
  'سوريا',
  'لافروف',
  'Lavrov موسكو',
  '"وزير الخارجية"',
  'الإرهاب "مجلس الأمن"',
  'kind:quote',
  'روسيا -سوريا',
];

describe('search highlights', () => {
  it('equal highlightRanges on the original texts of every hit', () => {
    let checked = 0;
    for (const q of QUERIES) {
      const query = parseQuery(q);
      const terms = encodeQueryTerms(query.words, query.phrases, []);
      // words as the engine highlights them: with their cross-script spellings
      const words = [
        ...new Set(
          terms.words.flatMap((w) =>
            (engine as unknown as { variants: { of(t: string): readonly string[] } }).variants.of(w),
          ),
        ),
      ];
      const r = engine.search(q, { limit: 1000 });
      for (const h of r.hits) {
        const meta = [...engine.table.docs.values()].find(
          (d) => d.articleId === h.articleId && d.si === (h.statementIndex ?? -1),
        )!;
        const want = engine.table
          .parts(meta)
          .map(({ part, text }) => ({
            part,
            ranges: highlightRanges(
              text,
              { words, phrases: terms.phrases },
              part === 'body' ? 10 : undefined,
            ),
          }))
          .filter((x) => x.ranges.length);
        expect(h.highlights, `${q} ${h.articleId}/${h.statementIndex}`).toEqual(want);
        checked += h.highlights.length;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('search facets', () => {
  it('equal counting the values of every match one by one', () => {
    for (const q of QUERIES) {
      const r = engine.search(q, { limit: 1000 });
      expect(r.hits.length).toBe(r.total);
      const speaker: Record<string, number> = {};
      const year: Record<string, number> = {};
      const type: Record<string, number> = {};
      for (const h of r.hits) {
        const meta = [...engine.table.docs.values()].find(
          (d) => d.articleId === h.articleId && d.si === (h.statementIndex ?? -1),
        )!;
        for (const s of meta.spk) speaker[s] = (speaker[s] ?? 0) + 1;
        if (meta.date) year[meta.date.slice(0, 4)] = (year[meta.date.slice(0, 4)] ?? 0) + 1;
        type[meta.type] = (type[meta.type] ?? 0) + 1;
      }
      expect(r.facets.speaker, q).toEqual(speaker);
      expect(r.facets.year, q).toEqual(year);
      expect(r.facets.type, q).toEqual(type);
    }
  });
});
