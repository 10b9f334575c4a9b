/**
 * The five seed documents, read from the shared corpus. The body is cut the way the cleaning
 * step would leave it (from after the gold headline to the credit line / comments / "follow us"
 * footer), and the constraints are the speakers' tenures a caller would pass for the officials
 * named in the text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DateConstraint } from '../../model/date-constraint';
import { dayNumberOfIso } from './calendar';
import { findDateExpressions } from './expressions';
import { pastEventConstraints } from './events';
import { resolveArticleDate } from './resolve';
import { statementDate, statementWindow } from './relative';

const ROOT = '/work/shared/corpus';
interface GoldDoc { file: string; headline: string | null; date: string | null; date_window?: [string | null, string | null] }
const gold = JSON.parse(readFileSync(`${ROOT}/seeds.gold.json`, 'utf8')) as { documents: GoldDoc[] };

function cleanedBody(doc: GoldDoc): string {
  let t = readFileSync(`${ROOT}/seeds/${doc.file}`, 'utf8');
  if (doc.headline) {
    const i = t.indexOf(doc.headline);
    if (i >= 0) t = t.slice(i + doc.headline.length);
  }
  for (const stop of ['\nالمصدر:', '\nالتعليقات', '\nتابعوا آخر']) {
    const j = t.indexOf(stop);
    if (j >= 0) t = t.slice(0, j);
  }
  return t.trim();
}

/** Tenures a caller would derive from the officials the text names. */
const TENURES: Array<{ name: RegExp; c: DateConstraint }> = [
  { name: /أنطونوف/, c: { after: '2011-02-04', before: '2016-12-28', why: 'Anatoly Antonov was Deputy Minister of Defence 2011-02-04 – 2016-12-28', evidence: 'أنطونوف' } },
  { name: /زاخاروفا/, c: { after: '2015-08-10', before: null, why: 'Maria Zakharova has been MFA spokeswoman since 2015-08-10', evidence: 'زاخاروفا' } },
  { name: /سيرومولوتوف/, c: { after: '2015-03-01', before: null, why: 'Oleg Syromolotov has been Deputy Foreign Minister since 2015-03', evidence: 'سيرومولوتوف' } },
  { name: /رئيس الوزراء الروسي دميتري مدفيديف/, c: { after: '2012-05-08', before: '2020-01-16', why: 'Dmitry Medvedev was Prime Minister 2012-05-08 – 2020-01-16', evidence: 'رئيس الوزراء الروسي دميتري مدفيديف' } },
  { name: /ستيف وارين/, c: { after: '2015-01-01', before: '2016-12-31', why: 'Steve Warren was spokesman of the US-led coalition 2015–2016', evidence: 'ستيف وارين' } },
];
const tenuresFor = (body: string) => TENURES.filter((t) => t.name.test(body)).map((t) => t.c);

const docs = gold.documents.map((d) => ({ gold: d, body: cleanedBody(d) }));
const byText = (needle: string) => {
  const d = docs.find((x) => x.body.includes(needle));
  if (!d) throw new Error(`no seed contains ${needle}`);
  return d;
};
const resolve = (d: { gold: GoldDoc; body: string }, constraints = tenuresFor(d.body)) =>
  resolveArticleDate({ body: d.body, headline: d.gold.headline, language: 'ar', constraints, today: '2026-11-22' });

describe('seed documents', () => {
  it('every seed with a gold date or window gets it (002 excepted: its date comes from clustering)', () => {
    for (const d of docs) {
      const r = resolve(d);
      const inWindow = (iso: string) =>
        (!r.window?.[0] || dayNumberOfIso(iso) >= dayNumberOfIso(r.window[0])) &&
        (!r.window?.[1] || dayNumberOfIso(iso) <= dayNumberOfIso(r.window[1]));
      if (r.date) expect(r.date, d.gold.file).toBe(d.gold.date);
      else if (d.gold.date_window) expect(r.window, d.gold.file).toEqual(d.gold.date_window);
      else expect(inWindow(d.gold.date as string), d.gold.file).toBe(true);
    }
  });

  it('Tuesday 11 October + Antonov + the Lavrov–Kerry agreement → 2016-10-11', () => {
    const d = byText('الثلاثاء 11 أكتوبر/تشرين الأول');
    const r = resolve(d);
    expect(r).toMatchObject({ date: '2016-10-11', precision: 'day', window: null, source: 'inferred' });
    expect(r.evidence?.text).toBe('الثلاثاء 11 أكتوبر/تشرين الأول');
    expect(d.body.slice(r.evidence!.start, r.evidence!.end)).toBe('الثلاثاء 11 أكتوبر/تشرين الأول');
    expect(r.reasoning?.[0]).toBe('weekday Tuesday 11 October → 2011, 2016, 2022');
    expect(r.reasoning?.some((l) => l.startsWith('Anatoly Antonov') && l.endsWith('rules out 2022'))).toBe(true);
    expect(r.reasoning?.some((l) => l.includes('Lavrov–Kerry') && l.endsWith('rules out 2011'))).toBe(true);
    expect(pastEventConstraints(d.body, 'ar').map((c) => c.after)).toContain('2016-09-09');
    // Without the tenure, 2022 stays possible: no date.
    expect(resolve(d, []).date).toBeNull();
  });

  it('the Russian air operation alone → window from 2015-09-30', () => {
    const d = byText('العملية الجوية الروسية في سوريا');
    expect(resolve(d)).toMatchObject({ date: null, window: ['2015-09-30', null] });
  });

  it('"اليوم الثلاثاء" and "9 سبتمبر الماضي" → the Tuesdays between the agreement and the end of the tenure', () => {
    const d = byText('اليوم الثلاثاء');
    const r = resolve(d);
    expect(r.date).toBeNull();
    expect(r.window).toEqual(['2016-09-13', '2016-12-27']);
    expect(r.evidence?.text).toBe('اليوم الثلاثاء');
    const e = findDateExpressions(d.body, 'ar').find((x) => x.month === 9 && x.day === 9);
    expect(e?.tense).toBe('past');
  });

  it('Palmyra retaken spoken of as done → window from 2016-03-27; أمس الأول dates Bogdanov two days back', () => {
    const d = byText('استعادته مدينة تدمر');
    const r = resolve(d);
    expect(r).toMatchObject({ date: null, window: ['2016-03-27', null] });
    expect(r.evidence?.text).toBe('استعادته مدينة تدمر');
    const sentence = d.body.split('\n').find((l) => l.includes('أمس الأول')) as string;
    expect(statementDate(sentence, r, 'ar')).toBeNull(); // the article itself has no day…
    // …but its window, shifted two days back, is Bogdanov's statement's own window
    expect(statementWindow(sentence, r.window!, 'ar')).toEqual({ window: ['2016-03-25', null], evidence: 'أمس الأول', days: -2 });
    const dated = { ...r, date: '2016-03-30', precision: 'day' as const, window: null };
    expect(statementDate(sentence, dated, 'ar')).toEqual({ date: '2016-03-28', evidence: 'أمس الأول', days: -2 });
  });

  it('"يوم الثلاثاء" + a conference "في 14 تشرين الأول (أكتوبر)" ahead → 2015-10-13', () => {
    const d = byText('14 تشرين الأول (أكتوبر)');
    const r = resolve(d);
    expect(r).toMatchObject({ date: '2015-10-13', precision: 'day', source: 'inferred' });
    expect(r.evidence?.text).toBe('يوم الثلاثاء');
    // Medvedev's premiership alone still gives 2015: 13 October is the nearest Tuesday before 14 October.
    const medvedev = tenuresFor(d.body).filter((c) => c.why.includes('Medvedev'));
    expect(resolve(d, medvedev).date).toBe('2015-10-13');
  });
});
