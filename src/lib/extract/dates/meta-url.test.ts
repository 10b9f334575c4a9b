import { describe, expect, it } from 'vitest';
import { parseMetaDate } from './meta';
import { dateFromUrl } from './url';

describe('parseMetaDate', () => {
  const day = (raw: string, date: string) => expect(parseMetaDate(raw)).toEqual({ date, precision: 'day' });

  it('keeps the written date of ISO 8601 (no time-zone shift)', () => {
    day('2016-10-11T23:30:00-05:00', '2016-10-11');
    day('2016-10-11T00:10:00+03:00', '2016-10-11');
    day('2016-10-11', '2016-10-11');
  });
  it('reads RFC 2822, slashes, dots and compact dates', () => {
    day('Tue, 11 Oct 2016 14:03:00 +0300', '2016-10-11');
    day('2016/10/11', '2016-10-11');
    day('11.10.2016', '2016-10-11');
    day('11/10/2016', '2016-10-11');
    day('10/25/2016', '2016-10-25');
    day('20161011', '2016-10-11');
    day('١١/١٠/٢٠١٦', '2016-10-11');
  });
  it('reads epoch seconds and milliseconds as UTC', () => {
    day('1476183780', '2016-10-11');
    day('1476183780000', '2016-10-11');
  });
  it('reads written dates in Arabic, Russian and Hijri', () => {
    day('الثلاثاء 11 أكتوبر 2016', '2016-10-11');
    day('11 تشرين الأول 2016', '2016-10-11');
    day('11 октября 2016 года', '2016-10-11');
    expect(parseMetaDate('10 محرم 1438 هـ')?.date).toMatch(/^2016-10-1[12]$/);
  });
  it('gives month and year precision and rejects junk', () => {
    expect(parseMetaDate('2016-10')).toEqual({ date: '2016-10-01', precision: 'month' });
    expect(parseMetaDate('2016')).toEqual({ date: '2016-01-01', precision: 'year' });
    expect(parseMetaDate('October 2016')).toEqual({ date: '2016-10-01', precision: 'month' });
    expect(parseMetaDate('')).toBeNull();
    expect(parseMetaDate('yesterday')).toBeNull();
    expect(parseMetaDate('2016-13-45')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('reads dates in paths and queries', () => {
    expect(dateFromUrl('https://arabic.rt.com/news/2016/10/11/841234-slug/')).toEqual({ date: '2016-10-11', precision: 'day', evidence: '2016/10/11' });
    expect(dateFromUrl('https://x.com/a/20161011/slug')?.date).toBe('2016-10-11');
    expect(dateFromUrl('https://x.com/2016-10-11-slug.html')?.date).toBe('2016-10-11');
    expect(dateFromUrl('https://x.com/story?id=5&date=2016-10-11')?.date).toBe('2016-10-11');
    expect(dateFromUrl('https://x.com/2016/10/slug')).toEqual({ date: '2016-10-01', precision: 'month', evidence: '2016/10/' });
  });
  it('does not take ids or hosts for dates', () => {
    expect(dateFromUrl('https://x.com/news/841234567/')).toBeNull();
    expect(dateFromUrl('https://20161011.example.com/a')).toBeNull();
    expect(dateFromUrl('https://x.com/a-20161311-b')).toBeNull();
    expect(dateFromUrl('')).toBeNull();
  });
});
