import { describe, expect, it } from 'vitest';
import { serialize } from 'node:v8';
import { packTimelineData, unpackTimelineData } from './data-codec';
import { timelinePoints } from './points';
import { makeArticle, seedArticles } from './test-fixtures';

const library = () => [
  ...seedArticles(),
  makeArticle({
    id: 'm',
    date: '2017-03',
    precision: 'month',
    statements: [{ speaker: 'lavrov', text: 'نص' }],
  }),
  makeArticle({ id: 'u', date: null, statements: [{ speaker: 'putin', text: 'بلا تاريخ' }] }),
];

describe('timeline data as the worker sends it', () => {
  it('reads back exactly as built, under every filter (points, undated items with open windows, names)', () => {
    for (const opts of [
      {},
      { officialsOnly: false, aboutSyriaOnly: false },
      { speakers: new Set(['putin']) },
    ]) {
      const data = {
        ...timelinePoints(library(), opts),
        names: { putin: { en: 'Vladimir Putin', ar: 'فلاديمير بوتين' } },
      };
      expect(data.points.length + data.undated.length).toBeGreaterThan(0);
      const back = unpackTimelineData(structuredClone(packTimelineData(data)));
      expect(back).toEqual(data);
    }
    const all = timelinePoints(library(), { officialsOnly: false, aboutSyriaOnly: false });
    expect(all.undated.some((u) => u.window[0] === null || u.window[1] === null)).toBe(true);
    expect(all.points.some((p) => p.precision === 'month')).toBe(true);
    expect(all.points.some((p) => p.role === null || p.institution === null || p.outlet === null)).toBe(true);
  });

  it('sends each repeated string once: much less to clone than the objects', () => {
    const many = Array.from({ length: 200 }, (_, k) =>
      makeArticle({
        id: `a${k}`,
        date: '2016-10-11',
        statements: [{ speaker: 'putin' }, { speaker: 'lavrov' }, { speaker: 'putin' }],
      }),
    );
    const data = timelinePoints(many, { officialsOnly: false, aboutSyriaOnly: false });
    expect(data.points).toHaveLength(600);
    const packed = packTimelineData(data);
    expect(packed.strings.filter((s) => s === 'Vladimir Putin')).toHaveLength(1);
    expect(serialize(packed).length).toBeLessThan(serialize(data).length / 2);
    expect(unpackTimelineData(packed)).toEqual(data);
  });
});
