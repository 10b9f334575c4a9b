/**
 * The calendar units the timeline aggregates into, as d3-time UTC intervals, and what follows
 * from them alone: the calendar bins covering a range, the unit to aggregate into at a zoom level,
 * and a brush snapped to whole bins. Weeks start on Monday (ISO 8601, d3's utcMonday), the
 * convention of Russian and most European calendars; Arabic calendars often start on Saturday,
 * but one rule for every UI language keeps counts comparable across languages.
 */

import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import type { CountableTimeInterval } from 'd3-time';
import { DAY_MS } from './dates';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export const UNIT_INTERVALS: Readonly<Record<TimeUnit, CountableTimeInterval>> = {
  day: utcDay,
  week: utcMonday,
  month: utcMonth,
  year: utcYear,
};

/** Average length of a unit in ms (for pixel maths only; bins use the calendar). */
export const UNIT_MS: Readonly<Record<TimeUnit, number>> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30.436875 * DAY_MS,
  year: 365.2425 * DAY_MS,
};

/** Bins a density query may return; a longer range is cut at its start + MAX_BINS units. */
export const MAX_BINS = 100_000;

/** True for a finite, non-empty [from, to). */
export const validRange = (r: readonly [number, number]) =>
  Number.isFinite(r[0]) && Number.isFinite(r[1]) && r[1] > r[0];

/** The calendar bins of `unit` covering [from, to) (at most MAX_BINS). */
export function binsOf(
  range: readonly [number, number],
  unit: TimeUnit,
): { starts: Float64Array; ends: Float64Array } {
  const iv = UNIT_INTERVALS[unit];
  if (!validRange(range)) return { starts: new Float64Array(0), ends: new Float64Array(0) };
  const first = iv.floor(new Date(range[0]));
  const stop = Math.min(range[1], +iv.offset(first, MAX_BINS));
  const dates = iv.range(first, new Date(stop));
  if (!dates.length || +dates[0] !== +first) dates.unshift(first);
  const starts = Float64Array.from(dates, Number);
  const ends = new Float64Array(starts.length);
  for (let i = 0; i < starts.length; i++)
    ends[i] = i + 1 < starts.length ? starts[i + 1] : +iv.offset(dates[i], 1);
  return { starts, ends };
}

/**
 * The unit marks aggregate into at `msPerPixel`: null while a day is at least `markPx` wide
 * (marks are drawn one by one), else the finest unit whose bins are at least `minBinPx` wide
 * ('year' when none is).
 */
export function chooseUnit(msPerPixel: number, markPx = 12, minBinPx = 4): TimeUnit | null {
  if (!(msPerPixel > 0)) return null;
  if (DAY_MS / msPerPixel >= markPx) return null;
  for (const u of ['day', 'week', 'month'] as const) if (UNIT_MS[u] / msPerPixel >= minBinPx) return u;
  return 'year';
}

/** `range` widened to whole bins of `unit` (a brush snapped to the density strip's bars). */
export function snapRange(range: readonly [number, number], unit: TimeUnit): [number, number] | null {
  if (!validRange(range)) return null;
  const iv = UNIT_INTERVALS[unit];
  return [+iv.floor(new Date(range[0])), +iv.ceil(new Date(range[1]))];
}
