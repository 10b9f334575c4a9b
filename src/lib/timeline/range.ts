/**
 * The visible range as the URL carries it: 'YYYY-MM-DD..YYYY-MM-DD', both days inclusive
 * ("2016-10-01..2016-10-31" is the whole of October 2016). Parsing also takes months and years
 * ('2016-03..2016-05', '2015..2016', whole periods) and a single period ('2016-10'). It never
 * throws: anything else — junk, impossible days, hostile or overlong strings — gives null, and
 * reversed bounds are swapped. Formatting rounds a zoomed domain out to whole days.
 */

import { utcDay, utcMonth, utcYear } from 'd3-time';
import { isoOf, utcFromParts } from './dates';

const PART = '(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?';
const RANGE = new RegExp(`^${PART}(?:\\.\\.${PART})?$`);
const MAX_LENGTH = 64;

/** [start, end) of the period written as year, year-month or year-month-day. */
function period(y?: string, m?: string, d?: string): [number, number] | null {
  if (y === undefined) return null;
  const t = utcFromParts(+y, m === undefined ? 1 : +m, d === undefined ? 1 : +d);
  if (t === null) return null;
  const iv = d !== undefined ? utcDay : m !== undefined ? utcMonth : utcYear;
  return [t, +iv.offset(new Date(t), 1)];
}

/** The domain [from, to) (ms, `to` exclusive) of a URL range, or null. */
export function parseRange(input: unknown): [number, number] | null {
  if (typeof input !== 'string' || input.length > MAX_LENGTH) return null;
  const m = RANGE.exec(input.trim());
  if (!m) return null;
  const a = period(m[1], m[2], m[3]);
  if (!a) return null;
  const b = m[4] === undefined ? a : period(m[4], m[5], m[6]);
  if (!b) return null;
  const from = Math.min(a[0], b[0]);
  const to = Math.max(a[1], b[1]);
  return [from, to];
}

/** The URL form of a domain: first and last day it touches (inclusive); '' for a junk domain. */
export function formatRange(domain: readonly [number, number]): string {
  const [a, b] = domain;
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return '';
  const first = utcDay.floor(new Date(a));
  const end = utcDay.ceil(new Date(b));
  const last = +end > +first ? utcDay.offset(end, -1) : first;
  if (!(first.getUTCFullYear() >= 1000 && last.getUTCFullYear() <= 9999)) return '';
  return `${isoOf(+first)}..${isoOf(+last)}`;
}
