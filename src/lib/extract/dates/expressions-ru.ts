/**
 * Russian date phrases on folded (lower-cased, ё→е) text: "11 октября 2016 года", "вторник,
 * 11 октября", "в октябре 2016 года", weekday phrases ("во вторник", "в прошлую среду") and
 * relative words (сегодня, вчера, позавчера, завтра, накануне).
 */

import { RU_MONTHS_GENITIVE, RU_MONTHS_OTHER } from './months';
import { RU_WEEKDAYS } from './weekdays';
import { B, E, num, plausibleDayMonth, runPattern } from './patterns';
import type { TextGate } from '../text-gate';
import type { FoundExpr, RelativeDay } from './types';

const YEAR_WORD = `(?:\\s*(?:года|году|год|г\\.?)(?![\\p{L}]))?`;
const FULL = new RegExp(
  `${B}(?:(?:в|во)\\s+)?(?:(?<wd>${RU_WEEKDAYS.source}),?\\s+)?(?<day>\\d{1,2})(?:-?(?:го|е))?(?!\\p{N})\\s+(?<mon>${RU_MONTHS_GENITIVE.source})(?![\\p{L}])\\.?(?:\\s+(?<year>\\d{4})(?!\\p{N})${YEAR_WORD})?`,
  'gu',
);
const MONTH_YEAR = new RegExp(
  `${B}(?<mon>${RU_MONTHS_OTHER.source}|${RU_MONTHS_GENITIVE.source})(?![\\p{L}])\\.?\\s+(?<year>\\d{4})(?!\\p{N})${YEAR_WORD}`,
  'gu',
);
const WEEKDAY_ONLY = new RegExp(
  `${B}(?:(?:в|во)\\s+(?:(?<adj>прошл\\p{L}*|минувш\\p{L}*|следующ\\p{L}*|ближайш\\p{L}*|эт\\p{L}*)\\s+)?)?(?<wd>${RU_WEEKDAYS.source})${E}`,
  'gu',
);
const RELATIVE = new RegExp(`${B}(?<rel>позавчера|вчера|сегодня|завтра|накануне)${E}`, 'gu');

export function findRussian(norm: string, out: FoundExpr[], gate?: TextGate): void {
  runPattern(norm, FULL, (g) => {
    const month = RU_MONTHS_GENITIVE.lookup(g.mon ?? '');
    const day = num(g.day);
    let year = num(g.year);
    if (year !== null && (year < 1900 || year > 2100)) year = null;
    if (month === null || day === null || !plausibleDayMonth(day, month, year)) return null;
    const weekday = g.wd ? RU_WEEKDAYS.lookup(g.wd) : null;
    return { year, month, day, weekday, calendar: 'gregorian', relative: null };
  }, out, gate);
  runPattern(norm, MONTH_YEAR, (g) => {
    const month = RU_MONTHS_OTHER.lookup(g.mon ?? '') ?? RU_MONTHS_GENITIVE.lookup(g.mon ?? '');
    const year = num(g.year);
    if (month === null || year === null || year < 1900 || year > 2100) return null;
    return { year, month, day: null, weekday: null, calendar: 'gregorian', relative: null };
  }, out, gate);
  runPattern(norm, WEEKDAY_ONLY, (g) => {
    const weekday = RU_WEEKDAYS.lookup(g.wd ?? '');
    if (weekday === null) return null;
    let tense: 'past' | 'future' | null = null;
    if (g.adj && /^(прошл|минувш)/.test(g.adj)) tense = 'past';
    else if (g.adj && /^(следующ|ближайш)/.test(g.adj)) tense = 'future';
    return { year: null, month: null, day: null, weekday, calendar: 'gregorian', relative: null, tense };
  }, out, gate);
  runPattern(norm, RELATIVE, (g) => {
    const map: Record<string, RelativeDay> = {
      позавчера: 'day-before-yesterday', вчера: 'yesterday', накануне: 'yesterday', сегодня: 'today', завтра: 'tomorrow',
    };
    const relative = map[g.rel ?? ''];
    if (!relative) return null;
    return { year: null, month: null, day: null, weekday: null, calendar: 'gregorian', relative };
  }, out, gate);
}
