import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../model/article';
import {
  addToChromeModel,
  buildChromeModel,
  emptyChromeModel,
  mergeChromeModels,
  modelHasDoc,
  otherDocCount,
  restoreChromeModel,
} from './chrome-model';

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
