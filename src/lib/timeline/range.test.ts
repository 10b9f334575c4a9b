import { describe, expect, it } from 'vitest';
import { formatRange, parseRange } from './range';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('parseRange', () => {
  it('reads inclusive days, months and years', () => {
    expect(parseRange('2016-10-01..2016-10-31')).toEqual([day(2016, 10, 1), day(2016, 11, 1)]);
    expect(parseRange('2016-03..2016-05')).toEqual([day(2016, 3, 1), day(2016, 6, 1)]);
    expect(parseRange('2015..2016')).toEqual([day(2015, 1, 1), day(2017, 1, 1)]);
    expect(parseRange('2016-02')).toEqual([day(2016, 2, 1), day(2016, 3, 1)]);
    expect(parseRange(' 2016-10-11 ')).toEqual([day(2016, 10, 11), day(2016, 10, 12)]);
  });

  it('swaps reversed bounds', () => {
    expect(parseRange('2016-10-31..2016-10-01')).toEqual([day(2016, 10, 1), day(2016, 11, 1)]);
  });

  it('gives null for junk and never throws', () => {
    for (const junk of [
      '',
      '..',
      '2016-10-01..',
      '..2016-10-31',
      '2016-02-30..2016-03-01',
      '2016-13..2016-14',
      '0016..0017',
      '16-10-01..16-10-31',
      '2016-10-01...2016-10-31',
      '2016-10-01..2016-10-31..2017',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '2016-10-01'.repeat(100),
      '٢٠١٦..٢٠١٧',
      '2016-1-1..2016-2-1',
      null,
      undefined,
      42,
      { from: '2016' },
    ])
      expect(parseRange(junk)).toBeNull();
  });
});

describe('formatRange', () => {
  it('writes the first and last day touched, and round-trips', () => {
    expect(formatRange([day(2016, 10, 1), day(2016, 11, 1)])).toBe('2016-10-01..2016-10-31');
    expect(formatRange([day(2016, 10, 1) + 5_000_000, day(2016, 10, 3) + 1])).toBe('2016-10-01..2016-10-03');
    expect(formatRange([day(2016, 10, 11), day(2016, 10, 11)])).toBe('2016-10-11..2016-10-11');
    for (const s of ['2016-10-01..2016-10-31', '2011-03-15..2024-12-08', '2016-02-29..2016-02-29'])
      expect(formatRange(parseRange(s)!)).toBe(s);
  });

  it('gives an empty string for a junk domain', () => {
    expect(formatRange([NaN, 1])).toBe('');
    expect(formatRange([5, 1])).toBe('');
    expect(formatRange([-1e16, 0])).toBe('');
  });
});
