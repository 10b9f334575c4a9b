/**
 * English date phrases on folded (lower-cased) text: "Tuesday, October 11, 2016", "Oct. 11",
 * "11 Oct 2016", "the 11th of October", "October 2016", weekday phrases ("on Tuesday",
 * "last Tuesday") and relative words (today, yesterday, the day before yesterday, tomorrow).
 */

import { EN_MONTHS } from './months';
import { EN_WEEKDAYS, EN_WEEKDAYS_SHORT } from './weekdays';
import { B, E, num, plausibleDayMonth, runPattern } from './patterns';
import type { Groups } from './patterns';
import type { TextGate } from '../text-gate';
import type { FoundExpr, RelativeDay } from './types';

const M = EN_MONTHS.source;
const WD = `(?:(?<wd>${EN_WEEKDAYS.source}|${EN_WEEKDAYS_SHORT.source})\\.?,?\\s+)`;
const YEAR = `(?:,?\\s+(?<year>\\d{4})(?!\\p{N}))?`;

const MONTH_DAY = new RegExp(
  `${B}${WD}?(?:the\\s+)?(?<mon>${M})(?![\\p{L}])\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\p{N})(?![\\p{L}])${YEAR}`,
  'gu',
);
const DAY_MONTH = new RegExp(
  `${B}${WD}?(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\p{N})\\s+(?:of\\s+)?(?<mon>${M})(?![\\p{L}])\\.?${YEAR}`,
  'gu',
);
const MONTH_YEAR = new RegExp(`${B}(?<mon>${M})(?![\\p{L}])\\.?,?\\s+(?:of\\s+)?(?<year>\\d{4})(?!\\p{N})`, 'gu');
const WEEKDAY_ONLY = new RegExp(
  `${B}(?:(?<pre>on|last|next|this coming|this past|this|coming)\\s+)?(?<wd>${EN_WEEKDAYS.source})${E}`,
  'gu',
);
const RELATIVE = new RegExp(`${B}(?<rel>the\\s+day\\s+before\\s+yesterday|yesterday|today|tomorrow)${E}`, 'gu');

function weekday(g: Groups): number | null {
  if (!g.wd) return null;
  return EN_WEEKDAYS.lookup(g.wd) ?? EN_WEEKDAYS_SHORT.lookup(g.wd);
}

function dated(g: Groups): Omit<FoundExpr, 'ns' | 'ne'> | null {
  const month = EN_MONTHS.lookup(g.mon ?? '');
  const day = num(g.day);
  let year = num(g.year);
  if (year !== null && (year < 1900 || year > 2100)) year = null;
  if (month === null || day === null || !plausibleDayMonth(day, month, year)) return null;
  return { year, month, day, weekday: weekday(g), calendar: 'gregorian', relative: null };
}

export function findEnglish(norm: string, out: FoundExpr[], gate?: TextGate): void {
  runPattern(norm, MONTH_DAY, dated, out, gate);
  runPattern(norm, DAY_MONTH, (g, m) => {
    // "5 may have…" is the modal verb: a bare "may" must not be followed by another word.
    if (g.mon === 'may' && !g.year && /^\s+[a-z]/.test(norm.slice(m.index + m[0].length))) return null;
    return dated(g);
  }, out, gate);
  runPattern(norm, MONTH_YEAR, (g) => {
    const month = EN_MONTHS.lookup(g.mon ?? '');
    const year = num(g.year);
    if (month === null || year === null || year < 1900 || year > 2100) return null;
    return { year, month, day: null, weekday: null, calendar: 'gregorian', relative: null };
  }, out, gate);
  runPattern(norm, WEEKDAY_ONLY, (g) => {
    const wd = weekday(g);
    if (wd === null) return null;
    let tense: 'past' | 'future' | null = null;
    if (g.pre === 'last' || g.pre === 'this past') tense = 'past';
    else if (g.pre === 'next' || g.pre === 'this coming' || g.pre === 'coming') tense = 'future';
    return { year: null, month: null, day: null, weekday: wd, calendar: 'gregorian', relative: null, tense };
  }, out, gate);
  runPattern(norm, RELATIVE, (g) => {
    const r = (g.rel ?? '').replace(/\s+/g, ' ');
    const relative: RelativeDay =
      r === 'yesterday' ? 'yesterday' : r === 'today' ? 'today' : r === 'tomorrow' ? 'tomorrow' : 'day-before-yesterday';
    return { year: null, month: null, day: null, weekday: null, calendar: 'gregorian', relative };
  }, out, gate);
}
