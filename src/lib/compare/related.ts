/**
 * Related statements: candidates ranked by the meaningful terms they share with a target statement,
 * as two lists — the same speaker (same speaker id, or the same English name for an unlisted
 * speaker) and other speakers. Each statement is a tf-idf vector over its content words (tokens.ts
 * match keys, stopwords left out); tf is 1 + ln(count), idf = 1 + ln((N + 1) / (df + 1)) over the
 * target and the candidates, so words every candidate holds (Syria, Russia) weigh little and a
 * rare shared word (Hmeimim, a place, a number) weighs much. The words of a statement's own
 * speaker's name (as written and in English) are left out of its vector: "Lavrov said…" shares
 * nothing about the topic with another "Lavrov said…". Score = cosine similarity, 0–1.
 * Pure over arrays: the worker passes candidates found through the search index.
 */

import type { StatementItem } from './statements';
import { compareTokens, isContent } from './tokens';

export interface RelatedOptions {
  /** Most results per list (default 10). */
  limit?: number;
  /** Lowest score kept (default 0.05). */
  minScore?: number;
}

export interface Related {
  /** Index into the candidates. */
  index: number;
  score: number;
  /** Shared terms, in the target's written form, heaviest first (at most 8). */
  shared: string[];
  sameArticle: boolean;
}

export interface RelatedStatements {
  sameSpeaker: Related[];
  otherSpeakers: Related[];
}

function sameSpeaker(a: StatementItem, b: StatementItem): boolean {
  const x = a.statement.speaker;
  const y = b.statement.speaker;
  if (x.id !== null && y.id !== null) return x.id === y.id;
  return x.nameEn.trim().toLowerCase() === y.nameEn.trim().toLowerCase();
}

function isSame(a: StatementItem, b: StatementItem): boolean {
  return (
    a.article.id === b.article.id &&
    a.statement.start === b.statement.start &&
    a.statement.end === b.statement.end
  );
}

/** Content-word counts of a statement, leaving out the words of its own speaker's name. */
function counts(it: StatementItem, forms?: Map<string, string>): Map<string, number> {
  const sp = it.statement.speaker;
  const own = new Set(compareTokens(`${sp.nameEn} ${sp.asWritten}`).map((t) => t.key));
  const m = new Map<string, number>();
  for (const t of compareTokens(it.statement.text)) {
    if (!isContent(t) || own.has(t.key)) continue;
    m.set(t.key, (m.get(t.key) ?? 0) + 1);
    if (forms && !forms.has(t.key)) forms.set(t.key, t.text);
  }
  return m;
}

/**
 * Words to look candidates up by in the search index: the statement's content words (its own
 * speaker's name left out) as written, longest first — long words are the rarer ones: names,
 * places, numbers of several digits — at most `n`, one per match key.
 */
export function lookupTerms(it: StatementItem, n = 8): string[] {
  const forms = new Map<string, string>();
  counts(it, forms);
  return [...forms.values()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).slice(0, n);
}

/** Ranks `candidates` against `target` (see the module paragraph). */
export function relatedStatements(
  target: StatementItem,
  candidates: StatementItem[],
  opts: RelatedOptions = {},
): RelatedStatements {
  const limit = opts.limit ?? 10;
  const minScore = opts.minScore ?? 0.05;
  const forms = new Map<string, string>();
  const tc = counts(target, forms);
  const cc = candidates.map((c) => counts(c));
  const df = new Map<string, number>();
  for (const m of [tc, ...cc]) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = cc.length + 1;
  const idf = (k: string) => 1 + Math.log((n + 1) / ((df.get(k) ?? 0) + 1));
  const vec = (m: Map<string, number>) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, c] of m) {
      const w = (1 + Math.log(c)) * idf(k);
      v.set(k, w);
      norm += w * w;
    }
    return { v, norm: Math.sqrt(norm) };
  };
  const tv = vec(tc);

  const same: Related[] = [];
  const other: Related[] = [];
  candidates.forEach((c, i) => {
    if (isSame(target, c)) return;
    const cv = vec(cc[i]);
    if (tv.norm === 0 || cv.norm === 0) return;
    const parts: [string, number][] = [];
    let dot = 0;
    for (const [k, w] of tv.v) {
      const u = cv.v.get(k);
      if (u === undefined) continue;
      dot += w * u;
      parts.push([k, w * u]);
    }
    const score = dot / (tv.norm * cv.norm);
    if (score < minScore) return;
    parts.sort((x, y) => y[1] - x[1]);
    const r: Related = {
      index: i,
      score,
      shared: parts.slice(0, 8).map(([k]) => forms.get(k) ?? k),
      sameArticle: c.article.id === target.article.id,
    };
    (sameSpeaker(target, c) ? same : other).push(r);
  });
  const rank = (xs: Related[]) => xs.sort((x, y) => y.score - x.score || x.index - y.index).slice(0, limit);
  return { sameSpeaker: rank(same), otherSpeakers: rank(other) };
}
