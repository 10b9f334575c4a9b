/**
 * Pure helpers of the comparison view (no DOM, no runes): the marks of one version's text from a
 * Comparison, a paragraph cut into marked runs (rendered as text, never HTML), the specs the app
 * opens (a story's versions, a basket of statements), story-cluster facts for the library and the
 * reader, and the share link's address and size.
 */
import type { Change, Comparison, Severity } from '../lib/compare';
import { DEFAULT_COMPARE_OPTIONS, LIMITS, type CompareItem, type CompareSpec } from '../lib/share/spec';
import type { ArticleSummary } from '../protocol';

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

/** A versions comparison of an article and its near-duplicates (at most LIMITS.versionsItems). */
export function clusterSpec(id: string, nearDuplicates: readonly string[]): CompareSpec {
  const ids = [id, ...nearDuplicates.filter((d) => d !== id)].slice(0, LIMITS.versionsItems);
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

export interface ClusterFacts {
  /** Distinct outlets among the story's versions in the library (unknown outlets count once each). */
  outlets: number;
  versions: number;
  /** The dated version with the earliest date, or null. */
  earliest: ArticleSummary | null;
}

/** Facts of the story an article belongs to, from the library's summaries. */
export function clusterFacts(id: string, nearDuplicates: readonly string[], summaries: readonly ArticleSummary[]): ClusterFacts {
  const ids = new Set([id, ...nearDuplicates]);
  const members = summaries.filter((s) => ids.has(s.id));
  const outlets = new Set(members.map((m) => m.outlet ?? `?${m.id}`));
  const dated = members.filter((m) => m.date.date).sort((a, b) => (a.date.date! < b.date.date! ? -1 : 1));
  return { outlets: Math.max(outlets.size, 1), versions: ids.size, earliest: dated[0] ?? null };
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
