/**
 * parseMetaDate: a publication date from a metadata string (a <meta> tag, a JSON or CSV field).
 * Understands ISO 8601 (the date as written, no time-zone shift), compact 20161011, 2016/10/11,
 * 11.10.2016 and 11/10/2016 (day first unless impossible), RFC 2822 ("Tue, 11 Oct 2016 …"),
 * epoch seconds or milliseconds (UTC), and written dates in Arabic, English or Russian
 * (including Hijri dates), via the text finder.
 */

import type { DatePrecision } from '../../model/article';
import { isValidYmd, isoOf } from './calendar';
import { toAsciiDigits } from './digits';
import { findDateExpressions } from './expressions';
import { hijriToIso } from './hijri';

export interface MetaDate {
  date: string;
  precision: DatePrecision;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function day(y: number, m: number, d: number): MetaDate | null {
  if (y < MIN_YEAR || y > MAX_YEAR || !isValidYmd(y, m, d)) return null;
  return { date: isoOf(y, m, d), precision: 'day' };
}

function fromEpoch(n: number): MetaDate | null {
  const d = new Date(n);
  if (Number.isNaN(d.getTime())) return null;
  return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function parseMetaDate(raw: string): MetaDate | null {
  const s = toAsciiDigits(String(raw ?? '')).trim().replace(/^["']|["']$/g, '');
  if (!s) return null;
  let m: RegExpExecArray | null;

  if ((m = /^(\d{9,10})(?:\.\d+)?$/.exec(s))) return fromEpoch(Number(m[1]) * 1000);
  if ((m = /^(\d{12,13})$/.exec(s))) return fromEpoch(Number(m[1]));
  if ((m = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s))) {
    return day(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_,]|[+-]\d)/.exec(s))) {
    return day(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12) return null;
    return { date: isoOf(y, mo, 1), precision: 'month' };
  }
  if ((m = /^(\d{4})$/.exec(s))) {
    const y = Number(m[1]);
    return y < MIN_YEAR || y > MAX_YEAR ? null : { date: isoOf(y, 1, 1), precision: 'year' };
  }
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[T\s_,])/.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    return b > 12 && a <= 12 ? day(y, a, b) : day(y, b, a);
  }

  // RFC 2822 and written dates: the first complete date the finder sees.
  const exprs = findDateExpressions(s, 'other');
  for (const e of exprs) {
    if (e.year === null || e.month === null || e.day === null) continue;
    if (e.calendar === 'hijri') {
      const iso = hijriToIso(e.year, e.month, e.day);
      if (iso) return { date: iso, precision: 'day' };
      continue;
    }
    const r = day(e.year, e.month, e.day);
    if (r) return r;
  }
  for (const e of exprs) {
    if (e.year !== null && e.month !== null && e.calendar === 'gregorian' && e.year >= MIN_YEAR && e.year <= MAX_YEAR) {
      return { date: isoOf(e.year, e.month, 1), precision: 'month' };
    }
  }
  return null;
}
