/**
 * dateFromUrl: a publication date written into an article's URL — /2016/10/11/, /2016/10/11-slug,
 * /20161011/, -20161011-, /2016-10-11-slug, /2016_10_11, ?date=2016-10-11 — or, failing that, a
 * month (/2016/10/slug). Only real calendar dates between 1995 and next year count, so numeric
 * article ids are not mistaken for dates.
 */

import type { DatePrecision } from '../../model/article';
import { isValidYmd, isoOf } from './calendar';

const PATTERNS: Array<{ re: RegExp; precision: DatePrecision }> = [
  { re: /[?&](?:date|d|pubdate|published|day)=(\d{4})-?(\d{2})-?(\d{2})(?![\d])/i, precision: 'day' },
  { re: /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=[/\-_.?#]|$)/, precision: 'day' },
  { re: /(?:^|[/\-_])(\d{4})[-_](\d{2})[-_](\d{2})(?=[/\-_.?#]|$)/, precision: 'day' },
  { re: /(?:^|[/\-_])(\d{4})(\d{2})(\d{2})(?=[/\-_.?#]|$)/, precision: 'day' },
  { re: /\/(\d{4})\/(\d{1,2})\/(?!\d)/, precision: 'month' },
];

export function dateFromUrl(url: string): { date: string; precision: DatePrecision; evidence: string } | null {
  if (!url) return null;
  let path = url;
  try {
    path = decodeURI(url);
  } catch {
    // keep as is
  }
  // Only the part after the host: a host never carries the date.
  path = path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '');
  const maxYear = new Date().getUTCFullYear() + 1;
  for (const { re, precision } of PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = precision === 'day' ? Number(m[3]) : 1;
    if (y < 1995 || y > maxYear || !isValidYmd(y, mo, d)) continue;
    const evidence = m[0].replace(/^[?&/\-_]/, '');
    return { date: isoOf(y, mo, d), precision, evidence };
  }
  return null;
}
