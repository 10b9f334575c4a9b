import { describe, expect, it } from 'vitest';
import { scoreAll, scoreDocument } from './eval-score';
import type { GoldFile, ScoredArticle } from './eval-score';

const gold: GoldFile = {
  speakers: {
    lavrov: { name_en: 'Sergey Lavrov', russian_official: true },
    kirby: { name_en: 'John Kirby', russian_official: false },
  },
  documents: [
    {
      file: 'a.txt',
      outlet: 'TASS',
      credited_source: null,
      headline: 'Lavrov: talks go on',
      date: null,
      date_window: ['2015-09-30', null],
      body_must_include: ['Lavrov said  the talks'],
      body_must_exclude: ['Follow us on Telegram'],
      statements: [
        { speaker: 'lavrov', anchor: 'the talks would go on', kind: 'reported' },
        { speaker: 'lavrov', anchor: 'we are ready', kind: 'quote' },
      ],
      non_russian_statements: [{ speaker: 'kirby', anchor: 'no comment', kind: 'reported' }],
      not_quotes: ['Islamic State'],
    },
  ],
};

const st = (
  nameEn: string,
  russianOfficial: boolean,
  kind: string,
  text: string,
  quote: string | null = null,
) => ({
  speaker: { nameEn, russianOfficial },
  kind,
  text,
  quote,
});

const good: ScoredArticle = {
  headline: 'Lavrov: talks go on',
  body: 'Lavrov said the talks would go on.\n\n"We are ready," he said.',
  date: null,
  dateWindow: ['2015-09-30', null],
  outlet: 'TASS',
  creditedSource: null,
  statements: [
    st('Sergey Lavrov', true, 'reported', 'Lavrov said the talks\u00a0would go on.'),
    st('Sergey Lavrov', true, 'quote', '"we are ready," he said.', 'we are ready'),
    st('John Kirby', false, 'reported', 'Kirby said no comment.'),
  ],
};

describe('eval scoring', () => {
  it('scores a perfect extraction as meeting every target', () => {
    const r = scoreAll(gold, () => good);
    expect(r.failures).toEqual([]);
    expect(r.totals.recall).toEqual({ hit: 3, total: 3 });
    expect(r.totals.precision).toEqual({ hit: 3, total: 3 });
    expect(r.totals.quotes).toEqual({ hit: 1, total: 1 });
  });

  it('counts misses: chrome in body, wrong window, wrong speaker, extra and Russian-marked statements', () => {
    const bad: ScoredArticle = {
      ...good,
      body: good.body + '\n\nFollow us on Telegram',
      dateWindow: ['2015-08-01', null],
      statements: [
        st('Maria Zakharova', true, 'reported', 'Lavrov said the talks would go on.'),
        st('Sergey Lavrov', true, 'reported', '"we are ready," he said.'),
        st('John Kirby', true, 'reported', 'Kirby said no comment.'),
        st('Sergey Lavrov', true, 'quote', 'the "Islamic State" group', 'Islamic State'),
      ],
    };
    const f = scoreDocument(gold, gold.documents[0], bad);
    expect(f.bodyExclude).toEqual({ hit: 0, total: 1 });
    expect(f.date).toBe(false);
    expect(f.recall).toEqual({ hit: 2, total: 3 });
    expect(f.quotes).toEqual({ hit: 0, total: 1 });
    expect(f.precision).toEqual({ hit: 3, total: 4 });
    expect(f.nonRussianAsRussian).toBe(1);
    expect(f.notQuotesAsQuotes).toBe(1);
    const r = scoreAll(gold, () => bad);
    expect(r.failures.some((x) => x.startsWith('recall'))).toBe(true);
    expect(r.failures.some((x) => x.startsWith('body exclude'))).toBe(true);
    expect(scoreAll(gold, () => null).failures).toContain('a.txt: no article');
  });
});
