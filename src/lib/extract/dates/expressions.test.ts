import { describe, expect, it } from 'vitest';
import { findDateExpressions } from './expressions';
import type { DateExpression } from './types';

const one = (text: string, lang: 'ar' | 'en' | 'ru' | 'other' = 'ar'): DateExpression => {
  const found = findDateExpressions(text, lang);
  expect(found).toHaveLength(1);
  return found[0];
};
const dm = (e: DateExpression) => [e.year, e.month, e.day];

describe('Arabic month names of every system', () => {
  const cases: Array<[string, number]> = [
    ['يناير', 1], ['ينايِر', 1], ['كانون الثاني', 1], ['جانفي', 1],
    ['فبراير', 2], ['فبرایر', 2], ['شباط', 2], ['فيفري', 2],
    ['مارس', 3], ['آذار', 3], ['أبريل', 4], ['إبريل', 4], ['نيسان', 4], ['أفريل', 4],
    ['مايو', 5], ['أيار', 5], ['ماي', 5], ['يونيو', 6], ['يونيه', 6], ['حزيران', 6], ['جوان', 6],
    ['يوليو', 7], ['يوليه', 7], ['تموز', 7], ['يوليوز', 7], ['جويلية', 7],
    ['أغسطس', 8], ['اغسطس', 8], ['آب', 8], ['غشت', 8], ['أوت', 8],
    ['سبتمبر', 9], ['سپتمبر', 9], ['أيلول', 9], ['شتنبر', 9],
    ['أكتوبر', 10], ['اكتوبر', 10], ['تشرين الأول', 10], ['تشرين أول', 10],
    ['نوفمبر', 11], ['تشرين الثاني', 11], ['نونبر', 11],
    ['ديسمبر', 12], ['كانون الأول', 12], ['دجنبر', 12],
  ];
  for (const [name, month] of cases) {
    it(`"5 ${name} 2016" is month ${month}`, () => {
      expect(dm(one(`قال في 5 ${name} 2016 إن`))).toEqual([2016, month, 5]);
    });
  }

  it('reads paired forms as one expression', () => {
    const a = one('أكد الثلاثاء 11 أكتوبر/تشرين الأول، استعداد بلاده');
    expect(a.text).toBe('الثلاثاء 11 أكتوبر/تشرين الأول');
    expect([a.month, a.day, a.weekday, a.year]).toEqual([10, 11, 2, null]);
    const b = one('ستعقد مؤتمرا في 14 تشرين الأول (أكتوبر) لبحث');
    expect(b.text).toBe('14 تشرين الأول (أكتوبر)');
    expect([b.month, b.day, b.tense]).toEqual([10, 14, 'future']);
    expect(dm(one('في تشرين الأول/أكتوبر 2016 بدأ'))).toEqual([2016, 10, null]);
  });

  it('rejects a pair that names two different months', () => {
    expect(findDateExpressions('بين 5 أكتوبر/نوفمبر', 'ar').every((e) => e.month === null || e.day === null)).toBe(true);
  });

  it('reads Arabic-Indic and Persian digits, ordinals and prefixes', () => {
    expect(dm(one('الثلاثاء، ١١ أكتوبر ٢٠١٦م'))).toEqual([2016, 10, 11]);
    expect(dm(one('يوم ۱۱ فبرایر ۲۰۱۷'))).toEqual([2017, 2, 11]);
    expect(dm(one('في الحادي عشر من تشرين الأول'))).toEqual([null, 10, 11]);
    expect(dm(one('منذ التاسع من سبتمبر'))).toEqual([null, 9, 9]);
    expect(one('و14 أكتوبر').text).toBe('14 أكتوبر');
  });

  it('reads Hijri dates', () => {
    const h = one('الثلاثاء 10 محرم 1438 هـ');
    expect([h.calendar, h.year, h.month, h.day, h.weekday]).toEqual(['hijri', 1438, 1, 10, 2]);
    expect(h.text).toBe('الثلاثاء 10 محرم 1438 هـ');
    expect(dm(one('في 1 رمضان 1437هـ'))).toEqual([1437, 9, 1]);
    expect(one('في 5 ذو الحجة').calendar).toBe('hijri');
  });

  it('does not take a bare number or a word for a date', () => {
    expect(findDateExpressions('ارتفع إلى 760 و6 بلدات و47 حالة خلال الساعات الـ24 الماضية', 'ar')).toEqual([]);
    expect(findDateExpressions('كلا الاثنين والأحد منهما', 'ar')).toEqual([]);
    expect(findDateExpressions('قناة “روسيا اليوم” الفضائية', 'ar')).toEqual([]);
  });
});

describe('Arabic weekdays, relative words and tense', () => {
  it('finds weekday phrases', () => {
    const t = one('قال اليوم الثلاثاء');
    expect([t.weekday, t.relative]).toEqual([2, 'today']);
    expect(one('قال يوم الثلاثاء').weekday).toBe(2);
    expect(one('وأعلن الخميس أن').weekday).toBe(4);
    expect(one('ويوم الاثنين').weekday).toBe(1);
  });

  it('finds relative words', () => {
    const rel = findDateExpressions('صرح أمس الأول ثم أمس وبالأمس واليوم وأول أمس وغداً', 'ar').map((e) => e.relative);
    expect(rel).toEqual(['day-before-yesterday', 'yesterday', 'yesterday', 'today', 'day-before-yesterday', 'tomorrow']);
    expect(findDateExpressions('في اليوم الأول وحتى اليوم', 'ar')).toEqual([]);
  });

  it('marks past and future', () => {
    expect(one('في جنيف 9 سبتمبر/أيلول الماضي').tense).toBe('past');
    expect(one('في 9 سبتمبر من العام الماضي').tense).toBe('past');
    expect(one('يوم الخميس المقبل').tense).toBe('future');
    expect(one('سوف يزور موسكو في 3 نوفمبر').tense).toBe('future');
    expect(one('منذ 30 سبتمبر').tense).toBe('past');
    expect(one('أكد الثلاثاء 11 أكتوبر').tense).toBeNull();
  });
});

describe('English', () => {
  it('reads the usual forms', () => {
    const a = one('Tuesday, October 11, 2016', 'en');
    expect([a.year, a.month, a.day, a.weekday]).toEqual([2016, 10, 11, 2]);
    expect(dm(one('on 11 Oct 2016 the', 'en'))).toEqual([2016, 10, 11]);
    expect(dm(one('on Oct. 11 the', 'en'))).toEqual([null, 10, 11]);
    expect(dm(one('the 9th of September, 2016', 'en'))).toEqual([2016, 9, 9]);
    expect(dm(one('in October 2016', 'en'))).toEqual([2016, 10, null]);
  });

  it('weekdays, relative words, tense', () => {
    expect(one('said on Tuesday', 'en').weekday).toBe(2);
    expect(one('last Tuesday', 'en').tense).toBe('past');
    expect(one('talks will start on Oct. 30', 'en').tense).toBe('future');
    expect(one('the day before yesterday', 'en').relative).toBe('day-before-yesterday');
    expect(one('said yesterday', 'en').relative).toBe('yesterday');
    expect(findDateExpressions('5 may have died', 'en')).toEqual([]);
  });
});

describe('Russian', () => {
  it('reads genitive months, years and weekdays', () => {
    expect(dm(one('11 октября 2016 года', 'ru'))).toEqual([2016, 10, 11]);
    const w = one('во вторник, 11 октября', 'ru');
    expect([w.weekday, w.month, w.day]).toEqual([2, 10, 11]);
    expect(one('заявил во вторник', 'ru').weekday).toBe(2);
    expect(dm(one('в октябре 2016 года', 'ru'))).toEqual([2016, 10, null]);
  });

  it('relative words and tense', () => {
    expect(findDateExpressions('вчера, позавчера, сегодня', 'ru').map((e) => e.relative)).toEqual(['yesterday', 'day-before-yesterday', 'today']);
    expect(one('Переговоры состоятся 30 октября', 'ru').tense).toBe('future');
    expect(one('9 сентября прошлого года', 'ru').tense).toBe('past');
    expect(one('в прошлую среду', 'ru').tense).toBe('past');
  });
});

describe('numeric dates and offsets', () => {
  it('reads numeric forms by language', () => {
    expect(dm(one('2016-10-11', 'ar'))).toEqual([2016, 10, 11]);
    expect(dm(one('11/10/2016', 'ar'))).toEqual([2016, 10, 11]);
    expect(dm(one('10/11/2016', 'en'))).toEqual([2016, 10, 11]);
    expect(dm(one('25/10/2016', 'en'))).toEqual([2016, 10, 25]);
    expect(dm(one('11.10.2016', 'ru'))).toEqual([2016, 10, 11]);
  });

  it('gives offsets into the original text, diacritics and tatweel included', () => {
    const text = 'قالَ في ١٤ أكتـوبر ٢٠١٥ شيئا';
    const e = one(text);
    expect(text.slice(e.start, e.end)).toBe('١٤ أكتـوبر ٢٠١٥');
    expect(e.text).toBe(text.slice(e.start, e.end));
  });
});
