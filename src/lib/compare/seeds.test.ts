import { describe, expect, it } from 'vitest';
import { compareTexts } from './index';
import type { Comparison } from './index';
import { seed000, seed002 } from './test-fixtures';

const t000 = seed000();
const t002 = seed002();
const cmp = compareTexts([
  { id: '000', text: t000, language: 'ar' },
  { id: '002', text: t002, language: 'ar' },
]);
const pair = cmp.pairs[0];
const para = (c: Comparison, v: number, i: number) => {
  const p = c.versions[v].paragraphs[i];
  return [t000, t002][v].slice(p.start, p.end);
};
const allChanges = pair.links.flatMap((l) => l.changes);

describe('seed 000 (RT Arabic) against its rewrite 002', () => {
  it('aligns the ten shared paragraphs in order, none moved', () => {
    const linked = pair.links.map((l) => [l.base, l.other]);
    expect(linked).toEqual([[[0], [0]], ...[3, 4, 5, 6, 7, 8, 9, 10, 11].map((b, k) => [[b], [k + 1]])]);
    expect(pair.links.every((l) => !l.moved && l.kind === 'match')).toBe(true);
    expect(pair.stats.movedParagraphs).toBe(0);
  });

  it('marks the three Hmeimim paragraphs as only in 002', () => {
    expect(pair.onlyInOther).toEqual([10, 11, 12]);
    expect(cmp.summary.paragraphsOnlyIn[1]).toEqual([10, 11, 12]);
    expect(para(cmp, 1, 10)).toContain('مركز حميميم');
    expect(para(cmp, 1, 11)).toContain('قاعدة حميميم');
    expect(para(cmp, 1, 12)).toContain('ورصد المركز 47 حالة انتهاك');
    // 000's own extra lines: the repeated headline and the photo credit
    expect(cmp.summary.paragraphsOnlyIn[0]).toEqual([1, 2]);
    expect(para(cmp, 0, 2)).toContain('Reuters');
  });

  it("flags 'لم تتخل تماما' → 'لا تتخلي' as a change of meaning, listed first", () => {
    const first = cmp.summary.meaningChanges[0];
    expect(first.kinds).toContain('negation');
    expect(t000.slice(first.base.start, first.base.end)).toBe('لم تتخل تماما');
    expect(t002.slice(first.other.start, first.other.end)).toBe('لا تتخلي');
    expect(first.details[0]).toMatch(/لم.*تماما.*→.*لا/);
    expect(para(cmp, 0, first.baseParagraph)).toContain('عن أمله في أن الولايات المتحدة لم تتخل تماما');
    expect(para(cmp, 1, first.otherParagraph)).toContain('عن أمله في أن لا تتخلي الولايات المتحدة');
    const link = pair.links[first.link];
    const flagged = link.findings[first.finding].changes.map((k) => link.changes[k]);
    expect(flagged.map((c) => [c.kind, c.severity, c.baseText, c.otherText])).toEqual([
      ['insert', 'meaning', '', 'لا تتخلي'],
      ['delete', 'meaning', 'لم تتخل تماما', ''],
    ]);
  });

  it('shows سيرغي / سيرجي and the quote styles as spelling, not as changed words', () => {
    const sergei = allChanges.find((c) => c.baseText === 'سيرغي');
    expect(sergei).toMatchObject({ kind: 'spelling', severity: 'spelling', otherText: 'سيرجي' });
    expect(t000.slice(sergei!.base.start, sergei!.base.end)).toBe('سيرغي');
    expect(t002.slice(sergei!.other.start, sergei!.other.end)).toBe('سيرجي');
    const quotes = allChanges.filter(
      (c) => c.punctuation && c.baseText.includes('"') && c.otherText.includes('“'),
    );
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(quotes.every((c) => c.severity === 'spelling')).toBe(true);
  });

  it('keeps word changes apart from spelling: وذكَّر → وأشاد is a change, أيلول dropped is a deletion', () => {
    expect(allChanges.find((c) => c.baseText === 'وذكَّر')).toMatchObject({
      kind: 'replace',
      otherText: 'وأشاد',
    });
    expect(allChanges.find((c) => c.baseText === 'أيلول')).toMatchObject({
      kind: 'delete',
      severity: 'wording',
    });
  });

  it('summarises: similarity, words changed, spelling variants', () => {
    expect(cmp.summary.similarity).toBe(pair.stats.similarity);
    expect(cmp.summary.similarity).toBeGreaterThan(70);
    expect(cmp.summary.similarity).toBeLessThan(95);
    expect(cmp.summary.wordsChanged).toBeGreaterThan(10);
    expect(cmp.summary.spellingVariants).toBeGreaterThan(5);
  });

  it('is plain data (the worker posts it as is)', () => {
    expect(JSON.parse(JSON.stringify(cmp))).toEqual(cmp);
    expect(cmp.rows).toHaveLength(15);
    expect(cmp.rows.at(-1)!.cells.map((c) => c.paragraphs)).toEqual([[], [12]]);
  });

  it('is symmetric in similarity and only-in when 002 is the base', () => {
    const rev = compareTexts(
      [
        { id: '000', text: t000, language: 'ar' },
        { id: '002', text: t002, language: 'ar' },
      ],
      { base: '002' },
    );
    expect(rev.base).toBe(1);
    expect(rev.pairs[0].other).toBe(0);
    expect(rev.pairs[0].onlyInBase).toEqual([10, 11, 12]);
    expect(rev.summary.similarity).toBe(cmp.summary.similarity);
    expect(rev.summary.meaningChanges.some((m) => m.kinds.includes('negation'))).toBe(true);
  });
});
