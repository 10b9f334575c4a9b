/**
 * Hijri ↔ Gregorian by the arithmetic (tabular, "Kuwaiti") Islamic calendar: 30-year cycles
 * with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29, odd months of 30 days, even of 29,
 * epoch 1 Muharram 1 AH = 16 July 622 (Julian). Real dates follow moon sightings or Umm al-Qura
 * and can differ by a day or two; that is precise enough for dating a news article.
 */

import { dayNumber, isoOfDayNumber, ymdOfDayNumber } from './calendar';

/** Julian day number (at noon) of 1970-01-01. */
const JDN_UNIX_EPOCH = 2440588;
/** Julian day number of 1 Muharram 1 AH, minus one. */
const HIJRI_EPOCH_MINUS_ONE = 1948439;

function hijriToJdn(year: number, month: number, day: number): number {
  return (
    day +
    Math.ceil(29.5 * (month - 1)) +
    (year - 1) * 354 +
    Math.floor((3 + 11 * year) / 30) +
    HIJRI_EPOCH_MINUS_ONE
  );
}

export function hijriMonthLength(year: number, month: number): number {
  if (month % 2 === 1) return 30;
  if (month < 12) return 29;
  return (14 + 11 * year) % 30 < 11 ? 30 : 29;
}

export function isValidHijri(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1 && month >= 1 && month <= 12 &&
    day >= 1 && day <= hijriMonthLength(year, month)
  );
}

/** Day number (days since 1970-01-01) of a Hijri date. */
export function hijriToDayNumber(year: number, month: number, day: number): number {
  return hijriToJdn(year, month, day) - JDN_UNIX_EPOCH;
}

/** ISO Gregorian date of a Hijri date, or null when the Hijri date is not valid. */
export function hijriToIso(year: number, month: number, day: number): string | null {
  if (!isValidHijri(year, month, day)) return null;
  return isoOfDayNumber(hijriToDayNumber(year, month, day));
}

/** Gregorian → tabular Hijri. */
export function gregorianToHijri(year: number, month: number, day: number): { year: number; month: number; day: number } {
  const jdn = dayNumber(year, month, day) + JDN_UNIX_EPOCH;
  const hy = Math.floor((30 * (jdn - HIJRI_EPOCH_MINUS_ONE - 1) + 10646) / 10631);
  let hm = 1;
  while (hm < 12 && jdn >= hijriToJdn(hy, hm + 1, 1)) hm++;
  const hd = jdn - hijriToJdn(hy, hm, 1) + 1;
  return { year: hy, month: hm, day: hd };
}

/** The Gregorian year(s) a Hijri year overlaps. */
export function gregorianYearsOfHijriYear(hy: number): number[] {
  const a = ymdOfDayNumber(hijriToDayNumber(hy, 1, 1)).year;
  const b = ymdOfDayNumber(hijriToDayNumber(hy, 12, hijriMonthLength(hy, 12))).year;
  return a === b ? [a] : [a, b];
}
