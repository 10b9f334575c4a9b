import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, toCSV, toJSON, toSVG } from './export';
import { escapeXml } from './svg';
import { assignLanes } from './lanes';
import { buildIndex, density, visible } from './buckets';
import { timelinePoints } from './points';
import { makeArticle, seedArticles } from './test-fixtures';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

const tricky = makeArticle({
  id: 'tricky',
  date: '2016-10-11',
  statements: [
    { speaker: 'lavrov', text: 'قال لافروف: "لا حل عسكرياً"، وأضاف\nسطراً ثانياً' },
    { speaker: 'zakharova', text: '=HYPERLINK("http://evil")' },
    { speaker: 'putin', text: 'رسالة <script>alert("x")</script> & more' },
  ],
});
const month = makeArticle({
  id: 'month',
  date: '2016-03-01',
  precision: 'month',
  statements: [{ speaker: 'lavrov', text: 'Monthly, "quoted"' }],
});

describe('toCSV', () => {
  const { points } = timelinePoints([tricky, month]);

  it('starts with a BOM and the header, uses CRLF', () => {
    const csv = toCSV(points, [tricky, month]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes Arabic text with commas, quotes and line breaks so a CSV reader gets it back', () => {
    const csv = toCSV(points, [tricky, month]);
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(5);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    expect(rows[1][col('text')]).toBe('قال لافروف: "لا حل عسكرياً"، وأضاف\nسطراً ثانياً');
    expect(rows[1][col('date')]).toBe('2016-10-11');
    expect(rows[1][col('speaker')]).toBe('Sergey Lavrov');
    expect(rows[1][col('russian_official')]).toBe('true');
    expect(rows[1][col('article_id')]).toBe('tricky');
    expect(rows[2][col('text')]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[4][col('date')]).toBe('2016-03');
    expect(rows[4][col('precision')]).toBe('month');
    expect(rows[4][col('text')]).toBe('Monthly, "quoted"');
  });

  it('falls back to the first words without the articles', () => {
    const csv = toCSV(points);
    expect(csv).toContain('قال لافروف: ""لا حل عسكرياً""، وأضاف سطراً ثانياً');
  });

  it('quotes exactly the fields that need it', () => {
    expect(csvField('plain عربي')).toBe('plain عربي');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\rbreak')).toBe('"line\rbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField('-1')).toBe("'-1");
  });
});

describe('toJSON', () => {
  it('writes one record per statement with the full text', () => {
    const { points } = timelinePoints([tricky, month]);
    const rows = JSON.parse(toJSON(points, new Map([[tricky.id, tricky]])));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      date: '2016-10-11',
      precision: 'day',
      speaker_id: 'lavrov',
      article_id: 'tricky',
      statement_index: 0,
    });
    expect(rows[2].text).toBe('رسالة <script>alert("x")</script> & more');
    expect(rows[3].text).toBe('Monthly, "quoted"'); // first words: the month article was not passed
  });
});

describe('toSVG', () => {
  const { points } = timelinePoints([...seedArticles(), tricky]);
  const lanes = assignLanes(points, { by: 'speaker' });
  const index = buildIndex(points, lanes);
  const domain: [number, number] = [day(2015, 9, 1), day(2016, 12, 31)];
  const model = (rtl: boolean, title = 'Syria <b>') => ({
    width: 900,
    domain,
    rtl,
    lang: (rtl ? 'ar' : 'en') as 'ar' | 'en',
    title,
    lanes: lanes.map((l) => ({
      id: l.id,
      label: l.id === 'putin' ? '<img src=x onerror=alert(1)>' : l.label,
      points: visible(index, domain, l.id),
    })),
    density: density(index, domain, 'month'),
  });

  it('escapes statement text and labels, never passing user text as markup', () => {
    const svg = toSVG(model(false));
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('Syria &lt;b&gt;');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // Every '<' opens a known SVG element.
    const tags = new Set([...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual([
      'circle',
      'clipPath',
      'defs',
      'g',
      'line',
      'rect',
      'svg',
      'text',
      'title',
    ]);
  });

  it('drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u0007c\uD800d "\'&')).toBe('abcd &quot;&apos;&amp;');
  });

  it('draws a day as a circle, a month as a span, and time right to left in rtl', () => {
    const ltr = toSVG(model(false));
    const rtl = toSVG(model(true));
    expect(rtl).toContain('direction="rtl"');
    expect(ltr).not.toContain('direction="rtl"');
    const cx = (svg: string, text: string) => {
      const m = new RegExp(`<circle cx="([\\d.]+)"[^>]*><title>${text}`).exec(svg);
      return Number(m![1]);
    };
    const putinL = cx(ltr, 'بوتين');
    const antonovL = cx(ltr, 'antonov said');
    expect(putinL).toBeLessThan(antonovL);
    expect(cx(rtl, 'بوتين')).toBeGreaterThan(cx(rtl, 'antonov said'));
    expect(ltr).toMatch(/<rect [^>]*fill-opacity="0.35"><title>lavrov said something/);
    expect(ticksIn(rtl).some((l) => /^[\u0660-\u0669]+$/.test(l))).toBe(true);
  });

  it('draws aggregated lanes as bars', () => {
    const m = model(false);
    const svg = toSVG({
      ...m,
      lanes: m.lanes.map((l) => ({
        id: l.id,
        label: l.label,
        bins: density(index, domain, 'month', [l.id]),
      })),
    });
    expect(svg).not.toContain('<circle');
    expect(svg.match(/<rect [^>]*fill-opacity/g)!.length).toBeGreaterThan(3);
  });
});

function ticksIn(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*text-anchor="middle"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}
