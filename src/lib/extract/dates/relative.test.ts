import { describe, expect, it } from 'vitest';
import type { DateInfo } from '../../model/article';
import { statementDate } from './relative';

const ART: DateInfo = { date: '2016-03-30', precision: 'day', window: null, evidence: null, source: 'text' };

describe('statementDate', () => {
  it('counts Arabic relative words from the article date', () => {
    expect(statementDate('وكان بوغدانوف أكد في تصريح له أمس الأول وجوب التنسيق', ART, 'ar')).toEqual({ date: '2016-03-28', evidence: 'أمس الأول' });
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
    expect(statementDate('وقال الوزير يوم الاثنين إن', ART, 'ar')).toEqual({ date: '2016-03-28', evidence: 'يوم الاثنين' });
    expect(statementDate('Lavrov said on Monday that', ART, 'en')?.date).toBe('2016-03-28');
  });

  it('returns null when there is nothing relative, for tomorrow, or without an article day', () => {
    expect(statementDate('وقال الوزير إن روسيا مستعدة', ART, 'ar')).toBeNull();
    expect(statementDate('سيزور الوزير موسكو غداً', ART, 'ar')).toBeNull();
    expect(statementDate('قناة روسيا اليوم نقلت', ART, 'ar')).toBeNull();
    expect(statementDate('وقال أمس إن', { ...ART, date: null, precision: null, window: ['2016-03-27', null] }, 'ar')).toBeNull();
  });
});
