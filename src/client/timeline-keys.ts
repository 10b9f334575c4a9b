/**
 * Keyboard movement between statements: Left/Right to the previous or next statement of the same
 * lane in reading direction (in right-to-left, Left is later in time), Up/Down to the nearest
 * statement in time of the lane above or below (lanes without dated statements are skipped).
 * Pure over lib/timeline's index: the lanes' points are the index's t0-sorted points.
 */
import type { TimelineIndex, TimelinePoint } from '../lib/timeline';

export type Move = 'left' | 'right' | 'up' | 'down' | 'first';

/** Each lane's points in time order (built once per index). */
export function pointsByLane(index: TimelineIndex, laneOfPoint: (p: TimelinePoint) => string): Map<string, TimelinePoint[]> {
  const out = new Map<string, TimelinePoint[]>(index.laneIds.map((id) => [id, []]));
  for (const p of index.sorted) out.get(laneOfPoint(p))?.push(p);
  return out;
}

function nearest(list: readonly TimelinePoint[], t: number): TimelinePoint | null {
  let best: TimelinePoint | null = null;
  for (const p of list) if (!best || Math.abs(p.t0 - t) < Math.abs(best.t0 - t)) best = p;
  return best;
}

/**
 * The statement to focus after `move` from `current` (a point key, or null for none yet).
 * `domain` picks the first statement when nothing is focused: the earliest in view, in the first
 * lane that has one.
 */
export function moveFocus(
  lanes: ReadonlyMap<string, readonly TimelinePoint[]>,
  laneOrder: readonly string[],
  current: string | null,
  move: Move,
  rtl: boolean,
  domain: readonly [number, number],
): TimelinePoint | null {
  const order = laneOrder.filter((id) => (lanes.get(id)?.length ?? 0) > 0);
  let laneNo = -1;
  let pos = -1;
  if (current) {
    for (let l = 0; l < order.length && pos < 0; l++) {
      pos = lanes.get(order[l])!.findIndex((p) => p.key === current);
      if (pos >= 0) laneNo = l;
    }
  }
  if (pos < 0 || move === 'first') {
    for (const id of order) {
      const list = lanes.get(id)!;
      const inView = list.find((p) => p.t1 > domain[0] && p.t0 < domain[1]);
      if (inView) return inView;
    }
    return order.length ? lanes.get(order[0])![0] : null;
  }
  const list = lanes.get(order[laneNo])!;
  const here = list[pos];
  if (move === 'left' || move === 'right') {
    const later = (move === 'right') !== rtl;
    return list[Math.min(list.length - 1, Math.max(0, pos + (later ? 1 : -1)))];
  }
  const next = laneNo + (move === 'down' ? 1 : -1);
  if (next < 0 || next >= order.length) return here;
  return nearest(lanes.get(order[next])!, here.t0) ?? here;
}
