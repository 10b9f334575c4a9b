import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../model/article';
import {
  addToChromeModel,
  buildChromeModel,
  docHash,
  lineHashes,
  emptyChromeModel,
  mergeChromeModels,
  modelHasDoc,
  otherDocCount,
  restoreChromeModel,
} from './chrome-model';
import { hash32, lineKey, lineKeySlow } from './text';

const rec = (text: string, record = 0): RawRecord => ({ text, meta: { format: 'txt' }, record, entry: null });

describe('chrome model', () => {
  const a = 'مباشر\nأين يمكنك متابعتنا\n45 خبر\nنص المقال الأول هنا.';
  const b = 'مباشر\nأين يمكنك متابعتنا\n25 خبر\nنص مختلف تماما في المقال الثاني.';

  it('counts each line once per document, digits folded', () => {
    const m = buildChromeModel([rec(a), rec(b, 1)]);
    expect(otherDocCount(m, 'أين يمكنك متابعتنا', true)).toBe(1);
    expect(otherDocCount(m, '  • 99 خبر', true)).toBe(1);
    expect(otherDocCount(m, 'نص المقال الأول هنا.', true)).toBe(0);
    expect(otherDocCount(m, 'نص المقال الأول هنا.', false)).toBe(1);
    expect(modelHasDoc(m, a)).toBe(true);
    expect(modelHasDoc(m, 'something else')).toBe(false);
  });

  it('does not count a document twice', () => {
    const m = buildChromeModel([rec(a), rec(a, 1)]);
    expect(m.docs).toHaveLength(1);
    addToChromeModel(m, [a]);
    expect(otherDocCount(m, 'مباشر', true)).toBe(0);
  });

  it('survives JSON and merges', () => {
    const m1 = restoreChromeModel(JSON.parse(JSON.stringify(buildChromeModel([rec(a)]))));
    const m2 = buildChromeModel([rec(b)]);
    const merged = mergeChromeModels(m1, m2);
    expect(merged.docs).toHaveLength(2);
    expect(otherDocCount(merged, 'مباشر', true)).toBe(1);
    expect(mergeChromeModels(merged, m2).docs).toHaveLength(2);
    expect(otherDocCount(mergeChromeModels(merged, m2), 'مباشر', true)).toBe(1);
  });

  it('restores junk as an empty model', () => {
    expect(restoreChromeModel(null)).toEqual(emptyChromeModel());
    expect(restoreChromeModel({ version: 99, docs: [], counts: {} })).toEqual(emptyChromeModel());
    expect(restoreChromeModel({ version: 1, docs: [3, 'x'], counts: { k: 2, j: 'no' } })).toEqual({
      version: 1,
      docs: ['x'],
      counts: { k: 2 },
    });
  });
});

describe('single-pass line keys and hashes', () => {
  /** The definitions the one-pass forms must reproduce exactly. */
  const refDocHash = (text: string) => {
    const folded = text.replace(/\s+/g, ' ').trim();
    return hash32(folded) + hash32('\u0001' + folded) + folded.length.toString(36);
  };
  const refLineHashes = (text: string) => {
    const out = new Set<string>();
    for (const raw of text.split(/\r\n?|\n/)) {
      const key = lineKeySlow(raw);
      if (key !== '' && key.length <= 400) out.add(hash32(key));
    }
    return out;
  };
  const tricky = [
    '• مباشر ١٢٣ — «أين» يمكنك؟',
    'الأُولى\u064e\u0651 آ vs ا\u0653 and أ vs ا\u0654\u064e',
    'İstanbul ΣΟΦΟΣ Straße ﬁn Ⅻ Ⓐ ½ ² 𝐀𝐁 😀 e\u0301 가\u11a8',
    '\u200b\u200c\ufeff\u00a0 \t x\u2028y 12a34 ٣٤۵',
    'ر'.repeat(399) + ' ' + 'ب'.repeat(3),
    'r'.repeat(401) + 'e\u0301',
    '',
  ];

  it('lineKey equals its definition', () => {
    for (const s of tricky) expect(lineKey(s)).toBe(lineKeySlow(s));
  });

  it('docHash and lineHashes equal their definitions, for every kind of line break', () => {
    const text = tricky.join('\n') + '\r\n' + tricky.join('\r') + '\n\n' + tricky.join('\r\n');
    for (const t of [text, text.replace(/\r/g, ''), '  lead and trail  ']) {
      expect(docHash(t)).toBe(refDocHash(t));
      expect([...lineHashes(t)]).toEqual([...refLineHashes(t)]);
    }
  });
});
