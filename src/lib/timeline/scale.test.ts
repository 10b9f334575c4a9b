import { describe, expect, it } from 'vitest';
import { clampDomain, fractionAt, pan, tickStep, ticks, timeScale, zoomAt, zoomLimits } from './scale';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;
const ARABIC_DIGITS = /^[\u0660-\u0669]+$/;
const ANY_LATIN_DIGIT = /[0-9]/;

describe('timeScale', () => {
  const domain: [number, number] = [day(2015, 1, 1), day(2017, 1, 1)];
  it('runs left to right in ltr and right to left in rtl', () => {
    const ltr = timeScale(domain, 1000, false);
    const rtl = timeScale(domain, 1000, true);
    const early = new Date(day(2015, 10, 13));
    const late = new Date(day(2016, 10, 11));
    expect(ltr(early)).toBeLessThan(ltr(late));
    expect(rtl(early)).toBeGreaterThan(rtl(late));
    expect(rtl(new Date(domain[0]))).toBe(1000);
    expect(ltr(new Date(domain[0]))).toBe(0);
    expect(rtl(early)).toBeCloseTo(1000 - ltr(early), 6);
    expect(+rtl.invert(1000)).toBe(domain[0]);
  });

  it('turns a pointer x into a fraction in time order', () => {
    expect(fractionAt(250, 1000, false)).toBe(0.25);
    expect(fractionAt(250, 1000, true)).toBe(0.75);
    expect(fractionAt(-50, 1000, false)).toBe(0);
  });
});

describe('zoom and pan', () => {
  const limits = zoomLimits([day(2015, 1, 1), day(2017, 1, 1)]);
  const domain: [number, number] = [day(2016, 1, 1), day(2016, 12, 31)];

  it('widens the data extent by a margin and allows one day at least', () => {
    expect(limits.minSpan).toBe(DAY);
    expect(limits.min).toBeLessThan(day(2015, 1, 1));
    expect(limits.max).toBeGreaterThan(day(2017, 1, 1));
    expect(limits.max - day(2017, 1, 1)).toBeCloseTo((day(2017, 1, 1) - day(2015, 1, 1)) * 0.05, -3);
  });

  it('keeps the anchor where it is', () => {
    const anchorF = 0.3;
    const anchor = domain[0] + anchorF * (domain[1] - domain[0]);
    const z = zoomAt(domain, 4, anchorF, limits);
    expect(z[1] - z[0]).toBeCloseTo((domain[1] - domain[0]) / 4, -1);
    expect(z[0] + anchorF * (z[1] - z[0])).toBeCloseTo(anchor, -1);
  });

  it('stops at one day when zooming in and at the extent when zooming out', () => {
    let z = domain;
    for (let i = 0; i < 40; i++) z = zoomAt(z, 2, 0.5, limits);
    expect(z[1] - z[0]).toBe(DAY);
    for (let i = 0; i < 80; i++) z = zoomAt(z, 0.5, 0.9, limits);
    expect(z).toEqual([limits.min, limits.max]);
  });

  it('pans within the limits', () => {
    const p = pan(domain, 0.05, limits);
    expect(p[1] - p[0]).toBeCloseTo(domain[1] - domain[0], -1);
    expect(p[0]).toBeCloseTo(domain[0] + 0.05 * (domain[1] - domain[0]), -1);
    expect(pan(domain, -0.05, limits)[0]).toBeLessThan(domain[0]);
    const far = pan(domain, 50, limits);
    expect(far[1]).toBe(limits.max);
    expect(far[1] - far[0]).toBeCloseTo(domain[1] - domain[0], -1);
    expect(pan(domain, -50, limits)[0]).toBe(limits.min);
  });

  it('repairs junk domains and factors', () => {
    expect(clampDomain([NaN, 5], limits)).toEqual([limits.min, limits.max]);
    expect(zoomAt(domain, NaN, 0.5, limits)).toEqual(clampDomain(domain, limits));
    expect(zoomAt(domain, 2, NaN, limits)[1] - zoomAt(domain, 2, NaN, limits)[0]).toBeGreaterThan(0);
    const hour = clampDomain([day(2016, 5, 5), day(2016, 5, 5) + 3_600_000], limits);
    expect(hour[1] - hour[0]).toBe(DAY);
  });
});

describe('ticks', () => {
  it('chooses years, months, weeks or days from the span', () => {
    expect(tickStep([day(2011, 1, 1), day(2021, 1, 1)], 600, 'en').kind).toBe('year');
    expect(ticks([day(2011, 1, 1), day(2021, 1, 1)], 100, 'en').map((x) => x.label)).toEqual([
      '2015',
      '2020',
    ]);
    expect(tickStep([day(2016, 1, 1), day(2017, 1, 1)], 1000, 'en').kind).toBe('month');
    expect(tickStep([day(2016, 1, 1), day(2016, 5, 1)], 1000, 'en').kind).toBe('week');
    expect(tickStep([day(2016, 10, 1), day(2016, 10, 15)], 1000, 'en').kind).toBe('day');
  });

  it('labels years in English', () => {
    const t = ticks([day(2011, 1, 1), day(2021, 1, 1)], 600, 'en');
    expect(t.map((x) => x.label)).toEqual([
      '2011',
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
    ]);
    expect(t.every((x) => x.major)).toBe(true);
  });

  it('labels months in English with the year as a major tick', () => {
    const t = ticks([day(2015, 11, 15), day(2016, 11, 15)], 1000, 'en');
    expect(t.map((x) => x.label)).toEqual([
      'Dec',
      '2016',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sept',
      'Oct',
      'Nov',
    ]);
    expect(t.filter((x) => x.major).map((x) => x.t)).toEqual([day(2016, 1, 1)]);
  });

  it('labels days in English with the month boundary as a major tick', () => {
    const t = ticks([day(2016, 9, 25), day(2016, 10, 12)], 1000, 'en');
    const major = t.filter((x) => x.major);
    expect(major).toEqual([{ t: day(2016, 10, 1), label: 'October 2016', major: true }]);
    expect(t.slice(0, 3).map((x) => x.label)).toEqual(['25', '26', '27']);
    expect(t.map((x) => x.t)).toEqual([...t.map((x) => x.t)].sort((a, b) => a - b));
  });

  it('labels in Arabic with Arabic-Indic digits and Arabic month names', () => {
    const years = ticks([day(2011, 1, 1), day(2021, 1, 1)], 600, 'ar');
    expect(years[5].label).toBe('٢٠١٦');
    expect(years.every((x) => ARABIC_DIGITS.test(x.label))).toBe(true);
    const months = ticks([day(2015, 11, 15), day(2016, 11, 15)], 1000, 'ar');
    const labels = months.map((x) => x.label);
    expect(labels).toContain('أكتوبر');
    expect(labels).toContain('مارس');
    expect(labels).toContain('٢٠١٦');
    expect(labels.some((l) => ANY_LATIN_DIGIT.test(l))).toBe(false);
    const days = ticks([day(2016, 9, 25), day(2016, 10, 12)], 1000, 'ar');
    expect(days.find((x) => x.major)!.label).toBe('أكتوبر ٢٠١٦');
    expect(days.filter((x) => !x.major).every((x) => ARABIC_DIGITS.test(x.label))).toBe(true);
    expect(days.filter((x) => !x.major)[0].label).toBe('٢٥');
  });

  it('gives Arabic month names more room than English ones', () => {
    const d: [number, number] = [day(2016, 1, 1), day(2018, 1, 1)];
    expect(ticks(d, 900, 'ar').length).toBeLessThanOrEqual(ticks(d, 900, 'en').length);
    for (const lang of ['ar', 'en'] as const)
      for (const w of [300, 700, 1400])
        expect(ticks(d, w, lang).length).toBeLessThanOrEqual(Math.ceil(w / 30) + 2);
  });

  it('keeps a minor tick off a nearby major one', () => {
    // Weekly ticks: Monday 3 Oct 2016 is two days after the 1st and would overlap its label.
    const t = ticks([day(2016, 8, 1), day(2016, 12, 1)], 900, 'en');
    expect(tickStep([day(2016, 8, 1), day(2016, 12, 1)], 900, 'en').kind).toBe('week');
    expect(t.some((x) => x.t === day(2016, 10, 3))).toBe(false);
    expect(t.some((x) => x.t === day(2016, 10, 1) && x.major)).toBe(true);
  });

  it('returns no ticks for a junk domain', () => {
    expect(ticks([5, 1], 1000, 'en')).toEqual([]);
  });
});
