import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline';
import { articleUrl, compiled, detectOutlet, matchFingerprints } from './outlet';
import { compilePattern, restoreFingerprints } from './outlets/fingerprints';
import { hostOf, outletByUrl } from './outlets/outlets';
import type { RecordMeta } from '../model/article';

const txt: RecordMeta = { format: 'txt' };

function outletOf(text: string, meta: RecordMeta = txt, fps = compiled()) {
  const rawLines = text.split('\n');
  return detectOutlet({
    rawLines,
    meta,
    url: articleUrl(rawLines, meta),
    fingerprint: matchFingerprints(rawLines, fps),
    dateline: findDateline(text),
  });
}

describe('datelines', () => {
  it.each([
    ['موسكو – سانا\nأعلن نائب وزير الخارجية', 'SANA', 'سانا'],
    ['دمشق-سانا\nقال', 'SANA', 'سانا'],
    ['باريس (أ ف ب) - قال وزير الخارجية', 'AFP', 'أ ف ب'],
    ['MOSCOW, Oct 11 (Reuters) - Russia said on Tuesday', 'Reuters', 'Reuters'],
    ['MOSCOW, October 11 - RIA Novosti. Russia said', 'RIA Novosti', 'RIA Novosti'],
    ['МОСКВА, 11 окт — РИА Новости. Россия готова', 'RIA Novosti', 'РИА Новости'],
    ['МОСКВА, 3 марта. /ТАСС/. Россия', 'TASS', 'ТАСС'],
    ['Москва согласилась с предложением, сообщает ТАСС.', null, null],
  ])('%s', (text, outlet, agency) => {
    const d = findDateline(text);
    expect(d?.outlet.name ?? null).toBe(outlet);
    expect(d?.agency ?? null).toBe(agency);
    if (d) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('ignores an agency cited inside a sentence', () => {
    expect(
      findDateline('وياتي حديث بوتين، تزامنا مع ما نقلته (انترفاكس) للأنباء عن وزارة الدفاع'),
    ).toBeNull();
    expect(findDateline('Putin said, according to (Reuters) sources, that')).toBeNull();
  });
});

describe('detectOutlet', () => {
  it('uses the URL domain table first', () => {
    expect(outletOf('x', { format: 'html', url: 'https://arabic.rt.com/middle_east/1-x/' }).outlet).toBe(
      'RT Arabic',
    );
    expect(outletOf('x', { format: 'html', url: 'https://www.rt.com/news/1-x/' }).outlet).toBe('RT');
    expect(outletOf('x', { format: 'json', url: 'https://sarabic.ae/20161011/x.html' }).outlet).toBe(
      'Sputnik Arabic',
    );
    expect(outletOf('x', { format: 'json', url: 'http://tass.com/politics/1' }).evidence?.basis).toBe(
      'url domain',
    );
  });

  it('maps a metadata site name, or keeps an unknown one as given', () => {
    expect(outletOf('x', { format: 'html', source: 'ТАСС' }).outlet).toBe('TASS');
    expect(outletOf('x', { format: 'html', source: 'Some Local Paper' }).outlet).toBe('Some Local Paper');
  });

  it('recognises site chrome fingerprints anywhere in the page', () => {
    const page = 'مباشر\nأين يمكنك متابعتنا\nأقسام مهمة\nنص الخبر هنا.\nالمصدر: تاس';
    const r = outletOf(page);
    expect(r.outlet).toBe('RT Arabic');
    expect(r.evidence?.basis).toBe('fingerprint RT Arabic');
    // Two hits are not enough for RT Arabic (minHits 3).
    expect(outletOf('مباشر\nأقسام مهمة\nنص الخبر هنا.').outlet).toBeNull();
  });

  it('accepts user fingerprints', () => {
    const fps = compiled(
      restoreFingerprints([
        { outlet: 'Example Daily', patterns: ['~Example Daily ©', '/^Share this story$/'], minHits: 2 },
        { bad: 1 },
      ]),
    );
    expect(
      outletOf('Body text here.\nShare this story\nAll rights reserved, Example Daily © 2016', txt, fps)
        .outlet,
    ).toBe('Example Daily');
  });

  it('falls back on the dateline, and stays null without evidence', () => {
    expect(outletOf('MOSCOW, Oct 11 (Reuters) - Russia said on Tuesday it was ready.').outlet).toBe(
      'Reuters',
    );
    expect(outletOf('ونقلت قناة “روسيا اليوم” الفضائية عن أنطونوف قوله إن موسكو مستعدة.').outlet).toBeNull();
  });

  it('reads a labelled URL line', () => {
    const lines = ['Title', 'URL: https://ria.ru/20161011/1478.html', 'Text.'];
    expect(articleUrl(lines, txt)).toBe('https://ria.ru/20161011/1478.html');
    expect(outletOf(lines.join('\n')).outlet).toBe('RIA Novosti');
    expect(articleUrl(['https://telegram.me/SyrianArabNewsAgency'], txt)).toBeNull();
  });
});

describe('outlet tables', () => {
  it('matches the most specific domain', () => {
    expect(hostOf('https://www.Elaph.com/Web/News/2015/10/1.html')).toBe('elaph.com');
    expect(outletByUrl('arabic.sputniknews.com/x')?.name).toBe('Sputnik Arabic');
    expect(outletByUrl('https://sputniknews.com/x')?.name).toBe('Sputnik');
    expect(outletByUrl('https://example.org/')).toBeNull();
  });
  it('compiles the three pattern forms', () => {
    expect(compilePattern('Stories')('  stories ')).toBe(true);
    expect(compilePattern('Stories')('Top Stories')).toBe(false);
    expect(compilePattern('~telegram.me/X')('go to https://telegram.me/x now')).toBe(true);
    expect(compilePattern('/^\\d+ خبر$/u')('45 خبر')).toBe(true);
    expect(compilePattern('/(/')('anything')).toBe(false);
  });
});
