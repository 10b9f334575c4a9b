import { describe, expect, it } from 'vitest';
import { emptyQuery, isEmptyQuery, parseDateBound, parseQuery } from './query';

describe('parseQuery', () => {
  it('reads words, phrases in every quote style, and exclusions', () => {
    const q = parseQuery(
      'لافروف "جبهة النصرة" “وزير الخارجية” «الأزمة السورية» -أوكرانيا -"وقف إطلاق النار"',
    );
    expect(q.words).toEqual(['لافروف']);
    expect(q.phrases).toEqual(['جبهة النصرة', 'وزير الخارجية', 'الأزمة السورية']);
    expect(q.exclude).toEqual(['أوكرانيا', 'وقف إطلاق النار']);
  });

  it('reads facets', () => {
    const q = parseQuery(
      'Syria speaker:lavrov speaker:Лавров outlet:"RT Arabic" lang:ar lang:EN from:2016 to:2017-02 kind:quote official:yes type:statement',
    );
    expect(q.words).toEqual(['Syria']);
    expect(q.speaker).toEqual(['lavrov', 'Лавров']);
    expect(q.outlet).toEqual(['RT Arabic']);
    expect(q.lang).toEqual(['ar', 'en']);
    expect(q.from).toBe('2016-01-01');
    expect(q.to).toBe('2017-02-28');
    expect(q.kind).toEqual(['quote']);
    expect(q.official).toBe(true);
    expect(q.type).toEqual(['statement']);
    expect(q.ignored).toEqual([]);
  });

  it('reads dates in Arabic digits and orders a reversed range', () => {
    expect(parseQuery('from:٢٠١٦-١٠-١١').from).toBe('2016-10-11');
    const q = parseQuery('from:2016 to:2014');
    expect([q.from, q.to]).toEqual(['2014-01-01', '2016-12-31']);
    expect(parseDateBound('2016-02', true)).toBe('2016-02-29');
    expect(parseDateBound('2016-13', false)).toBeNull();
    expect(parseDateBound('2016-02-30', false)).toBeNull();
  });

  it('never throws on junk and says what it ignored', () => {
    for (const junk of [
      '"',
      '-',
      '""',
      '«',
      'speaker:',
      '-"',
      ':::',
      'from:',
      '\u0000\u0001',
      ' - - ',
      'a"b"c',
      '-speaker:',
    ]) {
      expect(() => parseQuery(junk)).not.toThrow();
    }
    expect(isEmptyQuery(parseQuery('-'))).toBe(true);
    expect(isEmptyQuery(parseQuery('speaker:'))).toBe(true);
    expect(isEmptyQuery(parseQuery('""'))).toBe(true);
    expect(parseQuery(undefined)).toEqual(emptyQuery());
    const q = parseQuery('lang:xx from:soon official:maybe kind:rumour -speaker:putin');
    expect(q.ignored).toEqual(['lang:xx', 'from:soon', 'official:maybe', 'kind:rumour', '-speaker:putin']);
    expect(isEmptyQuery(q)).toBe(true);
  });

  it('runs an unclosed quote to the end, and keeps colon words that are no facets', () => {
    expect(parseQuery('"سيرغي لافروف').phrases).toEqual(['سيرغي لافروف']);
    expect(parseQuery('outlet:"RT Arabic').outlet).toEqual(['RT Arabic']);
    expect(parseQuery('12:30 http://x.y').words).toEqual(['12:30', 'http://x.y']);
    expect(parseQuery('- lone').words).toEqual(['lone']);
    expect(parseQuery('S-400').words).toEqual(['S-400']);
  });

  it('treats a quoted single word as a word', () => {
    const q = parseQuery('"لافروف"');
    expect(q.words).toEqual(['لافروف']);
    expect(q.phrases).toEqual([]);
  });
});
