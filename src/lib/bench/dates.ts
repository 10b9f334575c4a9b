/**
 * Dates for the benchmark corpus: a day inside the years a speaker's title allows, its weekday,
 * and the phrases sites write it in — Arabic ("الثلاثاء 11 أكتوبر/تشرين الأول", "اليوم الثلاثاء",
 * "يوم الثلاثاء 11 تشرين الأول (أكتوبر) 2016"), English ("on Tuesday", "MOSCOW, Oct 11") and
 * Russian ("во вторник", "МОСКВА, 11 окт").
 */

import type { Rng } from './rng';

export interface Day {
  y: number;
  m: number;
  d: number;
  /** 0 = Sunday. */
  wd: number;
}

const AR_WD = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const AR_MONTHS: [string, string][] = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'آذار'],
  ['أبريل', 'نيسان'],
  ['مايو', 'أيار'],
  ['يونيو', 'حزيران'],
  ['يوليو', 'تموز'],
  ['أغسطس', 'آب'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];
const EN_WD = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const RU_WD_ACC = [
  'в воскресенье',
  'в понедельник',
  'во вторник',
  'в среду',
  'в четверг',
  'в пятницу',
  'в субботу',
];
const RU_MONTHS_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const RU_MONTHS_SHORT = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

export function randomDay(rng: Rng, fromYear: number, toYear: number): Day {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = rng.int(1, dim);
  return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

export function isoOf(day: Day): string {
  return `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

export function arWeekday(day: Day): string {
  return AR_WD[day.wd];
}

/** The Arabic date phrases, by form number (see AR_DATE_FORMS). */
export function arDate(day: Day, form: number): string {
  const [m1, m2] = AR_MONTHS[day.m - 1];
  const wd = AR_WD[day.wd];
  switch (form) {
    case 0:
      return `${wd} ${day.d} ${m1}/${m2}`;
    case 1:
      return `اليوم ${wd}`;
    case 2:
      return `يوم ${wd} ${day.d} ${m2} (${m1}) ${day.y}`;
    case 3:
      return `يوم ${wd}`;
    default:
      return `${wd} ${day.d} ${m1} ${day.y}`;
  }
}
export const AR_DATE_FORMS = 5;

export function enDate(day: Day, form: number): string {
  return form === 0 ? `on ${EN_WD[day.wd]}` : `on ${EN_WD[day.wd]}, ${EN_MONTHS[day.m - 1]} ${day.d}`;
}
export const EN_DATE_FORMS = 2;

export function enWeekday(day: Day): string {
  return EN_WD[day.wd];
}

/** "MOSCOW, Oct 11 (Reuters) - " or "MOSCOW, October 11. /TASS/. ". */
export function enDateline(day: Day, agency: 'Reuters' | 'TASS'): string {
  const mon = EN_MONTHS[day.m - 1];
  return agency === 'Reuters'
    ? `MOSCOW, ${mon.slice(0, 3)} ${day.d} (Reuters) - `
    : `MOSCOW, ${mon} ${day.d}. /TASS/. `;
}

export function ruDate(day: Day): string {
  return RU_WD_ACC[day.wd];
}

export function ruWeekday(day: Day): string {
  return RU_WD_ACC[day.wd];
}

/** "МОСКВА, 11 окт — РИА Новости. " or "МОСКВА, 11 октября. /ТАСС/. ". */
export function ruDateline(day: Day, agency: 'RIA Novosti' | 'TASS'): string {
  return agency === 'RIA Novosti'
    ? `МОСКВА, ${day.d} ${RU_MONTHS_SHORT[day.m - 1]} — РИА Новости. `
    : `МОСКВА, ${day.d} ${RU_MONTHS_GEN[day.m - 1]}. /ТАСС/. `;
}
