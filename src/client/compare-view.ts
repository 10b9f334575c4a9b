/**
 * Pure helpers of the comparison view (no DOM, no runes): the marks of one version's text from a
 * Comparison, a paragraph cut into marked runs (rendered as text, never HTML), the specs the app
 * opens (a story's versions, a basket of statements), story-cluster facts for the library and the
 * reader, and the share link's address and size.
 */
import type { Change, Comparison, Severity } from '../lib/compare';
import { DEFAULT_COMPARE_OPTIONS, LIMITS, type CompareItem, type CompareSpec } from '../lib/share/spec';
import type { ArticleSummary, StoryFacts } from '../protocol';

export interface Mark {
  start: number;
  end: number;
  severity: Severity;
  kind: Change['kind'];
}

export interface MarkRun {
  text: string;
  mark: Mark | null;
}

const RANK: Record<Severity, number> = { meaning: 0, wording: 1, spelling: 2 };

/**
 * The changes to mark in version `v`: for the base, every pair's changes on the base side; for
 * another version, its pair's changes on its side. Zero-width places (an insert seen from the
 * other side) are left out: the words are marked where they stand.
 */
export function versionMarks(cmp: Comparison, v: number): Mark[] {
  const out: Mark[] = [];
  const seen = new Set<string>();
  for (const pair of cmp.pairs) {
    if (v !== cmp.base && pair.other !== v) continue;
    for (const link of pair.links)
      for (const c of link.changes) {
        const span = v === cmp.base ? c.base : c.other;
        if (span.end <= span.start) continue;
        const key = `${span.start}:${span.end}:${c.severity}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ start: span.start, end: span.end, severity: c.severity, kind: c.kind });
      }
  }
  return out.sort((a, b) => a.start - b.start || RANK[a.severity] - RANK[b.severity]);
}

/** The text of [start, end) cut into runs; where marks overlap, the most severe one wins. */
export function markRuns(text: string, start: number, end: number, marks: readonly Mark[], hideSpelling = false): MarkRun[] {
  const owner: (Mark | null)[] = new Array(Math.max(0, end - start)).fill(null);
  for (const m of marks) {
    if (hideSpelling && m.severity === 'spelling') continue;
    for (let i = Math.max(m.start, start); i < Math.min(m.end, end); i++) {
      const o = owner[i - start];
      if (!o || RANK[m.severity] < RANK[o.severity]) owner[i - start] = m;
    }
  }
  const runs: MarkRun[] = [];
  let i = 0;
  while (i < owner.length) {
    let j = i + 1;
    while (j < owner.length && owner[j] === owner[i]) j++;
    runs.push({ text: text.slice(start + i, start + j), mark: owner[i] });
    i = j;
  }
  return runs;
}

/**
 * A versions comparison of an article and its near-duplicates (at most LIMITS.versionsItems), the
 * story's earliest version first among the others.
 */
export function clusterSpec(id: string, nearDuplicates: readonly string[], earliest: string | null = null): CompareSpec {
  const others = nearDuplicates.filter((d) => d !== id);
  if (earliest && others.includes(earliest)) others.sort((a, b) => (a === earliest ? -1 : b === earliest ? 1 : 0));
  const ids = [id, ...others].slice(0, LIMITS.versionsItems);
  return { mode: 'versions', items: ids.map((articleId) => ({ articleId })), options: { ...DEFAULT_COMPARE_OPTIONS } };
}

/** A statements comparison of picked items, sorted by date. */
export function statementsSpec(items: readonly CompareItem[]): CompareSpec {
  return {
    mode: 'statements',
    items: items.slice(0, LIMITS.statementsItems).map((i) => ({ ...i })),
    options: { ...DEFAULT_COMPARE_OPTIONS, sort: 'date' },
  };
}

export const sameItem = (a: CompareItem, b: CompareItem) =>
  a.articleId === b.articleId && a.statementIndex === b.statementIndex;

/** Items with `item` added once (no duplicates, within the statements limit). */
export function withItem(items: readonly CompareItem[], item: CompareItem): CompareItem[] {
  if (items.some((i) => sameItem(i, item)) || items.length >= LIMITS.statementsItems) return [...items];
  return [...items, { articleId: item.articleId, statementIndex: item.statementIndex }];
}

/** The story of an article as the reader shows it: its facts and its earliest version's summary. */
export interface ClusterFacts extends StoryFacts {
  earliestVersion: ArticleSummary | null;
}

/** The story facts of a listed article with more than one version, else null. */
export function clusterFacts(id: string, summaries: readonly ArticleSummary[]): ClusterFacts | null {
  const a = summaries.find((s) => s.id === id);
  if (!a?.story || a.story.versions < 2) return null;
  return { ...a.story, earliestVersion: earliestVersion(a, summaries) };
}

/** The earliest version of an article's story, as the library lists it (null when undated or unlisted). */
export function earliestVersion(a: ArticleSummary, summaries: readonly ArticleSummary[]): ArticleSummary | null {
  const id = a.story ? a.story.earliest : a.date.date ? a.id : null;
  return id === a.id ? a : (summaries.find((s) => s.id === id) ?? null);
}

/** The address of a share link: this page with the fragment. */
export function shareUrl(href: string, fragment: string): string {
  const hash = href.indexOf('#');
  return (hash < 0 ? href : href.slice(0, hash)) + fragment;
}

/** Size of a link as sent (UTF-8 bytes). */
export function linkBytes(url: string): number {
  return new TextEncoder().encode(url).length;
}
