/**
 * Arabic date phrases on folded text: "الثلاثاء 11 أكتوبر/تشرين الأول 2016", "14 تشرين الأول
 * (أكتوبر)", "في التاسع من سبتمبر", "10 محرم 1438 هـ", "أكتوبر 2016", weekday phrases
 * ("اليوم الثلاثاء", "يوم الثلاثاء", "والخميس") and relative words (اليوم، أمس، أمس الأول، أول
 * أمس، غداً). Month names of all systems come from months.ts; prefixes و/ب/في/ل are allowed.
 */

import { AR_GREGORIAN_MONTHS, HIJRI_MONTHS } from './months';
import { AR_ORDINAL_DAYS } from './ordinals';
import { AR_WEEKDAYS } from './weekdays';
import { anchorGroup, anchored } from './anchored';
import type { Anchored } from './anchored';
import { AR_PFX, B, E, num, plausibleDayMonth, runAnchored } from './patterns';
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
const REL_PRE = [
  `${AR_PFX}(?:يوم\\s+|مساء\\s+|صباح\\s+|ظهر\\s+|ليل\\s+)?`,
  `[وف]?ب?(?:يوم\\s+|مساء\\s+|صباح\\s+)?(?:ال)?`,
  `${AR_PFX}(?:يوم\\s+)?`,
  `[وف]?`,
];
const RELATIVE = new RegExp(
  `${B}(?:${REL_PRE[0]}(?<rel>امس\\s+الاول|اول\\s+من\\s+امس|اول\\s+امس)|${REL_PRE[1]}(?<y>امس)|${REL_PRE[2]}(?<today>اليوم)|${REL_PRE[3]}(?<tom>غدا|يوم\\s+الغد|بعد\\s+غد))${E}`,
  'gu',
);

/*
 * Anchored forms (anchored.ts): every match holds a month name (FULL, MONTH_YEAR), a weekday name
 * (WEEKDAY_ONLY) or a relative word (RELATIVE) preceded by white space, a digit or the ن of "من"
 * (FULL), or by a proclitic or no letter at all (the others); the regex is tried only in a short
 * window before each such word. The three kinds of word are found by one scan of the text.
 */
const [MONTHS, WEEKDAYS, RELATIVE_WORDS] = anchorGroup([
  `(?:${G}|${H})${E}`,
  `(?:${W})${E}`,
  '(?:امس|اول|اليوم|غدا|يوم|بعد)',
]);
/** Code unit is a letter or digit (\p{L}\p{N}), lazily tabled. */
const LN = new Uint8Array(0x10000);
function letterOrDigit(c: number): boolean {
  if (c < 0 || c >= 0xd800) return c >= 0xd800 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
  if (LN[c] === 0) LN[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 2 : 1;
  return LN[c] === 2;
}
const NUN = 0x0646;
/** After white space, a digit or the ن of "من": where a full date's month can stand. */
const afterDay = (c: number) => c === NUN || (c >= 0x30 && c <= 0x39) || (c >= 0 && /\s/.test(String.fromCharCode(c)));
/** After no letter, or after a proclitic و ف ب ل. */
const afterPfx = (c: number) => c < 0 || c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || !letterOrDigit(c);
const FULL_A = anchored(FULL, `(?:${WD_PART})?${DAY_PART}\\s*(?:شهر\\s+)?`, MONTHS, afterDay);
const MONTH_YEAR_A = anchored(MONTH_YEAR, `${AR_PFX}(?:شهر\\s+)?`, MONTHS, afterPfx);
const WEEKDAY_ONLY_A = anchored(WEEKDAY_ONLY, WD_PART.slice(0, WD_PART.indexOf('(?<wd>')), WEEKDAYS, afterPfx);
const RELATIVE_A = anchored(RELATIVE, `(?:${REL_PRE.join('|')})`, RELATIVE_WORDS, afterPfx);

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
  runAnchored(norm, FULL_A, (g) => {
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

  runAnchored(norm, MONTH_YEAR_A, (g) => {
    const mo = monthOf(g);
    if (!mo) return null;
    const year = num(g.year);
    const calendar = g.era && /^(ه|للهجرة|هجري|هجرية)$/.test(g.era) ? 'hijri' : mo.calendar;
    if (year === null || (calendar === 'gregorian' && (year < 1900 || year > 2100))) return null;
    return { year, month: mo.month, day: null, weekday: null, calendar, relative: null };
  }, out);

  runAnchored(norm, WEEKDAY_ONLY_A, (g) => {
    const wd = weekdayOf(g);
    if (!wd || wd.weekday === null) return null;
    // الأحد ("the One") and الاثنين ("the two") need يوم/اليوم to be weekdays.
    if ((wd.weekday === 0 || wd.weekday === 1) && !g.today && !g.yest && !g.yawm) return null;
    return { year: null, month: null, day: null, weekday: wd.weekday, calendar: 'gregorian', relative: wd.relative };
  }, out);

  runAnchored(norm, RELATIVE_A, (g, m) => {
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

/** The Arabic patterns with their anchored forms, for the equivalence tests. */
export const AR_PATTERN_PAIRS: [RegExp, Anchored][] = [
  [FULL, FULL_A],
  [MONTH_YEAR, MONTH_YEAR_A],
  [WEEKDAY_ONLY, WEEKDAY_ONLY_A],
  [RELATIVE, RELATIVE_A],
];
