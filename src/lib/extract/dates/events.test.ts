import { describe, expect, it } from 'vitest';
import { ALL_PAST_EVENTS, pastEventConstraints } from './events';

const afters = (text: string, lang: 'ar' | 'en' | 'ru' = 'ar') => pastEventConstraints(text, lang).map((c) => c.after);

describe('the events table', () => {
  it('has at least 25 dated events, each with Arabic, English and Russian patterns that compile', () => {
    expect(ALL_PAST_EVENTS.length).toBeGreaterThanOrEqual(25);
    for (const ev of ALL_PAST_EVENTS) {
      expect(ev.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const lg of ['ar', 'en', 'ru'] as const) {
        expect(ev[lg].length, `${ev.id} ${lg}`).toBeGreaterThan(0);
        for (const src of ev[lg]) expect(() => new RegExp(src, 'u')).not.toThrow();
      }
    }
    expect(new Set(ALL_PAST_EVENTS.map((e) => e.id)).size).toBe(ALL_PAST_EVENTS.length);
  });
});

describe('pastEventConstraints', () => {
  it('dates the Russian air campaign in three languages', () => {
    expect(afters('لدى تغطية العملية الجوية الروسية في سوريا')).toEqual(['2015-09-30']);
    expect(afters('Russian airstrikes in Syria have hit', 'en')).toEqual(['2015-09-30']);
    expect(afters('российская авиация в Сирии нанесла удары', 'ru')).toEqual(['2015-09-30']);
  });

  it('needs a specific, done mention for one-off events', () => {
    expect(afters('وصل الوفد إلى تدمر')).toEqual([]);
    expect(afters('ونوه بانتصارات الجيش وخاصة استعادته مدينة تدمر الأثرية')).toEqual(['2016-03-27']);
    expect(afters('يسعى الجيش لاستعادة تدمر')).toEqual([]);
    expect(afters('بعد تحرير مدينة الرقة')).toEqual(['2017-10-17']);
    expect(afters('التعاون في تحرير مدينة الرقة')).toEqual([]);
    expect(afters('after the army recaptured Palmyra', 'en')).toEqual(['2016-03-27']);
    expect(afters('the army will try to retake Palmyra', 'en')).toEqual([]);
    expect(afters('после освобождения Пальмиры', 'ru')).toEqual(['2016-03-27']);
  });

  it('does not count an event the text puts in the future', () => {
    expect(afters('قد تبدأ الحملة الجوية الروسية قريبا إذا')).toEqual([]);
    expect(afters('if Russian airstrikes in Syria begin', 'en')).toEqual([]);
    expect(afters('Russian airstrikes in Syria will begin soon', 'en')).toEqual([]);
  });

  it('tells the 2016 Lavrov–Kerry agreement from other Geneva talks', () => {
    const t = 'الاتفاقات التي توصل إليها الوزيران سيرغي لافروف وجون كيري في جنيف 9 سبتمبر/أيلول الماضي';
    const c = pastEventConstraints(t, 'ar');
    expect(c.map((x) => x.after)).toEqual(['2016-09-09']);
    expect(t.slice(c[0].start, c[0].end)).toBe(c[0].evidence);
    expect(afters('لقاء لافروف وكيري في جنيف')).toEqual([]);
  });

  it('recognises later events', () => {
    expect(afters('منذ سقوط نظام الأسد')).toEqual(['2024-12-08']);
    expect(afters('since the fall of Assad, Russia', 'en')).toEqual(['2024-12-08']);
    expect(afters('в рамках астанинского формата', 'ru')).toEqual(['2017-01-23']);
    expect(afters('ضمن مسار أستانا')).toEqual(['2017-01-23']);
    expect(afters('the Khan Sheikhoun chemical attack', 'en')).toEqual(['2017-04-04']);
  });

  it('skips menu-like lines', () => {
    expect(afters('خبر أول\nالعملية العسكرية الروسية في أوكرانيا\nخبر آخر')).toEqual([]);
    expect(afters('خبر أول\nوقال إن العملية العسكرية الروسية في أوكرانيا مستمرة.\n')).toEqual(['2022-02-24']);
  });
});
