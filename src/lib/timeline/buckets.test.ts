import { describe, expect, it } from 'vitest';
import { buildIndex, chooseUnit, density, snapRange, visible } from './buckets';
import type { TimeUnit } from './buckets';
import { assignLanes } from './lanes';
import { spanOf } from './dates';
import type { DatePrecision } from '../model/article';
import type { TimelinePoint } from './points';
import { timelinePoints } from './points';
import { makeArticle, seedArticles } from './test-fixtures';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;

function point(
  key: string,
  iso: [number, number, number],
  precision: DatePrecision = 'day',
  speaker = 'lavrov',
): TimelinePoint {
  const [t0, t1] = spanOf(day(...iso), precision);
  return {
    key,
    articleId: key,
    statementIndex: 0,
    speaker,
    speakerId: speaker,
    speakerNameEn: speaker,
    role: null,
    russianOfficial: true,
    institution: speaker === 'shoigu' ? 'mod' : 'mfa',
    outlet: 'X',
    language: 'ar',
    kind: 'reported',
    aboutSyria: true,
    firstWords: key,
    t0,
    t1,
    precision,
  };
}

function indexOf(points: TimelinePoint[]) {
  return buildIndex(points, assignLanes(points, { by: 'speaker' }));
}

const nonEmpty = (bins: { t0: number; count: number; spanning: number }[]) =>
  bins
    .filter((b) => b.count || b.spanning)
    .map((b) => [new Date(b.t0).toISOString().slice(0, 10), b.count, b.spanning]);

describe('density', () => {
  const pts = [
    point('a', [2015, 12, 31]),
    point('b', [2016, 1, 1]),
    point('c', [2016, 1, 31]),
    point('d', [2016, 2, 1]),
    point('sun', [2016, 10, 9]),
    point('mon', [2016, 10, 10]),
    point('sun2', [2016, 10, 16]),
  ];
  const idx = indexOf(pts);
  const all: [number, number] = [day(2015, 1, 1), day(2017, 1, 1)];

  it('counts per day, week, month and year across boundaries', () => {
    expect(nonEmpty(density(idx, [day(2015, 12, 30), day(2016, 1, 3)], 'day'))).toEqual([
      ['2015-12-31', 1, 0],
      ['2016-01-01', 1, 0],
    ]);
    expect(nonEmpty(density(idx, [day(2016, 10, 1), day(2016, 11, 1)], 'week'))).toEqual([
      ['2016-10-03', 1, 0], // Sunday 9 Oct closes the week of Monday 3 Oct
      ['2016-10-10', 2, 0], // Monday 10 to Sunday 16
    ]);
    expect(nonEmpty(density(idx, all, 'month'))).toEqual([
      ['2015-12-01', 1, 0],
      ['2016-01-01', 2, 0],
      ['2016-02-01', 1, 0],
      ['2016-10-01', 3, 0],
    ]);
    expect(nonEmpty(density(idx, all, 'year'))).toEqual([
      ['2015-01-01', 1, 0],
      ['2016-01-01', 6, 0],
    ]);
  });

  it('makes calendar bins from d3-time (months of 31, 29 days; weeks from Monday)', () => {
    const m = density(idx, [day(2016, 1, 15), day(2016, 3, 2)], 'month');
    expect(m.map((b) => (b.t1 - b.t0) / DAY)).toEqual([31, 29, 31]);
    const w = density(idx, [day(2016, 10, 12), day(2016, 10, 13)], 'week');
    expect(w).toHaveLength(1);
    expect(new Date(w[0].t0).getUTCDay()).toBe(1);
  });

  it('counts a month-precise point in its month, never on a fake day', () => {
    const idx2 = indexOf([point('m', [2016, 3, 1], 'month'), point('d', [2016, 3, 1])]);
    const days = density(idx2, [day(2016, 2, 28), day(2016, 4, 3)], 'day');
    const first = days.find((b) => b.t0 === day(2016, 3, 1))!;
    expect([first.count, first.spanning]).toEqual([1, 1]); // the day point counts; the month only spans
    expect(days.reduce((n, b) => n + b.count, 0)).toBe(1);
    expect(days.filter((b) => b.spanning).length).toBe(31);
    expect(days.find((b) => b.t0 === day(2016, 4, 1))!.spanning).toBe(0);
    const weeks = density(idx2, [day(2016, 3, 1), day(2016, 4, 1)], 'week');
    expect(weeks.reduce((n, b) => n + b.count, 0)).toBe(1);
    expect(weeks.every((b) => b.spanning === 1)).toBe(true);
    expect(nonEmpty(density(idx2, [day(2016, 1, 1), day(2016, 6, 1)], 'month'))).toEqual([
      ['2016-03-01', 2, 0],
    ]);
  });

  it('counts a year-precise point in its year and spans its months', () => {
    const idx3 = indexOf([point('y', [2016, 1, 1], 'year')]);
    expect(nonEmpty(density(idx3, [day(2015, 1, 1), day(2018, 1, 1)], 'year'))).toEqual([
      ['2016-01-01', 1, 0],
    ]);
    const months = density(idx3, [day(2016, 6, 1), day(2017, 2, 1)], 'month');
    expect(months.map((b) => b.spanning)).toEqual([1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it('splits counts by lane when asked, over those lanes only', () => {
    const mixed = [
      ...pts,
      point('s1', [2016, 1, 5], 'day', 'shoigu'),
      point('s2', [2016, 1, 6], 'day', 'shoigu'),
    ];
    const idx4 = indexOf(mixed);
    const bins = density(idx4, [day(2016, 1, 1), day(2016, 2, 1)], 'month', ['shoigu', 'lavrov']);
    expect(bins).toHaveLength(1);
    expect(bins[0]).toMatchObject({ count: 4, byLane: [2, 2], spanningByLane: [0, 0] });
    expect(density(idx4, [day(2016, 1, 1), day(2016, 2, 1)], 'month', ['shoigu'])[0].count).toBe(2);
  });

  it('returns nothing for junk ranges', () => {
    expect(density(idx, [day(2016, 2, 1), day(2016, 1, 1)], 'day')).toEqual([]);
    expect(density(idx, [NaN, day(2016, 1, 1)], 'day')).toEqual([]);
  });
});

describe('visible', () => {
  const pts = [
    point('d1', [2016, 3, 9]),
    point('m', [2016, 3, 1], 'month'),
    point('d2', [2016, 4, 2]),
    point('s', [2016, 3, 20], 'day', 'shoigu'),
  ];
  const idx = indexOf(pts);

  it('returns the points meeting the range in date order, a month that began before it included', () => {
    expect(visible(idx, [day(2016, 3, 15), day(2016, 4, 3)]).map((p) => p.key)).toEqual(['m', 's', 'd2']);
    expect(visible(idx, [day(2016, 3, 15), day(2016, 4, 3)], 'lavrov').map((p) => p.key)).toEqual([
      'm',
      'd2',
    ]);
    expect(visible(idx, [day(2016, 4, 1), day(2016, 4, 2)])).toEqual([]);
    expect(visible(idx, [day(2016, 3, 1), day(2016, 3, 2)], 'nobody')).toEqual([]);
  });

  it('orders points that do not start at midnight too', () => {
    const odd = [
      point('late', [2016, 3, 9]),
      { ...point('noon', [2016, 3, 9]), t0: day(2016, 3, 9) - 43_200_000 },
      point('early', [2016, 3, 2]),
    ];
    expect(visible(indexOf(odd), [day(2016, 1, 1), day(2017, 1, 1)]).map((p) => p.key)).toEqual([
      'early',
      'noon',
      'late',
    ]);
  });

  it('leaves hidden lanes out of the index', () => {
    const lanes = assignLanes(pts, { by: 'speaker', hidden: new Set(['shoigu']) });
    const idx2 = buildIndex(pts, lanes);
    expect(visible(idx2, [day(2016, 1, 1), day(2017, 1, 1)]).map((p) => p.key)).toEqual(['m', 'd1', 'd2']);
    expect(idx2.extent).toEqual([day(2016, 3, 1), day(2016, 4, 3)]);
  });

  it('works on the seed library', () => {
    const { points } = timelinePoints([
      ...seedArticles(),
      makeArticle({ id: 'z', date: '2015-10-14', statements: [{ speaker: 'putin' }] }),
    ]);
    const idx3 = buildIndex(points, assignLanes(points, { by: 'institution' }));
    expect(visible(idx3, [day(2015, 10, 13), day(2015, 10, 14)], 'kremlin').map((p) => p.key)).toEqual([
      'elaph-putin:0',
      'elaph-putin:1',
    ]);
    expect(nonEmpty(density(idx3, [day(2015, 1, 1), day(2017, 1, 1)], 'year'))).toEqual([
      ['2015-01-01', 4, 0],
      ['2016-01-01', 5, 0],
    ]);
  });
});

describe('index against brute force', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const precisions: DatePrecision[] = ['day', 'day', 'day', 'month', 'year'];
  const speakers = ['lavrov', 'shoigu', 'putin'];
  const pts = Array.from({ length: 3000 }, (_, i) =>
    point(
      `p${i}`,
      [2012 + Math.floor(rnd() * 6), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)],
      precisions[Math.floor(rnd() * 5)],
      speakers[i % 3],
    ),
  );
  const idx = indexOf(pts);

  it('visible and density agree with a plain scan', () => {
    for (let q = 0; q < 40; q++) {
      const a = day(2011, 6, 1) + rnd() * 7 * 365 * DAY;
      const b = a + rnd() * 400 * DAY + 1;
      const lane = q % 4 === 3 ? undefined : speakers[q % 4];
      const want = pts
        .filter((p) => p.t1 > a && p.t0 < b && (!lane || p.speaker === lane))
        .map((p) => p.key)
        .sort();
      expect(
        visible(idx, [a, b], lane)
          .map((p) => p.key)
          .sort(),
      ).toEqual(want);
      const unit = (['day', 'week', 'month', 'year'] as TimeUnit[])[q % 4];
      for (const bin of density(idx, [a, b], unit, lane ? [lane] : undefined)) {
        const mine = pts.filter((p) => !lane || p.speaker === lane);
        const inside = mine.filter((p) => p.t0 >= bin.t0 && p.t1 <= bin.t1).length;
        const over = mine.filter((p) => p.t0 < bin.t1 && p.t1 > bin.t0).length - inside;
        expect([bin.count, bin.spanning]).toEqual([inside, over]);
      }
    }
  });
});

describe('chooseUnit and snapRange', () => {
  it('draws single marks while a day is wide, then aggregates ever coarser', () => {
    expect(chooseUnit(DAY / 20)).toBeNull();
    expect(chooseUnit(DAY / 6)).toBe('day');
    expect(chooseUnit(DAY)).toBe('week');
    expect(chooseUnit(5 * DAY)).toBe('month');
    expect(chooseUnit(30 * DAY)).toBe('year');
    expect(chooseUnit(-1)).toBeNull();
  });

  it('snaps a brush to whole bins', () => {
    expect(snapRange([day(2016, 3, 9) + 5, day(2016, 5, 2)], 'month')).toEqual([
      day(2016, 3, 1),
      day(2016, 6, 1),
    ]);
    expect(snapRange([day(2016, 10, 12), day(2016, 10, 13)], 'week')).toEqual([
      day(2016, 10, 10),
      day(2016, 10, 17),
    ]);
    expect(snapRange([5, 1], 'day')).toBeNull();
  });
});
