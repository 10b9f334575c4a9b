import { describe, expect, it } from 'vitest';
import { paragraphs, segment } from './segments';

describe('segment', () => {
  const text = 'أكد لافروف أن الحل سياسي.\n\nوأضاف: "لا حل عسكريا".\nسطر آخر';

  it('splits paragraphs with their offsets', () => {
    const ps = paragraphs(text);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual(['أكد لافروف أن الحل سياسي.', 'وأضاف: "لا حل عسكريا".', 'سطر آخر']);
  });

  it('marks spans inside paragraphs and keeps every character exactly once', () => {
    const a = text.indexOf('أن الحل');
    const b = text.indexOf('لا حل');
    const ps = segment(text, [
      { start: a, end: a + 'أن الحل سياسي'.length, ref: 0 },
      { start: b, end: b + 'لا حل عسكريا'.length, ref: 1 },
    ]);
    expect(ps[0].runs.map((r) => [r.text, r.ref])).toEqual([
      ['أكد لافروف ', null],
      ['أن الحل سياسي', 0],
      ['.', null],
    ]);
    expect(ps[1].runs.find((r) => r.ref === 1)?.text).toBe('لا حل عسكريا');
    for (const p of ps) expect(p.runs.map((r) => r.text).join('')).toBe(text.slice(p.start, p.end));
  });

  it('lets the first-starting span keep an overlap and ignores spans out of range', () => {
    const ps = segment('abcdefgh', [
      { start: 2, end: 6, ref: 0 },
      { start: 4, end: 8, ref: 1 },
      { start: 5, end: 99, ref: 2 },
    ]);
    expect(ps[0].runs.map((r) => [r.text, r.ref])).toEqual([
      ['ab', null],
      ['cdef', 0],
      ['gh', 1],
    ]);
  });
});
