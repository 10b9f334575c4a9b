import { describe, expect, it } from 'vitest';
import type { DateInfo } from '../../model/article';
import { statementDate, statementWindow } from './relative';

const ART: DateInfo = { date: '2016-03-30', precision: 'day', window: null, evidence: null, source: 'text' };

describe('statementDate', () => {
  it('counts Arabic relative words from the article date', () => {
    expect(statementDate('وكان بوغدانوف أكد في تصريح له أمس الأول وجوب التنسيق', ART, 'ar')).toEqual({ date: '2016-03-28', evidence: 'أمس الأول', days: -2 });
    expect(statementDate('وقال الوزير أمس إن', ART, 'ar')?.date).toBe('2016-03-29');
    expect(statementDate('وقال أول أمس إن', ART, 'ar')?.date).toBe('2016-03-28');
    expect(statementDate('وقال في تصريح صحفي اليوم إن', ART, 'ar')?.date).toBe('2016-03-30');
  });

  it('English and Russian', () => {
    expect(statementDate('Lavrov said yesterday that', ART, 'en')?.date).toBe('2016-03-29');
    expect(statementDate('Lavrov said the day before yesterday that', ART, 'en')?.date).toBe('2016-03-28');
    expect(statementDate('Лавров заявил вчера', ART, 'ru')?.date).toBe('2016-03-29');
    expect(statementDate('Лавров заявил позавчера', ART, 'ru')?.date).toBe('2016-03-28');
  });

  it('dates a weekday attached to a verb of saying', () => {
    // 2016-03-30 is a Wednesday; Monday is two days earlier.
    expect(statementDate('وقال الوزير يوم الاثنين إن', ART, 'ar')).toEqual({ date: '2016-03-28', evidence: 'يوم الاثنين', days: -2 });
    expect(statementDate('Lavrov said on Monday that', ART, 'en')?.date).toBe('2016-03-28');
  });

  it('returns null when there is nothing relative, for tomorrow, or without an article day', () => {
    expect(statementDate('وقال الوزير إن روسيا مستعدة', ART, 'ar')).toBeNull();
    expect(statementDate('سيزور الوزير موسكو غداً', ART, 'ar')).toBeNull();
    expect(statementDate('قناة روسيا اليوم نقلت', ART, 'ar')).toBeNull();
    expect(statementDate('وقال أمس إن', { ...ART, date: null, precision: null, window: ['2016-03-27', null] }, 'ar')).toBeNull();
  });
});

describe('statementWindow', () => {
  it('shifts an undated article’s window by the days the sentence counts back', () => {
    expect(statementWindow('وكان بوغدانوف أكد في تصريح له أمس الأول وجوب التنسيق', ['2016-03-27', null], 'ar')).toEqual({
      window: ['2016-03-25', null],
      evidence: 'أمس الأول',
      days: -2,
    });
    expect(statementWindow('Lavrov said yesterday that', ['2016-03-01', '2016-03-31'], 'en')?.window).toEqual(['2016-02-29', '2016-03-30']);
    expect(statementWindow('Лавров заявил вчера', [null, '2016-01-01'], 'ru')?.window).toEqual([null, '2015-12-31']);
  });

  it('gives nothing without a relative word, for today, or for a weekday alone', () => {
    expect(statementWindow('وقال الوزير إن روسيا مستعدة', ['2016-03-27', null], 'ar')).toBeNull();
    expect(statementWindow('وقال في تصريح صحفي اليوم إن', ['2016-03-27', null], 'ar')).toBeNull();
    expect(statementWindow('وقال الوزير يوم الاثنين إن', ['2016-03-27', null], 'ar')).toBeNull();
  });
});
