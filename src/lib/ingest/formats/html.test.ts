import { describe, expect, it } from 'vitest';
import type { RecordMeta } from '../../model/article';
import { declaredCharset } from './html-meta';
import { looksLikeHtml, parseHtml, readHtml } from './html';

const PAGE = `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>موسكو:   التسوية في سوريا | RT Arabic</title>
<meta property="og:title" content="OG title">
<meta property="og:site_name" content="RT Arabic">
<meta property="og:url" content="https://arabic.rt.com/og">
<meta property="article:published_time" content="2016-10-11T09:15:00+03:00">
<meta name="date" content="2016-10-12">
<link rel="canonical" href="https://arabic.rt.com/middle_east/842301/">
<style>body { color: red } .x::after { content: "style text" }</style>
<script>document.write("<p>script text</p>")</script>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-10-10"}</script>
</head>
<body>
<nav><ul><li>الرئيسية</li><li>أخبار</li></ul></nav>
<noscript>enable JS</noscript>
<article>
  <h1>الدفاع الروسية:   موسكو مستعدة</h1>
  <p>أكد أناتولي&nbsp;أنطونوف، نائب وزير الدفاع &amp; <b>الروسي</b>، الثلاثاء.</p>
  <p>سطر أول<br>سطر ثان</p>
  <div hidden>hidden div</div><span style="display:none">hidden span</span>
  <svg><title>svg title</title><text>svg text</text></svg>
  <template><p>template text</p></template>
  <blockquote>اقتباس</blockquote>
  <table><tr><th>a</th><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
</article>
</body></html>`;

describe('parseHtml', () => {
  const doc = parseHtml(PAGE);

  it('keeps the visible text in document order, one block per line', () => {
    expect(doc.text).toBe(
      [
        'الرئيسية',
        'أخبار',
        '',
        'الدفاع الروسية: موسكو مستعدة',
        '',
        'أكد أناتولي\u00a0أنطونوف، نائب وزير الدفاع & الروسي، الثلاثاء.',
        '',
        'سطر أول',
        'سطر ثان',
        '',
        'اقتباس',
        '',
        'a b',
        'c d',
      ].join('\n'),
    );
  });

  it('drops script, style, noscript, template, svg and hidden content, and all markup', () => {
    for (const gone of [
      'script text',
      'document.write',
      'style text',
      'enable JS',
      'template text',
      'svg',
      'hidden',
      '<',
      'datePublished',
    ]) {
      expect(doc.text).not.toContain(gone);
    }
  });

  it('reads title, date (with its field), canonical url, site name and language', () => {
    expect(doc.meta).toEqual({
      title: 'موسكو: التسوية في سوريا | RT Arabic',
      date: '2016-10-11T09:15:00+03:00',
      dateField: 'meta article:published_time',
      url: 'https://arabic.rt.com/middle_east/842301/',
      source: 'RT Arabic',
      lang: 'ar',
    });
  });

  it('falls back through the date sources in order', () => {
    expect(
      parseHtml('<meta property="og:published_time" content="2016-01-02"><time datetime="2015">x</time>')
        .meta,
    ).toMatchObject({
      date: '2016-01-02',
      dateField: 'meta og:published_time',
    });
    expect(
      parseHtml('<span itemprop="datePublished" content="2016-03-04">4 March</span>').meta.dateField,
    ).toBe('itemprop datePublished');
    expect(
      parseHtml('<script type="application/ld+json">{"@graph":[{"datePublished":"2016-05-06"}]}</script>')
        .meta,
    ).toMatchObject({
      date: '2016-05-06',
      dateField: 'json-ld datePublished',
    });
    expect(
      parseHtml('<meta name="pubdate" content="20161011"><time datetime="2015-01-01">x</time>').meta,
    ).toMatchObject({
      date: '20161011',
      dateField: 'meta pubdate',
    });
    expect(parseHtml('<p><time datetime="2016-10-11T10:00">11 Oct</time></p>').meta).toMatchObject({
      date: '2016-10-11T10:00',
      dateField: 'time datetime',
    });
    expect(parseHtml('<p>x</p>').meta).toEqual({});
  });

  it('uses og:title and og:url when there is no <title> or canonical link', () => {
    expect(
      parseHtml(
        '<meta property="og:title" content="OG"><meta property="og:url" content="https://x/y"><p>t</p>',
      ).meta,
    ).toEqual({
      title: 'OG',
      url: 'https://x/y',
    });
  });

  it('copes with broken markup', () => {
    expect(parseHtml('<p>one<p>two<div>three</span>four').text).toBe('one\n\ntwo\n\nthreefour');
  });
});

describe('readHtml', () => {
  const base: RecordMeta = { format: 'html', encoding: 'utf-8' };
  it('yields one record with the page metadata', () => {
    const items = [...readHtml(PAGE, base)];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'record',
      meta: { format: 'html', encoding: 'utf-8', source: 'RT Arabic' },
    });
  });
  it('rejects a page without visible text', () => {
    expect([
      ...readHtml('<html><head><title>t</title></head><body><script>x</script></body></html>', base),
    ]).toEqual([{ kind: 'rejected', reason: 'no visible text in the HTML page' }]);
  });
});

describe('looksLikeHtml / declaredCharset', () => {
  it('tells markup from text with angle brackets', () => {
    expect(looksLikeHtml('<p>hello</p>')).toBe(true);
    expect(looksLikeHtml('line<br/>line')).toBe(true);
    expect(looksLikeHtml('if a < b and c > d')).toBe(false);
  });
  it('finds a declared charset in the first bytes', () => {
    expect(declaredCharset(new TextEncoder().encode('<meta charset="windows-1256">'))).toBe('windows-1256');
    expect(
      declaredCharset(
        new TextEncoder().encode(
          '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        ),
      ),
    ).toBe('windows-1251');
    expect(declaredCharset(new TextEncoder().encode('<p>no charset</p>'))).toBeNull();
  });
});
