import { describe, expect, it } from 'vitest';
import { NONE, firstWordsOf, timelinePoints, windowSpan } from './points';
import { makeArticle, seedArticles } from './test-fixtures';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;

describe('timelinePoints', () => {
  const { points, undated } = timelinePoints(seedArticles());
  const byKey = new Map(points.map((p) => [p.key, p]));

  it('makes a day-precise point one day long', () => {
    const putin = byKey.get('elaph-putin:0')!;
    expect(putin).toMatchObject({
      articleId: 'elaph-putin',
      statementIndex: 0,
      speaker: 'putin',
      institution: 'kremlin',
    });
    expect(putin.precision).toBe('day');
    expect([putin.t0, putin.t1]).toEqual([day(2015, 10, 13), day(2015, 10, 14)]);
    expect(byKey.get('rt-antonov:1')!.t0).toBe(day(2016, 10, 11));
    expect(putin.firstWords).toBe('بوتين: لا نسعى للزعامة في سوريا، بل إلى التسوية');
  });

  it('draws a month-precise date as the whole month, a statement date inside it as a day', () => {
    const month = byKey.get('tass-lavrov-month:0')!;
    expect(month.precision).toBe('month');
    expect([month.t0, month.t1]).toEqual([day(2016, 3, 1), day(2016, 4, 1)]);
    const own = byKey.get('tass-lavrov-month:1')!;
    expect(own.precision).toBe('day');
    expect([own.t0, own.t1]).toEqual([day(2016, 3, 9), day(2016, 3, 10)]);
  });

  it('an undated statement with its own window ("أمس الأول") sits in the tray with that window', () => {
    const a = makeArticle({ id: 'w', date: null, window: ['2016-03-27', null], statements: [{ speaker: 'bogdanov' }, { speaker: 'bogdanov' }] });
    const statements = a.statements.map((s, i) => (i === 0 ? { ...s, dateWindow: ['2016-03-25', null] as [string, null] } : s));
    const { undated: u } = timelinePoints([{ ...a, statements }]);
    expect(u.map((x) => x.windowIso)).toEqual([
      ['2016-03-25', null],
      ['2016-03-27', null],
    ]);
    expect(u[0].window[0]).toBe(day(2016, 3, 25));
  });

  it('draws a year-precise date as the whole (leap) year', () => {
    const a = makeArticle({
      id: 'y',
      date: '2016-01-01',
      precision: 'year',
      statements: [{ speaker: 'lavrov' }],
    });
    const [p] = timelinePoints([a]).points;
    expect(p.t1 - p.t0).toBe(366 * DAY);
    expect(p.t0).toBe(day(2016, 1, 1));
  });

  it('keeps Russian officials only and statements about Syria by default', () => {
    expect(byKey.has('elaph-putin:3')).toBe(false);
    const all = timelinePoints(seedArticles(), { officialsOnly: false }).points;
    expect(all.find((p) => p.key === 'elaph-putin:3')?.speakerNameEn).toBe('Steve Warren');
    const off = makeArticle({
      id: 'o',
      date: '2016-05-05',
      statements: [{ speaker: 'lavrov', aboutSyria: false }],
    });
    expect(timelinePoints([off]).points).toHaveLength(0);
    expect(timelinePoints([off], { aboutSyriaOnly: false }).points).toHaveLength(1);
  });

  it('puts undated statements in the tray with the article window (Zakharova, Syromolotov, Bogdanov)', () => {
    expect(points.some((p) => p.articleId === 'rt-zakharova')).toBe(false);
    const z = undated.filter((u) => u.articleId === 'rt-zakharova');
    expect(z.map((u) => u.speaker)).toEqual(['moscow', 'ru-mfa', 'zakharova', 'zakharova']);
    expect(z[2].window).toEqual([day(2015, 9, 30), null]);
    expect(z[2].windowIso).toEqual(['2015-09-30', null]);
    const s = undated.filter((u) => u.articleId === 'sana-syromolotov');
    expect(s.map((u) => u.speaker)).toEqual(['syromolotov', 'syromolotov', 'bogdanov']);
    expect(s[2].window).toEqual([day(2016, 3, 27), null]);
    expect(s[2].outlet).toBe('SANA');
  });

  it('makes a closed window end after its last day and leaves junk bounds open', () => {
    const a = makeArticle({
      id: 'w',
      date: null,
      window: ['2016-03-27', '2016-03-31'],
      statements: [{ speaker: 'lavrov' }],
    });
    expect(timelinePoints([a]).undated[0].window).toEqual([day(2016, 3, 27), day(2016, 4, 1)]);
    const b = makeArticle({
      id: 'j',
      date: null,
      window: ['2016-02-30', 'soon'],
      statements: [{ speaker: 'lavrov' }],
    });
    expect(timelinePoints([b]).undated[0].window).toEqual([null, null]);
    const c = makeArticle({ id: 'n', date: null, window: null, statements: [{ speaker: 'lavrov' }] });
    expect(timelinePoints([c]).undated[0].windowIso).toEqual([null, null]);
  });

  it('treats an unreadable date as undated and never throws on missing parts', () => {
    const a = makeArticle({ id: 'bad', date: '2016-13-45', statements: [{ speaker: 'lavrov' }] });
    const r = timelinePoints([a, { ...a, id: 'empty', statements: undefined } as never]);
    expect(r.points).toHaveLength(0);
    expect(r.undated).toHaveLength(1);
  });

  it('filters by speaker, institution, outlet, language and kind', () => {
    const arts = seedArticles();
    const keys = (o: Parameters<typeof timelinePoints>[1]) =>
      timelinePoints(arts, o)
        .points.map((p) => p.key)
        .sort();
    expect(keys({ speakers: new Set(['antonov']) })).toEqual(['rt-antonov:1', 'rt-antonov:2']);
    expect(keys({ institutions: new Set(['kremlin']) })).toEqual(['elaph-putin:0', 'elaph-putin:1']);
    expect(keys({ outlets: new Set(['TASS']) })).toEqual(['tass-lavrov-month:0', 'tass-lavrov-month:1']);
    expect(keys({ languages: new Set(['ru' as const]) })).toEqual([
      'tass-lavrov-month:0',
      'tass-lavrov-month:1',
    ]);
    expect(keys({ kinds: new Set(['headline' as const]) })).toEqual(['rt-antonov:0']);
    expect(keys({ speakers: new Set() })).toHaveLength(8);
    const noInst = timelinePoints(arts, { institutions: new Set([NONE]) }).undated.map((u) => u.speaker);
    expect(noInst).toEqual(['moscow']);
  });

  it('lets a search narrow the points by statement key or article id; an empty match passes nothing', () => {
    const arts = seedArticles();
    const r = timelinePoints(arts, { allowedKeys: new Set(['elaph-putin:1', 'rt-antonov']) });
    expect(r.points.map((p) => p.key)).toEqual([
      'elaph-putin:1',
      'rt-antonov:0',
      'rt-antonov:1',
      'rt-antonov:2',
    ]);
    const none = timelinePoints(arts, { allowedKeys: new Set() });
    expect(none.points.length + none.undated.length).toBe(0);
  });
});

describe('firstWordsOf', () => {
  it('keeps the first words and marks a cut', () => {
    expect(firstWordsOf('  a  b\nc  ')).toBe('a b c');
    expect(firstWordsOf('one two three four', 2)).toBe('one two…');
    expect(firstWordsOf('x'.repeat(300)).length).toBeLessThanOrEqual(121);
  });
});

describe('windowSpan', () => {
  const domain: [number, number] = [day(2016, 1, 1), day(2017, 1, 1)];
  it('runs an open window to the edge of the view and flags it', () => {
    expect(windowSpan([day(2015, 9, 30), null], domain)).toEqual({
      t0: domain[0],
      t1: domain[1],
      continuesBefore: true,
      continuesAfter: true,
    });
    expect(windowSpan([day(2016, 3, 27), null], domain)).toMatchObject({
      t0: day(2016, 3, 27),
      continuesBefore: false,
    });
  });
  it('gives null without a window or outside the view', () => {
    expect(windowSpan([null, null], domain)).toBeNull();
    expect(windowSpan([day(2018, 1, 1), null], domain)).toBeNull();
    expect(windowSpan([null, day(2015, 1, 1)], domain)).toBeNull();
  });
});
