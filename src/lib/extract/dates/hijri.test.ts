import { describe, expect, it } from 'vitest';
import { dayNumberOfIso } from './calendar';
import { gregorianToHijri, gregorianYearsOfHijriYear, hijriMonthLength, hijriToIso } from './hijri';

function daysApart(a: string, b: string): number {
  return Math.abs(dayNumberOfIso(a) - dayNumberOfIso(b));
}

describe('tabular Hijri calendar', () => {
  it('matches exact tabular anchors', () => {
    expect(hijriToIso(1, 1, 1)).toBe('0622-07-19'); // 16 July 622 Julian
    expect(hijriToIso(1400, 1, 1)).toBe('1979-11-21');
    expect(hijriToIso(1420, 1, 1)).toBe('1999-04-17');
  });

  it('stays within a day of observed dates', () => {
    expect(daysApart(hijriToIso(1438, 1, 1)!, '2016-10-02')).toBeLessThanOrEqual(1);
    expect(daysApart(hijriToIso(1437, 9, 1)!, '2016-06-06')).toBeLessThanOrEqual(1);
    expect(daysApart(hijriToIso(1436, 10, 1)!, '2015-07-17')).toBeLessThanOrEqual(1);
    expect(daysApart(hijriToIso(1446, 6, 7)!, '2024-12-08')).toBeLessThanOrEqual(1);
  });

  it('round-trips Gregorian → Hijri → Gregorian', () => {
    for (const iso of ['2011-03-15', '2015-09-30', '2016-10-11', '2024-12-08', '2026-02-28']) {
      const [y, m, d] = iso.split('-').map(Number);
      const h = gregorianToHijri(y, m, d);
      expect(hijriToIso(h.year, h.month, h.day)).toBe(iso);
    }
  });

  it('knows month lengths and rejects impossible dates', () => {
    expect(hijriMonthLength(1437, 1)).toBe(30);
    expect(hijriMonthLength(1437, 2)).toBe(29);
    expect(hijriMonthLength(1436, 12)).toBe(30); // year 26 of the 30-year cycle: leap
    expect(hijriMonthLength(1437, 12)).toBe(29); // year 27: common
    expect(hijriToIso(1437, 2, 30)).toBeNull();
    expect(hijriToIso(1437, 13, 1)).toBeNull();
    expect(gregorianYearsOfHijriYear(1438)).toEqual([2016, 2017]);
  });
});
