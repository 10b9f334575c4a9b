import { describe, expect, it } from 'vitest';
import { buildIndex, timelinePoints } from '../lib/timeline';
import { seedArticles } from '../lib/timeline/test-fixtures';
import { laneOf, laneRows } from './timeline-lanes';
import { moveFocus, pointsByLane } from './timeline-keys';
import { wheelFactor } from './timeline-pointer';

const data = timelinePoints(seedArticles());
const lanes = laneRows(data.points, data.undated, { by: 'speaker' });
const index = buildIndex(data.points, lanes);
const byLane = pointsByLane(index, (p) => laneOf(p, 'speaker'));
const order = lanes.map((l) => l.id);
const all: [number, number] = [0, Date.UTC(2030, 0, 1)];

describe('keyboard movement', () => {
  it('starts at the first statement in view, moves along a lane in reading direction, and across lanes', () => {
    const first = moveFocus(byLane, order, null, 'right', false, all)!;
    expect(first.speaker).toBe(order[0]);
    const lane = byLane.get(first.speaker)!;
    const next = moveFocus(byLane, order, first.key, 'right', false, all)!;
    expect(next.key).toBe(lane[1]?.key ?? first.key);
    // In right-to-left, Left is later.
    expect(moveFocus(byLane, order, first.key, 'left', true, all)!.key).toBe(next.key);
    expect(moveFocus(byLane, order, first.key, 'left', false, all)!.key).toBe(first.key);
    const down = moveFocus(byLane, order, first.key, 'down', false, all)!;
    expect(down.speaker).not.toBe(first.speaker);
    // Lanes without dated statements are skipped.
    expect(['zakharova', 'syromolotov', 'bogdanov']).not.toContain(down.speaker);
  });

  it('zooms in on a wheel up and out on a wheel down, more strongly for a pinch', () => {
    expect(wheelFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false })).toBeGreaterThan(1);
    expect(wheelFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeLessThan(1);
    expect(wheelFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeGreaterThan(wheelFactor({ deltaY: -10, deltaMode: 0, ctrlKey: false }));
    expect(wheelFactor({ deltaY: -1e9, deltaMode: 0, ctrlKey: false })).toBe(wheelFactor({ deltaY: -300, deltaMode: 0, ctrlKey: false }));
  });
});
