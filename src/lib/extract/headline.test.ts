import { describe, expect, it } from 'vitest';
import { assembleBody } from './assemble';
import { segmentPage } from './chrome';
import { findSubheads, pickHeadlines, stripSiteSuffix } from './headline';

function run(text: string, title?: string) {
  const seg = segmentPage(text);
  const h = pickHeadlines(seg, title);
  const a = assembleBody(seg);
  return {
    ...h,
    ...a,
    subheads: findSubheads(a.paragraphs).map((s) => s.text),
    spans: findSubheads(a.paragraphs),
  };
}

describe('stripSiteSuffix', () => {
  it('drops a site name after a separator', () => {
    expect(stripSiteSuffix('Lavrov meets Kerry in Geneva - Reuters')).toBe('Lavrov meets Kerry in Geneva');
    expect(stripSiteSuffix('بوتين يلتقي الأسد | إيلاف')).toBe('بوتين يلتقي الأسد');
    expect(stripSiteSuffix('Путин провел переговоры — ТАСС')).toBe('Путин провел переговоры');
    expect(stripSiteSuffix('Talks resume - example.com')).toBe('Talks resume');
  });
  it('keeps a dash that is part of the title', () => {
    expect(stripSiteSuffix('Lavrov - Kerry talks end without a deal')).toBe(
      'Lavrov - Kerry talks end without a deal',
    );
  });
});

describe('pickHeadlines', () => {
  it('prefers the metadata title and removes its line from the body', () => {
    const r = run(
      'Putin meets Assad\nPresident Vladimir Putin met Syrian President Bashar al-Assad in Moscow on Tuesday, the Kremlin said.',
      'Putin meets Assad | Kremlin watch',
    );
    expect(r.headline).toBe('Putin meets Assad');
    expect(r.basis).toBe('meta title');
    expect(r.body.startsWith('President Vladimir Putin')).toBe(true);
  });

  it('takes the head line the page repeats beside its photo caption', () => {
    const text = [
      'أين يمكنك متابعتنا',
      'أخبار العالم العربي اليوم',
      'زاخاروفا: موسكو منفتحة على التعاون مع التحالف',
      'قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو منفتحة على التعاون مع التحالف الدولي.',
      'زاخاروفا: موسكو منفتحة على التعاون مع التحالف',
      'ماريا زاخاروفا / RIA NOVOSTI',
      'وأضافت أن روسيا تدعو جميع الأطراف إلى العمل المشترك من أجل مكافحة الإرهاب في سوريا.',
    ].join('\n');
    const r = run(text);
    expect(r.headline).toBe('زاخاروفا: موسكو منفتحة على التعاون مع التحالف');
    expect(r.basis).toBe('page head (repeated)');
    expect(r.body).not.toContain('RIA NOVOSTI');
    expect(r.body.split('\n\n')).toHaveLength(2);
  });

  it('keeps a longer standfirst as sub-headline and drops a short teaser', () => {
    const lead =
      'Russian Defence Minister Sergei Shoigu said on Friday that the air group in Syria would be reduced, the ministry said.';
    const withStandfirst = run(
      `Shoigu announces drawdown\nThe defence minister says part of the air group will return home within weeks, but strikes will go on\n${lead}`,
    );
    expect(withStandfirst.headline).toBe('Shoigu announces drawdown');
    expect(withStandfirst.subheadline).toBe(
      'The defence minister says part of the air group will return home within weeks, but strikes will go on',
    );
    const withTeaser = run(
      `Shoigu announces drawdown of the air group\nUS jets "meet" Russian jets\nSubscribe to our newsletter\n${lead}`,
    );
    expect(withTeaser.headline).toBe('Shoigu announces drawdown of the air group');
    expect(withTeaser.subheadline).toBeNull();
    expect(withTeaser.removed.find((p) => p.text.includes('US jets'))?.reason).toBe('related');
  });

  it('finds no headline in a page of prose', () => {
    const r = run(
      'قال أناتولي أنطونوف نائب وزير الدفاع الروسي اليوم الثلاثاء، إن موسكو على استعداد للتعامل مع الولايات المتحدة.',
    );
    expect(r.headline).toBeNull();
    expect(r.subheadline).toBeNull();
  });
});

describe('findSubheads', () => {
  it('finds short section titles between paragraphs, with body offsets', () => {
    const text = [
      'Кремль: Москва готова к диалогу',
      'Пресс-секретарь президента России Дмитрий Песков заявил во вторник, что Москва готова к диалогу с Вашингтоном по Сирии.',
      'Позиция Кремля',
      'По его словам, Россия не стремится к лидерству в Сирии и хочет лишь помочь в борьбе с терроризмом.',
      'Никаких обвинений',
      'Песков также отверг обвинения Запада в ударах по умеренной оппозиции, назвав их необоснованными.',
    ].join('\n');
    const r = run(text);
    expect(r.headline).toBe('Кремль: Москва готова к диалогу');
    expect(r.subheads).toEqual(['Позиция Кремля', 'Никаких обвинений']);
    for (const s of r.spans) expect(r.body.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not take a line introducing a quote, or the last line, as a subhead', () => {
    const text = [
      'The minister said the following about the talks in Geneva, which lasted three days.',
      'He told reporters:',
      '"We are ready to continue the dialogue with all parties to the conflict in Syria."',
      'Moscow, October 2016',
    ].join('\n');
    expect(run(text).subheads).toEqual([]);
  });
});
