/**
 * Day arithmetic on ISO dates (YYYY-MM-DD), done with Date.UTC so no time zone can shift a day.
 * A "day number" is the count of days since 1970-01-01; it makes comparisons and spans trivial.
 * Also the product's year range (2011 to the current year) and the weekday names used in reasoning.
 */

const MS_PER_DAY = 86_400_000;

/** First year the product covers (the Syrian war). */
export const FIRST_YEAR = 2011;

export const WEEKDAY_NAMES_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  // Fast path; Date.UTC reads years 0–99 as 1900–1999, so those (and extreme years) take it.
  if (year >= 100 && year <= 200_000) return day <= daysInMonth(year, month);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number of a calendar date (days since 1970-01-01); out-of-range days and months roll over
 * as Date does ("30 February" is 1 or 2 March).
 */
export function dayNumber(year: number, month: number, day: number): number {
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 &&
    year >= -200_000 && year <= 200_000 && Math.abs(day) <= 100_000) {
    // Days from the civil date (proleptic Gregorian), H. Hinnant's algorithm.
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (month + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5);
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468 + (day - 1);
  }
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** ISO string → day number, remembered (the same few dates recur in every inference loop). */
const isoDays = new Map<string, number>();

export function dayNumberOfIso(iso: string): number {
  let n = isoDays.get(iso);
  if (n === undefined) {
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    n = dayNumber(y, m, d);
    if (isoDays.size >= 10_000) isoDays.clear();
    isoDays.set(iso, n);
  }
  return n;
}

export function isoOfDayNumber(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function isoOf(year: number, month: number, day: number): string {
  const y = year < 0 ? '-' + String(-year).padStart(6, '0') : String(year).padStart(4, '0');
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function ymdOfDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function addDaysIso(iso: string, days: number): string {
  return isoOfDayNumber(dayNumberOfIso(iso) + days);
}

/** Today's date (UTC) as ISO. */
export function todayIso(): string {
  const d = new Date();
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** "Tuesday 11 October" / "11 October" / "October 2016" for reasoning lines. */
export function describeDay(month: number | null, day: number | null, weekday: number | null): string {
  const parts: string[] = [];
  if (weekday !== null) parts.push(WEEKDAY_NAMES_EN[weekday]);
  if (day !== null) parts.push(String(day));
  if (month !== null) parts.push(MONTH_NAMES_EN[month - 1]);
  return parts.join(' ');
}
