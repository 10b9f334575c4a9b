import { describe, expect, it } from 'vitest';
import { buildIndex, DAY_MS, timelinePoints } from '../lib/timeline';
import { makeArticle, seedArticles } from '../lib/timeline/test-fixtures';
import { laneRows } from './timeline-lanes';
import { hitTest, LANE_HEIGHT, layoutMarks, windowMarks } from './timeline-layout';

const utc = (iso: string) => Date.parse(iso + 'T00:00:00Z');

function setup(articles = seedArticles()) {
  const data = timelinePoints(articles);
  const lanes = laneRows(data.points, data.undated, { by: 'speaker' });
  return { data, lanes, index: buildIndex(data.points, lanes), laneIds: lanes.map((l) => l.id) };
}

describe('timeline layout', () => {
  it('aggregates at coarse zoom into the unit chooseUnit picks, per lane', () => {
    const { index, laneIds } = setup();
    const l = layoutMarks({ index, laneIds, domain: [utc('2015-01-01'), utc('2017-01-01')], width: 800, rtl: false });
    expect(l.unit).not.toBeNull();
    expect(l.marks.every((m) => m.kind === 'bin')).toBe(true);
    const putin = l.marks.filter((m) => laneIds[m.lane] === 'putin');
    expect(putin.reduce((n, m) => n + (m.kind === 'bin' ? m.count : 0), 0)).toBe(2);
  });

  it('draws single marks at fine zoom: dots in their day, a month-precise date as a span over the month', () => {
    const { index, laneIds } = setup();
    const domain: [number, number] = [utc('2016-03-01'), utc('2016-04-01')];
    const l = layoutMarks({ index, laneIds, domain, width: 930, rtl: false });
    expect(l.unit).toBeNull();
    const lavrov = l.marks.filter((m) => laneIds[m.lane] === 'lavrov');
    const span = lavrov.find((m) => m.kind === 'span');
    const dot = lavrov.find((m) => m.kind === 'point');
    expect(span && span.kind === 'span' && [span.x0, span.x1]).toEqual([0, 930]);
    // The statement's own date (9 March) is a dot in the middle of its day.
    expect(dot && dot.kind === 'point' && Math.round(dot.x)).toBe(Math.round(8.5 * 30));
  });

  it('runs right to left when asked, and stacks a crowded day, fanning it out when there is room', () => {
    const many = makeArticle({ id: 'many', date: '2016-10-11', statements: Array.from({ length: 10 }, () => ({ speaker: 'antonov' })) });
    const { index, laneIds } = setup([many]);
    const month: [number, number] = [utc('2016-10-01'), utc('2016-11-01')];
    const ltr = layoutMarks({ index, laneIds, domain: month, width: 620, rtl: false });
    const rtl = layoutMarks({ index, laneIds, domain: month, width: 620, rtl: true });
    expect(ltr.marks).toHaveLength(1);
    const [a, b] = [ltr.marks[0], rtl.marks[0]];
    expect(a.kind === 'stack' && b.kind === 'stack').toBe(true);
    if (a.kind === 'stack' && b.kind === 'stack') {
      expect(a.x0).toBeCloseTo(200);
      expect(b.x1).toBeCloseTo(420);
    }
    const day = layoutMarks({ index, laneIds, domain: [utc('2016-10-11'), utc('2016-10-11') + DAY_MS], width: 500, rtl: false });
    expect(day.marks.filter((m) => m.kind === 'point')).toHaveLength(10);
  });

  it('hit-tests the mark under the pointer in its lane', () => {
    const { index, laneIds } = setup();
    const l = layoutMarks({ index, laneIds, domain: [utc('2016-03-01'), utc('2016-04-01')], width: 930, rtl: false });
    const lane = laneIds.indexOf('lavrov');
    const y = lane * LANE_HEIGHT + LANE_HEIGHT / 2;
    expect(hitTest(l.marks, 8.5 * 30 + 2, y)).toMatchObject({ kind: 'point' });
    expect(hitTest(l.marks, 600, y)).toMatchObject({ kind: 'span' });
    expect(hitTest(l.marks, 600, y + LANE_HEIGHT * 20)).toBeNull();
  });

  it('draws undated windows as spans in their lanes, open ends fading', () => {
    const { data, laneIds } = setup();
    const w = windowMarks(data.undated, (u) => laneIds.indexOf(u.speaker), [utc('2016-01-01'), utc('2017-01-01')], 366, false);
    const zak = w.find((m) => laneIds[m.lane] === 'zakharova')!;
    expect(zak).toMatchObject({ x0: 0, x1: 366, fadeStart: true, fadeEnd: true });
    const syro = w.find((m) => laneIds[m.lane] === 'syromolotov')!;
    expect(syro.x0).toBeCloseTo(86);
    expect(syro.fadeStart).toBe(false);
  });
});
