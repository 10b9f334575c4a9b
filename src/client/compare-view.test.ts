import { describe, expect, it } from 'vitest';
import { compareTexts } from '../lib/compare';
import type { ArticleSummary } from '../protocol';
import { clusterSpec, earliestVersion, linkBytes, markRuns, shareUrl, versionMarks, withItem, type Mark } from './compare-view';

const A = 'a' + '1'.repeat(24);
const B = 'a' + '2'.repeat(24);

describe('marks and runs', () => {
  const base = 'قال الوزير إن موسكو لم تتخل تماما عن الحل.\n\nوأضاف سيرغي أن الحوار مستمر.';
  const other = 'قال الوزير إن موسكو لا تتخلي عن الحل.\n\nوأضاف سيرجي أن الحوار مستمر.';
  const cmp = compareTexts([
    { id: 'x', text: base, language: 'ar' },
    { id: 'y', text: other, language: 'ar' },
  ]);

  it('marks each version on its own side, with severities', () => {
    const mb = versionMarks(cmp, 0);
    const mo = versionMarks(cmp, 1);
    expect(mb.some((m) => m.severity === 'meaning' && base.slice(m.start, m.end).includes('لم'))).toBe(true);
    expect(mo.some((m) => m.severity === 'spelling' && other.slice(m.start, m.end) === 'سيرجي')).toBe(true);
    expect([...mb, ...mo].every((m) => m.end > m.start)).toBe(true);
  });

  it('cuts a paragraph into runs that rebuild it, hiding spelling on request', () => {
    const p = cmp.versions[1].paragraphs[1];
    const marks = versionMarks(cmp, 1);
    const runs = markRuns(other, p.start, p.end, marks);
    expect(runs.map((r) => r.text).join('')).toBe(other.slice(p.start, p.end));
    expect(runs.some((r) => r.mark?.severity === 'spelling')).toBe(true);
    expect(markRuns(other, p.start, p.end, marks, true).some((r) => r.mark)).toBe(false);
  });

  it('lets the most severe of overlapping marks win', () => {
    const marks: Mark[] = [
      { start: 0, end: 5, severity: 'spelling', kind: 'spelling' },
      { start: 2, end: 4, severity: 'meaning', kind: 'replace' },
    ];
    expect(markRuns('abcdef', 0, 6, marks).map((r) => [r.text, r.mark?.severity ?? null])).toEqual([
      ['ab', 'spelling'],
      ['cd', 'meaning'],
      ['e', 'spelling'],
      ['f', null],
    ]);
  });
});

describe('specs, clusters and links', () => {
  it('opens at most four versions, the chosen article first', () => {
    const s = clusterSpec(A, [B, A, 'a' + '3'.repeat(24), 'a' + '4'.repeat(24), 'a' + '5'.repeat(24)]);
    expect(s.items.map((i) => i.articleId)).toEqual([A, B, 'a' + '3'.repeat(24), 'a' + '4'.repeat(24)]);
    expect(s.mode).toBe('versions');
  });

  it('adds a statement once', () => {
    const one = withItem([], { articleId: A, statementIndex: 1, headline: 'x' });
    expect(one).toEqual([{ articleId: A, statementIndex: 1 }]);
    expect(withItem(one, { articleId: A, statementIndex: 1 })).toHaveLength(1);
    expect(withItem(one, { articleId: A, statementIndex: 2 })).toHaveLength(2);
  });

  it('finds the earliest version of a story among the summaries', () => {
    const sum = (id: string, earliest: string | null) => ({ id, story: { versions: 2, outlets: 2, earliest } }) as unknown as ArticleSummary;
    const all = [sum(A, B), sum(B, B), sum('a9', null)];
    expect(earliestVersion(all[0], all)?.id).toBe(B);
    expect(earliestVersion(all[1], all)).toBe(all[1]);
    expect(earliestVersion(all[2], all)).toBeNull();
    // An article alone in its story (no story facts) is its own earliest version when dated.
    const alone = { id: 'a8', date: { date: '2016-01-01' } } as unknown as ArticleSummary;
    expect(earliestVersion(alone, [alone])).toBe(alone);
    expect(earliestVersion({ ...alone, date: { date: null } } as unknown as ArticleSummary, [alone])).toBeNull();
  });

  it('puts the earliest version first among the others', () => {
    const C = 'a' + '3'.repeat(24);
    expect(clusterSpec(A, [B, C], C).items.map((i) => i.articleId)).toEqual([A, C, B]);
    expect(clusterSpec(A, [B, C], A).items.map((i) => i.articleId)).toEqual([A, B, C]);
  });

  it('builds the link address and measures it in bytes', () => {
    expect(shareUrl('http://h/app/#article=x', '#c=1.abc')).toBe('http://h/app/#c=1.abc');
    expect(shareUrl('http://h/app/', '#c=1.abc')).toBe('http://h/app/#c=1.abc');
    expect(linkBytes('أ')).toBe(2);
  });
});
