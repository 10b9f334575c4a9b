/**
 * Dates of the timeline: ISO day strings (YYYY-MM-DD) to UTC milliseconds and back, and the span
 * a date of a given precision covers. A day-precise date covers [day, next day), a month-precise
 * one the whole month, a year-precise one the whole year; the calendar steps are d3-time's UTC
 * intervals, never hand-made millisecond arithmetic. Parsing is strict and never throws: junk,
 * impossible days (2016-02-30) and years outside 1000–9999 give null.
 */

import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { CountableTimeInterval } from 'd3-time';
import type { DatePrecision } from '../model/article';

export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Start of the UTC day named by a strict ISO date, or null. */
export function parseIsoDay(iso: unknown): number | null {
  if (typeof iso !== 'string') return null;
  const m = ISO_DAY.exec(iso.trim());
  if (!m) return null;
  return utcFromParts(+m[1], +m[2], +m[3]);
}

/** Start of the UTC day y-m-d (m, d from 1), or null when the day does not exist. */
export function utcFromParts(y: number, m: number, d: number): number | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t : null;
}

/** The d3-time interval of a precision. */
export function intervalOf(precision: DatePrecision): CountableTimeInterval {
  return precision === 'year' ? utcYear : precision === 'month' ? utcMonth : utcDay;
}

/** [start, end) in ms of the period of `precision` that contains `t`. */
export function spanOf(t: number, precision: DatePrecision): [number, number] {
  const iv = intervalOf(precision);
  const start = iv.floor(new Date(t));
  return [+start, +iv.offset(start, 1)];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' for `t` at `precision` (UTC). */
export function isoOf(t: number, precision: DatePrecision = 'day'): string {
  const d = new Date(t);
  const y = pad(d.getUTCFullYear(), 4);
  if (precision === 'year') return y;
  const m = `${y}-${pad(d.getUTCMonth() + 1)}`;
  return precision === 'month' ? m : `${m}-${pad(d.getUTCDate())}`;
}
