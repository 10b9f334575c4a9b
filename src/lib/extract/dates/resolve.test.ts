import { describe, expect, it } from 'vitest';
import type { DateConstraint } from '../../model/date-constraint';
import { resolveArticleDate } from './resolve';
import type { ResolveInput } from './resolve';

const TODAY = '2026-11-22';
const ANTONOV: DateConstraint = {
  after: '2011-02-04', before: '2016-12-28', why: 'Anatoly Antonov was Deputy Minister of Defence 2011-02-04 – 2016-12-28',
};
const run = (p: Partial<ResolveInput> & { body: string }) =>
  resolveArticleDate({ headline: null, language: 'ar', constraints: [], today: TODAY, ...p });

describe('metadata first', () => {
  it('takes a meta date over the text', () => {
    const r = run({
      body: 'أكد أنطونوف، الثلاثاء 11 أكتوبر/تشرين الأول، استعداد بلاده.',
      meta: { date: '2016-10-12T09:00:00+03:00', dateField: 'meta article:published_time' },
    });
    expect(r).toMatchObject({ date: '2016-10-12', precision: 'day', window: null, source: 'meta' });
    expect(r.evidence).toEqual({ basis: 'meta article:published_time', text: '2016-10-12T09:00:00+03:00' });
  });

  it('falls back to the URL, and ignores an unreadable meta date', () => {
    const r = run({ body: 'نص بلا تاريخ.', meta: { date: 'n/a', url: 'https://arabic.rt.com/news/2016/10/11/841234-x/' } });
    expect(r).toMatchObject({ date: '2016-10-11', source: 'meta', evidence: { basis: 'url', text: '2016/10/11' } });
  });

  it('narrows a month-precision meta date with a day in the text', () => {
    const r = run({ language: 'en', body: 'MOSCOW, Oct 11 (Reuters) - Russia said.', meta: { date: '2016-10' } });
    expect(r).toMatchObject({ date: '2016-10-11', precision: 'day', source: 'inferred' });
    const bare = run({ language: 'en', body: 'Russia said nothing new.', meta: { date: '2016-10' } });
    expect(bare).toMatchObject({ date: '2016-10-01', precision: 'month', source: 'meta' });
  });
});

describe('explicit dates in the text', () => {
  it('takes a full dateline date, with offsets', () => {
    const body = 'МОСКВА, 11 октября 2016 года. /ТАСС/. Заместитель министра обороны заявил.';
    const r = run({ language: 'ru', body });
    expect(r).toMatchObject({ date: '2016-10-11', precision: 'day', source: 'text', evidence: { basis: 'dateline' } });
    expect(body.slice(r.evidence!.start, r.evidence!.end)).toBe('11 октября 2016 года');
  });

  it('prefers the Gregorian date of a Hijri/Gregorian pair and converts a Hijri one alone', () => {
    expect(run({ body: 'دمشق، 10 محرم 1438 هـ الموافق 11 أكتوبر 2016م - قال الوزير.' }).date).toBe('2016-10-11');
    expect(run({ body: 'الرياض، الثلاثاء 10 محرم 1438 هـ الموافق 11 أكتوبر 2016م - قال الوزير.' }).date).toBe('2016-10-11');
    // Tabular 10 Muharram 1438 is Wednesday 2016-10-12; the weekday named moves it to the Tuesday.
    const h = run({ body: 'الرياض، الثلاثاء 10 محرم 1438 هـ - قال الوزير.' });
    expect(h.date).toBe('2016-10-11');
    expect(h.reasoning?.join(' ')).toMatch(/tabular Hijri conversion moved -1 day/);
    expect(run({ body: 'الرياض، 10 محرم 1438 هـ - قال الوزير.' }).date).toBe('2016-10-12');
  });

  it('does not take a dated past event for the publication date', () => {
    const r = run({ body: 'قال الوزير إن الاتفاق الذي وقع في 9 سبتمبر 2016 الماضي انهار.', constraints: [ANTONOV] });
    expect(r.date).toBeNull();
    expect(r.window).toEqual(['2016-09-09', '2016-12-28']);
  });

  it('counts أمس: "أمس الاثنين 10 أكتوبر 2016" was published on the 11th', () => {
    expect(run({ body: 'أعلن الوزير أمس الاثنين 10 أكتوبر 2016 أن.' }).date).toBe('2016-10-11');
  });
});

describe('year inference from weekday and constraints', () => {
  it('fixes the year when one is left, with reasoning', () => {
    const r = run({ body: 'أكد أنطونوف، الثلاثاء 11 أكتوبر/تشرين الأول، أن موسكو مستعدة.', constraints: [ANTONOV] });
    // Antonov leaves 2011 and 2016: no date.
    expect(r.date).toBeNull();
    expect(r.window).toEqual(['2011-10-11', '2016-10-11']);
    expect(r.reasoning?.[0]).toBe('weekday Tuesday 11 October → 2011, 2016, 2022');

    const later: DateConstraint = { after: '2016-09-09', before: null, why: 'given after 2016-09-09' };
    const r2 = run({ body: 'أكد أنطونوف، الثلاثاء 11 أكتوبر/تشرين الأول، أن موسكو مستعدة.', constraints: [ANTONOV, later] });
    expect(r2).toMatchObject({ date: '2016-10-11', precision: 'day', source: 'inferred', window: null });
    expect(r2.evidence?.text).toBe('الثلاثاء 11 أكتوبر/تشرين الأول');
    expect(r2.evidence?.basis).toMatch(/^inferred from weekday/);
    expect(r2.reasoning).toContain('Anatoly Antonov was Deputy Minister of Defence 2011-02-04 – 2016-12-28 → rules out 2022');
  });

  it('combines a bare day-month with a weekday said elsewhere (English)', () => {
    const r = run({
      language: 'en',
      body: 'MOSCOW, Oct 11 (Reuters) - Russia is ready to work with Washington, Deputy Defence Minister Anatoly Antonov said on Tuesday.',
      constraints: [ANTONOV],
    });
    // Tuesday 11 October: 2011 or 2016 within Antonov's tenure.
    expect(r.window).toEqual(['2011-10-11', '2016-10-11']);
    const withEvent = run({
      language: 'en',
      body: 'MOSCOW, Oct 11 (Reuters) - Antonov said on Tuesday that Russian airstrikes in Syria had weakened militants.',
      constraints: [ANTONOV],
    });
    expect(withEvent.date).toBe('2016-10-11');
  });

  it('Russian: a weekday before a future day-month', () => {
    const r = run({
      language: 'ru',
      body: 'Антонов заявил во вторник, что переговоры состоятся 14 октября. Удары ВКС России в Сирии продолжаются.',
      constraints: [ANTONOV],
    });
    expect(r.date).toBe('2015-10-13');
  });

  it('a weekday alone gives a window of such weekdays', () => {
    const r = run({ body: 'قال الوزير اليوم الخميس إن.', constraints: [{ after: '2016-09-01', before: '2016-09-30', why: 'test window' }] });
    expect(r).toMatchObject({ date: null, window: ['2016-09-01', '2016-09-29'], source: 'inferred' });
    expect(r.evidence?.text).toBe('اليوم الخميس');
    const one = run({ body: 'قال الوزير اليوم الخميس إن.', constraints: [{ after: '2016-09-05', before: '2016-09-11', why: 'one week' }] });
    expect(one.date).toBe('2016-09-08');
  });
});

describe('no date at all', () => {
  it('gives the tightest window and the constraints it rests on', () => {
    const body = 'وقالت زاخاروفا إن وسائل الإعلام بدأت تغطية العملية الجوية الروسية في سوريا بموضوعية.';
    const r = run({ body, constraints: [{ after: '2015-08-10', before: null, why: 'Zakharova spokeswoman since 2015-08-10' }] });
    expect(r).toMatchObject({ date: null, precision: null, window: ['2015-09-30', null] });
    expect(r.evidence?.basis).toBe('constraints');
    expect(body.slice(r.evidence!.start, r.evidence!.end)).toBe('العملية الجوية الروسية');
  });

  it('returns no window when nothing bounds the date', () => {
    expect(run({ body: 'نص بلا أي دلالة زمنية.' })).toMatchObject({ date: null, window: null, evidence: null });
  });

  it('drops event constraints that contradict the tenures, and says so', () => {
    const body = 'قال الوزير إن الوضع تغير منذ سقوط نظام الأسد.';
    const r = run({ body, constraints: [ANTONOV] });
    expect(r.window).toEqual(['2011-02-04', '2016-12-28']);
    expect(r.reasoning?.join(' ')).toMatch(/contradict/);
  });
});
