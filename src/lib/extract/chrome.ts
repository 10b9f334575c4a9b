/**
 * Site chrome and comments out, article in. The page is split into lines; each line gets a weight
 * from its shape (prose sentences weigh their length, titles and captions a little below zero,
 * menus, share prompts, links and lines recurring across documents well below, a comment-section
 * header is a wall), and the article block is the run of lines with the largest total weight (a
 * maximum-sum segment). Lines before the block are the page head (menus, the headline and
 * teasers), lines after it the tail (credits, related headlines, subscribe prompts, comments).
 * Each line ends with a role; headline.ts then picks the headline among the head lines and
 * assembleBody() (assemble.ts) joins the kept lines into the body and lists what was removed.
 *
 * NOTE: recurrence across documents never removes a sentence-shaped line: near-duplicate
 * articles share real paragraphs.
 */
import type { RemovedPart } from '../model/article';
import type { ChromeModel } from './chrome-model';
import { otherDocCount } from './chrome-model';
import { chromeReasonOf, creditLineName, isAuthorLine, isDateOnly, isReaderComment } from './chrome-patterns';
import { findDateline } from './dateline';
import { cleanEntities } from './entities';
import type { Line } from './lines';
import { splitLines } from './lines';

type Reason = RemovedPart['reason'];

export type LineRole =
  | 'blank'
  /** A paragraph of the article. */
  | 'body'
  /** A title-like line inside the article block (a subhead candidate); kept in the body. */
  | 'short'
  /** A dateline or date line just above the article block; kept at the top of the body. */
  | 'dateline'
  /** A line of the page head that may be the headline or a sub-headline. */
  | 'head'
  | 'headline'
  | 'subheadline'
  | { removed: Reason };

export interface PageSegments {
  lines: Line[];
  roles: LineRole[];
  /** First and last line of the article block (inclusive); -1 when the page has none. */
  blockStart: number;
  blockEnd: number;
  /** Entities decoded or stray ampersands dropped. */
  entityRemovals: string[];
}

export interface ChromeOptions {
  /** Cross-document line counts (see chrome-model.ts). */
  chrome?: ChromeModel;
  /** Whether this document is itself counted in `chrome`. */
  selfCounted?: boolean;
  /** Extra test marking a line as site chrome (compiled outlet fingerprints). */
  chromeLine?: (text: string) => boolean;
}

const WALL = Number.NEGATIVE_INFINITY;
/** "Читайте также: <headline>", "اقرأ أيضا: <headline>": a link inside the article, not a list header. */
const INLINE_RELATED = /^[^:：]{2,30}[:：]\s*\S.{8,}$/u;

interface LineFacts {
  reason: Reason | null;
  fingerprint: boolean;
  recurring: number;
  weight: number;
}

function factsOf(line: Line, opts: ChromeOptions): LineFacts {
  if (line.text === '') return { reason: null, fingerprint: false, recurring: 0, weight: 0 };
  const reason = chromeReasonOf(line.text, line.words);
  const fingerprint = !line.sentence && !!opts.chromeLine?.(line.text);
  const recurring = line.sentence ? 0 : otherDocCount(opts.chrome, line.text, !!opts.selfCounted);
  let weight: number;
  if (reason === 'comments') weight = WALL;
  else if (reason === 'related' && INLINE_RELATED.test(line.text)) weight = -60;
  else if (
    reason === 'share' ||
    reason === 'related' ||
    reason === 'menu' ||
    reason === 'ticker' ||
    reason === 'other'
  )
    weight = -300;
  else if (line.linkLike || fingerprint) weight = -300;
  else if (reason === 'credit') weight = -100;
  else if (reason === 'caption') weight = -10;
  else if (line.sentence) weight = line.text.length;
  else if (recurring > 0 || line.bullet) weight = -150;
  else if (isDateOnly(line.text)) weight = -10;
  else if (line.titleLike) weight = line.words <= 3 ? -40 : -25;
  else weight = -20;
  return { reason, fingerprint, recurring, weight };
}

/** Maximum-sum run of weights; [-1, -1] when no line weighs above zero. */
function bestRun(weights: number[]): [number, number] {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (w === WALL) {
      start = -1;
      continue;
    }
    if (start < 0) {
      // A run starts on a line that weighs above zero.
      if (w <= 0) continue;
      start = i;
      sum = w;
    } else {
      sum += w;
      if (sum <= 0) {
        start = -1;
        continue;
      }
    }
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return [bestStart, bestEnd];
}

/** A short line that is only a dateline: "موسكو – سانا", "(أ ف ب)", "МОСКВА, 11 окт — РИА Новости". */
export function isDatelineLine(line: Line): boolean {
  if (line.words < 1 || line.words > 8) return false;
  const d = findDateline(line.text);
  return d !== null && d.text.length >= line.text.replace(/[.:\s\-–—]+$/u, '').length - 1;
}

/** Splits a page into head, article block and tail, giving every line a role. */
export function segmentPage(text: string, opts: ChromeOptions = {}): PageSegments {
  const cleaned = cleanEntities(text);
  const lines = splitLines(cleaned.text);
  const facts = lines.map((l) => factsOf(l, opts));
  let [start, end] = bestRun(facts.map((f) => f.weight));
  const roles: LineRole[] = lines.map((l) => (l.text === '' ? 'blank' : { removed: 'other' }));
  if (start < 0) {
    // No prose at all: keep every line that is not chrome, up to a comment section.
    for (let i = 0; i < lines.length; i++) {
      if (facts[i].reason === 'comments') break;
      if (lines[i].text !== '' && facts[i].weight > -100) {
        if (start < 0) start = i;
        end = i;
      }
    }
    if (start < 0) return { lines, roles, blockStart: -1, blockEnd: -1, entityRemovals: cleaned.removed };
  }
  start = splitStandfirst(lines, start, end);
  assignBlock(lines, facts, roles, start, end);
  start = assignDateline(lines, roles, start);
  assignHead(lines, facts, roles, start);
  assignTail(lines, facts, roles, end);
  return { lines, roles, blockStart: start, blockEnd: end, entityRemovals: cleaned.removed };
}

/**
 * When a dateline opens a later line of the block ("MOSCOW, Oct 11 (Reuters) -"), the lines above
 * it are the standfirst of the page head, not the story: the block starts at the dateline.
 */
function splitStandfirst(lines: Line[], start: number, end: number): number {
  let seen = 0;
  for (let i = start; i <= end && seen < 3; i++) {
    if (lines[i].text === '') continue;
    seen++;
    if (i > start && findDateline(lines[i].text) !== null) {
      const above = lines.slice(start, i).filter((l) => l.text !== '');
      if (above.every((l) => l.words <= 45)) return i;
      return start;
    }
  }
  return start;
}

function removedReasonOf(line: Line, f: LineFacts, inBlock: boolean): Reason | null {
  if (f.reason) return f.reason;
  if (f.fingerprint) return 'menu';
  if (line.linkLike) return 'share';
  // A title shared with one other document may be the same story's headline (a near-duplicate);
  // menus recur across many pages. Inside the article block, only lines in 3+ documents go.
  const need = inBlock || (line.titleLike && line.words >= 4) ? 2 : 1;
  if (!line.sentence && f.recurring >= need) return 'recurring';
  return null;
}

function assignBlock(lines: Line[], facts: LineFacts[], roles: LineRole[], start: number, end: number): void {
  const headKeys = new Set<string>();
  for (let i = 0; i < start; i++) if (lines[i].titleLike) headKeys.add(lines[i].key);
  for (let i = start; i <= end; i++) {
    const line = lines[i];
    if (line.text === '') continue;
    const reason = removedReasonOf(line, facts[i], true);
    if (reason) roles[i] = { removed: reason };
    else if (line.sentence) roles[i] = 'body';
    else if (headKeys.has(line.key)) roles[i] = { removed: 'recurring' };
    else roles[i] = line.bullet ? 'body' : 'short';
  }
  // The title repeated beside a photo caption: a short line just above a caption.
  for (let i = start; i <= end; i++) {
    const r = roles[i];
    if (typeof r !== 'object' || r.removed !== 'caption') continue;
    const prev = prevNonBlank(lines, i);
    if (
      prev >= start &&
      !lines[prev].sentence &&
      (roles[prev] === 'short' || isRemoved(roles[prev], 'recurring'))
    ) {
      roles[prev] = { removed: 'caption' };
    }
  }
}

function assignDateline(lines: Line[], roles: LineRole[], start: number): number {
  let first = start;
  let seen = 0;
  for (let i = start - 1; i >= 0 && seen < 3; i--) {
    const line = lines[i];
    if (line.text === '') continue;
    seen++;
    const adjacent = i === first - 1;
    if ((adjacent && isDatelineLine(line)) || isDateOnly(line.text)) {
      roles[i] = 'dateline';
      first = i;
    } else break;
  }
  return first;
}

function assignHead(lines: Line[], facts: LineFacts[], roles: LineRole[], start: number): void {
  const counts = new Map<string, number>();
  const bulletKeys = new Set<string>();
  for (let i = 0; i < start; i++) {
    const l = lines[i];
    if (l.text === '') continue;
    counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
    if (l.bullet) bulletKeys.add(l.key);
  }
  for (let i = 0; i < start; i++) {
    const line = lines[i];
    if (line.text === '' || roles[i] === 'dateline') continue;
    const reason = removedReasonOf(line, facts[i], false);
    if (reason) roles[i] = { removed: reason };
    else if (line.bullet || bulletKeys.has(line.key) || (counts.get(line.key) ?? 0) > 1)
      roles[i] = { removed: 'menu' };
    else if (isDateOnly(line.text)) roles[i] = 'dateline';
    else roles[i] = 'head';
  }
}

function assignTail(lines: Line[], facts: LineFacts[], roles: LineRole[], end: number): void {
  let commentsFrom = -1;
  for (let i = end + 1; i < lines.length; i++) {
    if (facts[i].reason === 'comments') {
      commentsFrom = i;
      break;
    }
  }
  const readerComments =
    commentsFrom >= 0 && lines.slice(commentsFrom + 1).some((l) => isReaderComment(l.text));
  let afterCredit = false;
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.text === '') continue;
    if (commentsFrom >= 0 && i >= commentsFrom) {
      roles[i] = { removed: i === commentsFrom || readerComments ? 'comments' : 'related' };
      continue;
    }
    const reason = removedReasonOf(line, facts[i], false);
    if (reason === 'credit' || creditLineName(line.text) !== null || isAuthorLine(line.text)) {
      roles[i] = { removed: 'credit' };
      afterCredit = true;
      continue;
    }
    if (afterCredit && !reason && line.titleLike && line.words <= 4) {
      // The author's name under the credit line ("المصدر: تاس" / "أندريه بودروف").
      roles[i] = { removed: 'credit' };
      continue;
    }
    afterCredit = false;
    roles[i] = { removed: reason ?? (line.titleLike ? 'related' : 'other') };
  }
}

function prevNonBlank(lines: Line[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j].text !== '') return j;
  return -1;
}

export function isRemoved(role: LineRole, reason?: Reason): role is { removed: Reason } {
  return typeof role === 'object' && (reason === undefined || role.removed === reason);
}
