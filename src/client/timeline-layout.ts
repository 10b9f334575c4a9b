/**
 * Where the timeline's marks go, as plain numbers (no DOM), so drawing, hit-testing, the
 * focusable mark buttons and the tests share one layout. Coarse zoom: per-lane counts in the
 * calendar unit lib/timeline's chooseUnit picks (density over the index, never a scan of every
 * point). Fine zoom: the visible points of each lane (culled through the index); a day-precise
 * point is a dot in its day, statements of one lane and day fan out across the day when there is
 * room and otherwise form a stack with a count; a month- or year-precise point is a span over
 * its whole period, never a dot on a made-up day. x is in CSS pixels of the plot (the scale is
 * reversed in right-to-left), y the middle of the lane's row.
 */
import {
  chooseUnit,
  density,
  DAY_MS,
  timeScale,
  visible,
  windowSpan,
  type TimeUnit,
  type TimelineIndex,
  type TimelinePoint,
  type UndatedItem,
} from '../lib/timeline';

export const LANE_HEIGHT = 30;
/** Least width of one dot when a day's statements fan out. */
const FAN_PX = 7;

export type Mark =
  | { kind: 'point'; lane: number; x: number; y: number; r: number; point: TimelinePoint }
  | { kind: 'span'; lane: number; x0: number; x1: number; y: number; point: TimelinePoint }
  | { kind: 'stack'; lane: number; x0: number; x1: number; y: number; t0: number; t1: number; points: TimelinePoint[] }
  | { kind: 'bin'; lane: number; x0: number; x1: number; y: number; t0: number; t1: number; count: number; spanning: number };

export interface WindowMark {
  lane: number;
  x0: number;
  x1: number;
  y: number;
  /** Key of the undated item, and whether the window runs on past the domain (faded end). */
  key: string;
  fadeStart: boolean;
  fadeEnd: boolean;
}

export interface LayoutInput {
  index: TimelineIndex;
  laneIds: readonly string[];
  domain: readonly [number, number];
  width: number;
  rtl: boolean;
  laneHeight?: number;
}

export interface Layout {
  unit: TimeUnit | null;
  marks: Mark[];
  /** The highest count of one lane's bin (for the strength of the bars). */
  maxCount: number;
}

const laneY = (lane: number, h: number) => lane * h + h / 2;

/** Marks of the view (see the module note). */
export function layoutMarks(input: LayoutInput): Layout {
  const { index, laneIds, domain, width, rtl } = input;
  const h = input.laneHeight ?? LANE_HEIGHT;
  const marks: Mark[] = [];
  if (!(width > 0) || !(domain[1] > domain[0])) return { unit: null, marks, maxCount: 0 };
  const x = timeScale(domain, width, rtl);
  const px = (t: number) => x(new Date(t));
  const unit = chooseUnit((domain[1] - domain[0]) / width);
  let maxCount = 0;
  if (unit) {
    const bins = density(index, domain, unit, laneIds);
    for (const b of bins) {
      const a = px(b.t0);
      const c = px(b.t1);
      for (let l = 0; l < laneIds.length; l++) {
        const count = b.byLane![l];
        const spanning = b.spanningByLane![l];
        if (!count && !spanning) continue;
        if (count > maxCount) maxCount = count;
        marks.push({ kind: 'bin', lane: l, x0: Math.min(a, c), x1: Math.max(a, c), y: laneY(l, h), t0: b.t0, t1: b.t1, count, spanning });
      }
    }
    return { unit, marks, maxCount };
  }
  for (let l = 0; l < laneIds.length; l++) {
    const y = laneY(l, h);
    const days = new Map<number, TimelinePoint[]>();
    for (const p of visible(index, domain, laneIds[l])) {
      if (p.precision === 'day' && p.t1 - p.t0 <= DAY_MS) {
        const g = days.get(p.t0);
        if (g) g.push(p);
        else days.set(p.t0, [p]);
      } else {
        const a = px(p.t0);
        const c = px(p.t1);
        marks.push({ kind: 'span', lane: l, x0: Math.min(a, c), x1: Math.max(a, c), y, point: p });
      }
    }
    for (const [t0, group] of days) {
      const a = px(t0);
      const c = px(t0 + DAY_MS);
      const left = Math.min(a, c);
      const cell = Math.abs(c - a);
      if (group.length === 1 || group.length * FAN_PX <= cell - 2) {
        const step = cell / group.length;
        const r = Math.max(2.5, Math.min(5, step / 2 - 1));
        group.forEach((p, i) => {
          // In time order along the reading direction (the first statement at the day's start).
          const k = rtl ? group.length - 1 - i : i;
          marks.push({ kind: 'point', lane: l, x: left + (k + 0.5) * step, y, r, point: p });
        });
      } else marks.push({ kind: 'stack', lane: l, x0: left, x1: left + cell, y, t0, t1: t0 + DAY_MS, points: group });
    }
  }
  return { unit, marks, maxCount };
}

/** The faint spans of the undated items' date windows, in their lanes. */
export function windowMarks(
  items: readonly UndatedItem[],
  laneOfItem: (u: UndatedItem) => number,
  domain: readonly [number, number],
  width: number,
  rtl: boolean,
  laneHeight = LANE_HEIGHT,
): WindowMark[] {
  const out: WindowMark[] = [];
  const seen = new Set<string>();
  const x = timeScale(domain, width, rtl);
  for (const u of items) {
    const lane = laneOfItem(u);
    if (lane < 0) continue;
    const s = windowSpan(u.window, domain);
    if (!s) continue;
    // Statements of one article share a window: one span per lane and window is enough to draw.
    const id = `${lane}:${u.window[0]}:${u.window[1]}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const a = x(new Date(s.t0));
    const c = x(new Date(s.t1));
    out.push({
      lane,
      x0: Math.min(a, c),
      x1: Math.max(a, c),
      y: laneY(lane, laneHeight),
      key: u.key,
      fadeStart: rtl ? s.continuesAfter : s.continuesBefore,
      fadeEnd: rtl ? s.continuesBefore : s.continuesAfter,
    });
  }
  return out;
}

/** Horizontal extent of a mark. */
export function markBounds(m: Mark): [number, number] {
  return m.kind === 'point' ? [m.x - m.r, m.x + m.r] : [m.x0, m.x1];
}

/** The mark under (x, y): points first (nearest within a few pixels), then stacks, spans and bins. */
export function hitTest(marks: readonly Mark[], x: number, y: number, laneHeight = LANE_HEIGHT, slop = 4): Mark | null {
  const lane = Math.floor(y / laneHeight);
  let best: Mark | null = null;
  let bestD = Infinity;
  for (const m of marks) {
    if (m.lane !== lane) continue;
    const [a, b] = markBounds(m);
    if (x < a - slop || x > b + slop) continue;
    const d = m.kind === 'point' ? Math.abs(m.x - x) : m.kind === 'span' ? (b - a) / 2 + 100 : 50;
    if (d < bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

/** A mark's key: the point key, or the lane and period of an aggregate. */
export function markKey(m: Mark): string {
  return m.kind === 'point' || m.kind === 'span' ? m.point.key : `${m.kind}:${m.lane}:${m.t0}`;
}
