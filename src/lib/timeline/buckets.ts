/**
 * The aggregation index of the timeline, built once per set of points and lanes, and the queries
 * the view runs on every frame. Points are ranked by t0 once; each lane keeps, per precision, the
 * ranks and the t0/t1 of its points in sorted typed arrays, so a query is a binary search plus a
 * walk over what is in range, never a scan of everything. `visible` returns the points whose span
 * meets a range (culling); `density` counts them into d3-time calendar bins. A point is COUNTED in
 * the bin that holds its whole span (a day in its day, week, month and year; a month-precise
 * point in its month and year) and is SPANNING in every bin it only overlaps (a month-precise
 * point over the days and weeks of its month), so a month is never drawn as a fake 1st day.
 * Units, bins and the choice of unit live in units.ts (weeks start on Monday).
 */

import type { DatePrecision } from '../model/article';
import type { TimelinePoint } from './points';
import type { Lane } from './lanes';
import { laneKey } from './lanes';
import { DAY_MS } from './dates';
import { binsOf, validRange } from './units';
import type { TimeUnit } from './units';

export type { TimeUnit } from './units';
export { chooseUnit, snapRange, UNIT_INTERVALS, UNIT_MS, MAX_BINS } from './units';

const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];

interface Group {
  rank: Uint32Array;
  t0: Float64Array;
  t1: Float64Array;
  /** Longest span in the group (t1 - t0), to find points that started before a range. */
  maxSpan: number;
}

interface LaneIndex {
  groups: Group[];
  count: number;
}

export interface TimelineIndex {
  /** The points in t0 order (rank → point); only points of the given lanes. */
  readonly sorted: readonly TimelinePoint[];
  readonly laneIds: readonly string[];
  readonly lanes: ReadonlyMap<string, LaneIndex>;
  readonly all: LaneIndex;
  /** [min t0, max t1] of the indexed points, or null when there are none. */
  readonly extent: [number, number] | null;
}

export interface DensityBin {
  t0: number;
  t1: number;
  /** Points whose whole span lies in the bin. */
  count: number;
  /** Points coarser than the bin that overlap it (drawn faint). */
  spanning: number;
  /** Per requested lane (same order as the `lanes` argument). */
  byLane?: number[];
  spanningByLane?: number[];
}

function makeGroup(ranks: number[], sorted: readonly TimelinePoint[]): Group {
  const n = ranks.length;
  const g: Group = {
    rank: Uint32Array.from(ranks),
    t0: new Float64Array(n),
    t1: new Float64Array(n),
    maxSpan: 0,
  };
  for (let i = 0; i < n; i++) {
    const p = sorted[ranks[i]];
    g.t0[i] = p.t0;
    g.t1[i] = p.t1;
    if (p.t1 - p.t0 > g.maxSpan) g.maxSpan = p.t1 - p.t0;
  }
  return g;
}

function makeLane(byPrecision: number[][], sorted: readonly TimelinePoint[]): LaneIndex {
  const groups = byPrecision.filter((r) => r.length).map((r) => makeGroup(r, sorted));
  return { groups, count: groups.reduce((n, g) => n + g.rank.length, 0) };
}

const DAY_BITS = 2 ** 22; // days + DAY_OFFSET must stay below this
const DAY_OFFSET = 2 ** 20; // days before 1970 (back to ~year -900)
const INDEX_BITS = 2 ** 21; // points per index for the packed sort

/**
 * Indices `keep` of `points` in (t0, index) order. Dates are whole UTC days, so t0 in days and
 * the index pack into one exact float and the engine's native numeric sort does the work (several
 * times faster than a comparator over objects); other inputs take the comparator.
 */
function sortByStart(points: readonly TimelinePoint[], keep: readonly number[]): Uint32Array {
  const n = keep.length;
  if (points.length < INDEX_BITS) {
    const packed = new Float64Array(n);
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const i = keep[k];
      const d = points[i].t0 / DAY_MS + DAY_OFFSET;
      ok = Number.isInteger(d) && d >= 0 && d < DAY_BITS;
      packed[k] = d * INDEX_BITS + i;
    }
    if (ok) {
      packed.sort();
      const order = new Uint32Array(n);
      for (let k = 0; k < n; k++) order[k] = packed[k] % INDEX_BITS;
      return order;
    }
  }
  return Uint32Array.from(keep).sort((a, b) => points[a].t0 - points[b].t0 || a - b);
}

/** Index `points` under `lanes` (their `by`); points of lanes not listed (hidden) are left out. */
export function buildIndex(points: readonly TimelinePoint[], lanes: readonly Lane[]): TimelineIndex {
  const by = lanes[0]?.by ?? 'speaker';
  const laneNo = new Map(lanes.map((l, i) => [l.id, i]));
  const keep: number[] = [];
  const laneOf: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const l = laneNo.get(laneKey(p, by));
    if (l === undefined || !(p.t1 > p.t0)) continue;
    keep.push(i);
    laneOf[i] = l;
  }
  const order = sortByStart(points, keep);
  const sorted = Array.from(order, (i) => points[i]);
  const pIdx = (p: DatePrecision) => PRECISIONS.indexOf(p);
  const perLane = lanes.map(() => PRECISIONS.map(() => [] as number[]));
  const allRanks = PRECISIONS.map(() => [] as number[]);
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < order.length; r++) {
    const p = points[order[r]];
    const k = Math.max(0, pIdx(p.precision));
    perLane[laneOf[order[r]]][k].push(r);
    allRanks[k].push(r);
    if (p.t0 < min) min = p.t0;
    if (p.t1 > max) max = p.t1;
  }
  return {
    sorted,
    laneIds: lanes.map((l) => l.id),
    lanes: new Map(lanes.map((l, i) => [l.id, makeLane(perLane[i], sorted)])),
    all: makeLane(allRanks, sorted),
    extent: sorted.length ? [min, max] : null,
  };
}

/** First index i with a[i] >= x. */
export function lowerBound(a: Float64Array, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Points (of `lane`, or of every indexed lane) whose span meets [from, to), in t0 order. */
export function visible(
  index: TimelineIndex,
  range: readonly [number, number],
  lane?: string,
): TimelinePoint[] {
  const li = lane === undefined ? index.all : index.lanes.get(lane);
  if (!li || !validRange(range)) return [];
  const [from, to] = range;
  const parts: Uint32Array[] = [];
  for (const g of li.groups) {
    const lo = lowerBound(g.t0, from - g.maxSpan);
    const hi = lowerBound(g.t0, to, lo);
    const out = new Uint32Array(hi - lo);
    let n = 0;
    for (let i = lo; i < hi; i++) if (g.t1[i] > from) out[n++] = g.rank[i];
    if (n) parts.push(out.subarray(0, n));
  }
  let ranks: Uint32Array;
  if (parts.length === 1) ranks = parts[0];
  else {
    ranks = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      ranks.set(p, offset);
      offset += p.length;
    }
    ranks.sort();
  }
  return Array.from(ranks, (r) => index.sorted[r]);
}

function accumulate(
  g: Group,
  starts: Float64Array,
  ends: Float64Array,
  count: Float64Array,
  spanning: Float64Array,
): void {
  const nb = starts.length;
  const lastEnd = ends[nb - 1];
  let j = 0;
  for (let i = lowerBound(g.t0, starts[0] - g.maxSpan); i < g.t0.length; i++) {
    const t0 = g.t0[i];
    const t1 = g.t1[i];
    if (t0 >= lastEnd) break;
    if (t1 <= starts[0]) continue;
    while (j < nb && t0 >= ends[j]) j++;
    if (t0 >= starts[0] && t1 <= ends[j]) {
      count[j]++;
      continue;
    }
    for (let k = t0 < starts[0] ? 0 : j; k < nb && starts[k] < t1; k++) spanning[k]++;
  }
}

/**
 * Counts per calendar bin of `unit` over `range`. Without `lanes`, over every indexed lane; with
 * `lanes`, over those lanes only, with per-lane counts in `byLane` / `spanningByLane`.
 */
export function density(
  index: TimelineIndex,
  range: readonly [number, number],
  unit: TimeUnit,
  lanes?: readonly string[],
): DensityBin[] {
  const { starts, ends } = binsOf(range, unit);
  const nb = starts.length;
  if (!nb) return [];
  const count = new Float64Array(nb);
  const spanning = new Float64Array(nb);
  const perLane: { count: Float64Array; spanning: Float64Array }[] = [];
  if (!lanes) for (const g of index.all.groups) accumulate(g, starts, ends, count, spanning);
  else
    for (const id of lanes) {
      const lc = { count: new Float64Array(nb), spanning: new Float64Array(nb) };
      perLane.push(lc);
      for (const g of index.lanes.get(id)?.groups ?? []) accumulate(g, starts, ends, lc.count, lc.spanning);
      for (let b = 0; b < nb; b++) {
        count[b] += lc.count[b];
        spanning[b] += lc.spanning[b];
      }
    }
  const bins: DensityBin[] = new Array(nb);
  for (let b = 0; b < nb; b++) {
    const bin: DensityBin = { t0: starts[b], t1: ends[b], count: count[b], spanning: spanning[b] };
    if (lanes) {
      bin.byLane = perLane.map((l) => l.count[b]);
      bin.spanningByLane = perLane.map((l) => l.spanning[b]);
    }
    bins[b] = bin;
  }
  return bins;
}
