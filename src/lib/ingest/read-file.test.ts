import { readdirSync, readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ACCEPTED_EXTENSIONS, DEFAULT_LIMITS, readFile, type IngestItem } from './index';

const SEEDS = new URL('../../../../shared/corpus/seeds/', import.meta.url);
const seedNames = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seed = (name: string) => new Uint8Array(readFileSync(new URL(name, SEEDS)));

const read = (name: string, bytes: Uint8Array | string) => [
  ...readFile(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes),
];
const rejection = (entry: string | null, reason: string): IngestItem => ({ kind: 'rejected', entry, reason });

function encodeSingleByte(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 255; b >= 0; b--) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from(text, (ch) => table.get(ch) ?? 0x3f);
}

describe('readFile on the seed files', () => {
  it('reads each seed as one txt record holding the whole file', () => {
    expect(seedNames.length).toBe(5);
    for (const name of seedNames) {
      const bytes = seed(name);
      const items = read(name, bytes);
      expect(items).toEqual([
        {
          kind: 'record',
          record: {
            text: new TextDecoder().decode(bytes),
            meta: { format: 'txt', encoding: 'utf-8' },
            record: 0,
            entry: null,
          },
        },
      ]);
    }
  });

  it("keeps no-break spaces and site chrome (cleaning is extraction's job)", () => {
    const [item] = read(seedNames[0], seed(seedNames[0]));
    expect(item.kind === 'record' && item.record.text).toContain('\u00a0');
    expect(item.kind === 'record' && item.record.text.startsWith('مباشر\n')).toBe(true);
  });

  it('reads the same texts from a zip of the seeds, numbered across entries', () => {
    const zip = zipSync(Object.fromEntries(seedNames.map((n) => [`seeds/${n}`, seed(n)])));
    const items = read('seeds.zip', zip);
    expect(items).toHaveLength(5);
    items.forEach((item, i) => {
      expect(item).toEqual({
        kind: 'record',
        record: {
          text: new TextDecoder().decode(seed(seedNames[i])),
          meta: { format: 'txt', encoding: 'utf-8' },
          record: i,
          entry: `seeds/${seedNames[i]}`,
        },
      });
    });
  });
});

describe('readFile rejections', () => {
  it('rejects a PNG renamed .txt as a binary file', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(read('article.txt', png)).toEqual([rejection(null, 'binary file (PNG image)')]);
  });

  it('rejects empty files: 0 bytes, white space only, BOM only', () => {
    expect(read('a.txt', new Uint8Array(0))).toEqual([rejection(null, 'empty file')]);
    expect(read('a.txt', ' \n\t\r\n\u00a0 ')).toEqual([rejection(null, 'empty file')]);
    expect(read('a.json', new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual([rejection(null, 'empty file')]);
  });

  it('rejects a file over the size limit, naming the limit', () => {
    expect(DEFAULT_LIMITS.maxFileBytes).toBe(50 * 1024 * 1024);
    const big = new Uint8Array(DEFAULT_LIMITS.maxFileBytes + 1);
    expect(read('big.txt', big)).toEqual([rejection(null, 'larger than the 50 MB limit')]);
    expect([
      ...readFile('a.txt', new Uint8Array(2048).fill(65), { ...DEFAULT_LIMITS, maxFileBytes: 1024 }),
    ]).toEqual([rejection(null, 'larger than the 1 KB limit')]);
  });

  it('rejects office documents and unknown binaries', () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document/>'),
    });
    expect(read('report.docx', docx)).toEqual([rejection(null, 'binary file (Word document)')]);
    const noise = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    expect(read('data.bin', noise)).toEqual([rejection(null, 'binary file')]);
  });

  it('rejects a .zip that is not a zip', () => {
    expect(read('a.zip', 'plain text')).toEqual([
      rejection(null, 'damaged zip file (it does not start like a zip archive)'),
    ]);
  });

  it('rejects invalid JSON with its line, and keeps good JSONL lines around a bad one', () => {
    expect(read('a.json', '{\n  "text": "x",\n  "title": oops\n}')).toEqual([
      rejection(null, 'not valid JSON at line 3'),
    ]);
    const items = read('a.jsonl', '{"text":"a"}\r\n{"text":\r\n{"text":"c"}\r\n');
    expect(items.map((i) => (i.kind === 'record' ? [i.record.record, i.record.text] : i.reason))).toEqual([
      [0, 'a'],
      'not valid JSON at line 2',
      [1, 'c'],
    ]);
  });

  it('never throws on junk under any supported name', () => {
    let x = 7;
    const junk = new Uint8Array(3000).map(() => ((x = (x * 1103515245 + 12345) >>> 0), x >>> 24));
    const halfText = new Uint8Array([...new TextEncoder().encode('{"text": "<p>a'), ...junk.subarray(0, 50)]);
    for (const ext of ACCEPTED_EXTENSIONS.concat(['.xyz', ''])) {
      for (const bytes of [junk, halfText, junk.subarray(0, 3)]) {
        const items = read(`f${ext}`, bytes);
        expect(items.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('readFile formats and encodings', () => {
  it('lists the accepted extensions', () => {
    expect(ACCEPTED_EXTENSIONS).toEqual(
      expect.arrayContaining([
        '.txt',
        '.text',
        '.md',
        '.html',
        '.htm',
        '.xhtml',
        '.json',
        '.jsonl',
        '.ndjson',
        '.csv',
        '.tsv',
        '.zip',
      ]),
    );
  });

  it('normalises CRLF and drops the BOM in txt', () => {
    expect(read('a.md', '\ufeffline one\r\nline two\r\n')).toMatchObject([
      { record: { text: 'line one\nline two\n' } },
    ]);
  });

  it('reads windows-1256 and windows-1251 text files and reports the encoding', () => {
    const ar = 'أكد نائب وزير الخارجية الروسي أن موسكو ستواصل دعم سوريا';
    expect(read('ar.txt', encodeSingleByte(ar, 'windows-1256'))).toEqual([
      {
        kind: 'record',
        record: { text: ar, meta: { format: 'txt', encoding: 'windows-1256' }, record: 0, entry: null },
      },
    ]);
    const ru = 'Министр иностранных дел России заявил, что Москва поддержит Дамаск';
    expect(read('ru.txt', encodeSingleByte(ru, 'windows-1251'))).toMatchObject([
      { record: { text: ru, meta: { encoding: 'windows-1251' } } },
    ]);
  });

  it('reads UTF-16 with a BOM', () => {
    const text = 'Лавров: Россия продолжит помогать Сирии\r\nسوريا';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++)
      new DataView(le.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect(read('u16.txt', le)).toMatchObject([
      { record: { text: text.replace('\r\n', '\n'), meta: { encoding: 'utf-16le' } } },
    ]);
  });

  it('honours <meta charset> in a windows-1256 HTML page', () => {
    const html =
      '<html lang="ar"><head><meta charset="windows-1256"><title>سوريا</title></head><body><p>قال لافروف</p></body></html>';
    expect(read('page.htm', encodeSingleByte(html, 'windows-1256'))).toEqual([
      {
        kind: 'record',
        record: {
          text: 'قال لافروف',
          meta: { format: 'html', encoding: 'windows-1256', title: 'سوريا', lang: 'ar' },
          record: 0,
          entry: null,
        },
      },
    ]);
  });

  it('sniffs the format of files with an unknown extension', () => {
    expect(
      read('page', '<!doctype html><html><body><p>hello</p><script>x()</script></body></html>'),
    ).toMatchObject([{ record: { text: 'hello', meta: { format: 'html' } } }]);
    expect(read('dump.out', '[{"text": "one"}, {"text": "two"}]')).toMatchObject([
      { record: { text: 'one' } },
      { record: { text: 'two' } },
    ]);
    expect(read('notes.log', 'just text')).toMatchObject([
      { record: { text: 'just text', meta: { format: 'txt' } } },
    ]);
  });

  it('reads CSV and TSV files with quoted newlines', () => {
    expect(read('a.csv', 'title,text\r\nT,"line 1\r\nline 2"\r\n')).toMatchObject([
      { record: { text: 'line 1\nline 2', meta: { format: 'csv', title: 'T' }, record: 0 } },
    ]);
    expect(read('a.tsv', 'text\tsource\nbody\tTASS\n')).toMatchObject([
      { record: { text: 'body', meta: { format: 'tsv', source: 'TASS' } } },
    ]);
  });
});
