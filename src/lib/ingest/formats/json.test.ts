import { describe, expect, it } from 'vitest';
import type { RecordMeta } from '../../model/article';
import { readJson, readJsonLines, recordsOf } from './json';
import { jsonErrorLine, jsonErrorOffset } from './json-error';

const base: RecordMeta = { format: 'json', encoding: 'utf-8' };

describe('readJson', () => {
  it('reads one object as one record, mapping field names case-insensitively', () => {
    const json = JSON.stringify({
      Headline: 'لافروف: لا حل عسكري',
      Article_Text: 'قال وزير الخارجية الروسي...',
      publishedAt: '2016-10-11',
      LINK: 'https://example.com/a',
      Site_Name: 'RT Arabic',
      Language: 'ar',
    });
    expect([...readJson(json, base)]).toEqual([
      {
        kind: 'record',
        text: 'قال وزير الخارجية الروسي...',
        meta: {
          format: 'json',
          encoding: 'utf-8',
          title: 'لافروف: لا حل عسكري',
          date: '2016-10-11',
          dateField: 'field publishedAt',
          url: 'https://example.com/a',
          source: 'RT Arabic',
          lang: 'ar',
        },
      },
    ]);
  });

  it('reads an array and rejects only the records without text', () => {
    const json = JSON.stringify([
      { text: 'one' },
      { content: 'two' },
      { title: 'no body', id: 3 },
      { body: '' },
      42,
    ]);
    const items = [...readJson(json, base)];
    expect(items.map((i) => (i.kind === 'record' ? i.text : i.reason))).toEqual([
      'one',
      'two',
      'record 3 has no text field (looked for text, content, body, article, article_text, full_text, description)',
      'record 4 has an empty text field ("body")',
      'record 5 is a number, not a record',
    ]);
  });

  it('finds the records under items/articles/data/records/results', () => {
    for (const key of ['items', 'Articles', 'data', 'records', 'results']) {
      expect(recordsOf({ count: 2, [key]: [{ text: 'a' }, { text: 'b' }] })).toHaveLength(2);
    }
    expect(recordsOf({ meta: { page: 1 }, rt: [{ text: 'a' }] })).toEqual([{ text: 'a' }]);
  });

  it('converts an HTML body to text and prefers real text over description', () => {
    const json = JSON.stringify({
      description: 'lead only',
      content: { rendered: '<p>First&nbsp;para</p><p>Second <b>para</b></p>' },
    });
    const [item] = [...readJson(json, base)];
    expect(item).toMatchObject({ kind: 'record', text: 'First\u00a0para\n\nSecond para' });
  });

  it('uses description as a last resort', () => {
    expect([...readJson('{"description": "only this", "text": "  "}', base)]).toMatchObject([
      { kind: 'record', text: 'only this' },
    ]);
  });

  it('rejects a syntax error with the right line number', () => {
    const json = '[\n  {"text": "one"},\n  {"text": "two"}\n  {"text": "three"}\n]';
    expect([...readJson(json, base)]).toEqual([{ kind: 'rejected', reason: 'not valid JSON at line 4' }]);
    expect([...readJson('{"text": "cut', base)]).toEqual([
      { kind: 'rejected', reason: 'not valid JSON at line 1' },
    ]);
  });

  it('rejects an empty list', () => {
    expect([...readJson('[]', base)]).toEqual([
      { kind: 'rejected', reason: 'no records in the JSON file (the list is empty)' },
    ]);
  });
});

describe('readJsonLines', () => {
  it('reads one record per line and rejects a bad line on its own', () => {
    const text =
      '{"text": "one"}\n\n{"text": "two", "date": "2016-10-11"}\n{"text": "three",}\n{"title": "x"}\n"four"\n';
    const items = [...readJsonLines(text, { format: 'jsonl' })];
    expect(items.map((i) => (i.kind === 'record' ? i.text : i.reason))).toEqual([
      'one',
      'two',
      'not valid JSON at line 4',
      'line 5 has no text field (looked for text, content, body, article, article_text, full_text, description)',
      'four',
    ]);
    expect(items[1]).toMatchObject({ meta: { date: '2016-10-11', dateField: 'field date' } });
  });
});

describe('jsonErrorOffset', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const ok of [
      '{}',
      '[]',
      ' [1, -2.5e3, "a\\u0041\\n", true, false, null, {"a": [{}]}] ',
      '"x"',
      '0',
    ]) {
      expect(jsonErrorOffset(ok)).toBe(-1);
    }
  });
  it('points at the first fault', () => {
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[01]')).toBe(2);
    expect(jsonErrorOffset('["a\tb"]')).toBe(3);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });
  it('agrees with the engine where its message gives a position', () => {
    const bad = [
      '[\n1,\n2\n3]',
      '{"a": [1, 2,, 3]}',
      '{\n  "x": "y"\n  "z": 1\n}',
      '[true, fals]',
      '{"a":1}}',
    ];
    let compared = 0;
    for (const text of bad) {
      try {
        JSON.parse(text);
      } catch (error) {
        const m = /position (\d+)/.exec((error as Error).message);
        if (m) {
          expect(jsonErrorOffset(text)).toBe(Number(m[1]));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
  it('gives the line, or the last line with content at the end of input', () => {
    expect(jsonErrorLine('{\n"a": 1,\n"b": tru\n}')).toBe(3);
    expect(jsonErrorLine('[\n{"a": 1},\n\n\n')).toBe(2);
  });
});
