/**
 * Arabic date phrases on folded text: "الثلاثاء 11 أكتوبر/تشرين الأول 2016", "14 تشرين الأول
 * (أكتوبر)", "في التاسع من سبتمبر", "10 محرم 1438 هـ", "أكتوبر 2016", weekday phrases
 * ("اليوم الثلاثاء", "يوم الثلاثاء", "والخميس") and relative words (اليوم، أمس، أمس الأول، أول
 * أمس، غداً). Month names of all systems come from months.ts; prefixes و/ب/في/ل are allowed.
 */

import { AR_GREGORIAN_MONTHS, HIJRI_MONTHS } from './months';
import { AR_ORDINAL_DAYS } from './ordinals';
import { AR_WEEKDAYS } from './weekdays';
import { AR_PFX, B, E, num, plausibleDayMonth, runPattern } from './patterns';
import type { Groups } from './patterns';
import type { FoundExpr, RelativeDay } from './types';

const G = AR_GREGORIAN_MONTHS.source;
const H = HIJRI_MONTHS.source;
const W = AR_WEEKDAYS.source;

const WD_PART = `(?:(?<today>اليوم)\\s+|(?:[وف]?ب?(?:يوم\\s+)?(?:ال)?)(?<yest>امس)\\s+|${AR_PFX}(?:في\\s+)?(?<yawm>يوم)\\s+|${AR_PFX})(?<wd>${W})${E}[\\s,،\\-]*`;
const DAY_PART = `(?:${AR_PFX}(?:في\\s+)?(?:ال)?(?<dnum>\\d{1,2})(?!\\p{N})(?:\\s+من)?|${AR_PFX}(?:في\\s+)?(?<dord>${AR_ORDINAL_DAYS.source})\\s+من)`;
const MONTH_PART = `(?:شهر\\s+)?(?:(?<gm>${G})|(?<hm>${H}))${E}`;
const PAIR_PART = `(?:\\s*(?:/|\\(|-|–)\\s*(?<pm>${G})${E}(?:\\s*\\))?)?`;
const YEAR_PART = `(?:\\s*[,،]?\\s*(?:من\\s+)?(?:عام|العام|لعام|سنة)?\\s*(?<year>\\d{4})(?!\\p{N})(?:\\s*(?<era>ه|م|ميلادية|ميلادي|للهجرة|هجرية|هجري)${E}\\.?)?)?`;

const FULL = new RegExp(`${B}(?:${WD_PART})?${DAY_PART}\\s*${MONTH_PART}${PAIR_PART}${YEAR_PART}`, 'gu');
const MONTH_YEAR = new RegExp(
  `${B}${AR_PFX}(?:شهر\\s+)?(?:(?<gm>${G})|(?<hm>${H}))${E}${PAIR_PART}\\s*[,،]?\\s*(?:من\\s+)?(?:عام|العام|لعام|سنة)?\\s*(?<year>\\d{4})(?!\\p{N})(?:\\s*(?<era>ه|م|ميلادية|ميلادي|للهجرة|هجرية|هجري)${E})?`,
  'gu',
);
const WEEKDAY_ONLY = new RegExp(`${B}${WD_PART.replace(/\[\\s,،\\-\]\*$/, '')}`, 'gu');
const RELATIVE = new RegExp(
  `${B}(?:${AR_PFX}(?:يوم\\s+|مساء\\s+|صباح\\s+|ظهر\\s+|ليل\\s+)?(?<rel>امس\\s+الاول|اول\\s+من\\s+امس|اول\\s+امس)|[وف]?ب?(?:يوم\\s+|مساء\\s+|صباح\\s+)?(?:ال)?(?<y>امس)|${AR_PFX}(?:يوم\\s+)?(?<today>اليوم)|[وف]?(?<tom>غدا|يوم\\s+الغد|بعد\\s+غد))${E}`,
  'gu',
);

/** Words that, right before "اليوم", make it something other than "today" ("روسيا اليوم", "حتى اليوم"). */
const TODAY_BAD_BEFORE = /(?:روسيا|نفس|ذات|حتي|الي|هذا|منذ|ذلك|مثل)[\s"'“”«»]*$/;
/** Words right after "اليوم" that make it "the day …" ("اليوم الأول", "اليوم العالمي", "اليوم الذي"). */
const TODAY_BAD_AFTER = /^[\s"'“”«»]*(?:ال\p{L}+|نفسه|ذاته)/u;

function monthOf(g: Groups): { month: number; calendar: 'gregorian' | 'hijri' } | null {
  if (g.gm) {
    const month = AR_GREGORIAN_MONTHS.lookup(g.gm);
    if (month === null) return null;
    if (g.pm) {
      const pm = AR_GREGORIAN_MONTHS.lookup(g.pm);
      if (pm !== null && pm !== month) return null; // "أكتوبر/نوفمبر" is a range, not a date
    }
    return { month, calendar: 'gregorian' };
  }
  if (g.hm) {
    const month = HIJRI_MONTHS.lookup(g.hm);
    return month === null ? null : { month, calendar: 'hijri' };
  }
  return null;
}

function weekdayOf(g: Groups): { weekday: number | null; relative: RelativeDay | null } | null {
  if (!g.wd) return { weekday: null, relative: null };
  const weekday = AR_WEEKDAYS.lookup(g.wd);
  if (weekday === null) return null;
  return { weekday, relative: g.today ? 'today' : g.yest ? 'yesterday' : null };
}

export function findArabic(norm: string, out: FoundExpr[]): void {
  runPattern(norm, FULL, (g) => {
    const mo = monthOf(g);
    const wd = weekdayOf(g);
    if (!mo || !wd) return null;
    const day = g.dnum !== undefined ? num(g.dnum) : AR_ORDINAL_DAYS.lookup(g.dord ?? '');
    let year = num(g.year);
    let calendar = mo.calendar;
    if (g.era && /^(ه|للهجرة|هجري|هجرية)$/.test(g.era)) calendar = 'hijri';
    if (calendar === 'gregorian' && year !== null && (year < 1900 || year > 2100)) year = null;
    if (day === null) return null;
    if (calendar === 'gregorian' && !plausibleDayMonth(day, mo.month, year)) return null;
    if (calendar === 'hijri' && day > 30) return null;
    return { year, month: mo.month, day, weekday: wd.weekday, calendar, relative: wd.relative };
  }, out);

  runPattern(norm, MONTH_YEAR, (g) => {
    const mo = monthOf(g);
    if (!mo) return null;
    const year = num(g.year);
    const calendar = g.era && /^(ه|للهجرة|هجري|هجرية)$/.test(g.era) ? 'hijri' : mo.calendar;
    if (year === null || (calendar === 'gregorian' && (year < 1900 || year > 2100))) return null;
    return { year, month: mo.month, day: null, weekday: null, calendar, relative: null };
  }, out);

  runPattern(norm, WEEKDAY_ONLY, (g) => {
    const wd = weekdayOf(g);
    if (!wd || wd.weekday === null) return null;
    // الأحد ("the One") and الاثنين ("the two") need يوم/اليوم to be weekdays.
    if ((wd.weekday === 0 || wd.weekday === 1) && !g.today && !g.yest && !g.yawm) return null;
    return { year: null, month: null, day: null, weekday: wd.weekday, calendar: 'gregorian', relative: wd.relative };
  }, out);

  runPattern(norm, RELATIVE, (g, m) => {
    let relative: RelativeDay;
    if (g.rel) relative = 'day-before-yesterday';
    else if (g.y) relative = 'yesterday';
    else if (g.tom) relative = 'tomorrow';
    else {
      const idx = m.index + m[0].lastIndexOf('اليوم');
      if (TODAY_BAD_BEFORE.test(norm.slice(Math.max(0, idx - 12), idx))) return null;
      if (TODAY_BAD_AFTER.test(norm.slice(idx + 5, idx + 30))) return null;
      relative = 'today';
    }
    return { year: null, month: null, day: null, weekday: null, calendar: 'gregorian', relative };
  }, out);
}
