/**
 * Fixing a publication day that the text gives only in part. A day-month ("الثلاثاء 11 أكتوبر")
 * yields one candidate per year 2011…now, kept when the weekday matches and every constraint
 * (tenures, dated past events, dated anchors) allows it; each constraint that removes years adds
 * a reasoning line. A weekday alone ("اليوم الثلاثاء") yields every such weekday inside the
 * constraints' window, or — with a day-month the text puts ahead ("ستعقد … في 14 تشرين الأول") —
 * the same weekday just before each occurrence of it, the nearest one winning.
 */

import type { DateConstraint } from '../../model/date-constraint';
import {
  FIRST_YEAR, WEEKDAY_NAMES_EN, dayNumber, dayNumberOfIso, describeDay, isValidYmd, isoOfDayNumber,
  weekdayOfDayNumber, ymdOfDayNumber,
} from './calendar';
import { describeConstraint, satisfies } from './constraints';
import type { Bounds } from './constraints';
import type { Anchor } from './select';

export interface Inference {
  days: number[];
  reasoning: string[];
  /** Constraints that removed candidates. */
  decisive: DateConstraint[];
  /** True when the single day was picked by nearness to a future anchor, not forced. */
  byNearness?: boolean;
}

function yearsOf(days: number[]): string {
  if (days.length === 0) return 'none';
  return days.map((n) => ymdOfDayNumber(n).year).join(', ');
}

function listDays(days: number[]): string {
  if (days.length === 0) return 'none';
  if (days.length <= 6) return days.map(isoOfDayNumber).join(', ');
  return `${isoOfDayNumber(days[0])} … ${isoOfDayNumber(days[days.length - 1])} (${days.length} days)`;
}

/** Dated anchors: a past date lies on or before the publication day, a future one after it. */
export function anchorAllows(p: number, a: Anchor): boolean {
  if (a.day === null) return true;
  return a.tense === 'past' ? p >= a.day : p < a.day;
}

/**
 * Filters candidate days by every constraint (dated anchors arrive as constraints too). Each one
 * that rules candidates out gets its own line, judged against the full candidate list so every
 * decisive reason shows.
 */
function applyAll(days: number[], constraints: DateConstraint[], show: (d: number[]) => string): Inference {
  const reasoning: string[] = [];
  const decisive: DateConstraint[] = [];
  let cur = days;
  for (const c of constraints) {
    const out = days.filter((p) => !satisfies(p, c));
    if (out.length === 0) continue;
    reasoning.push(`${describeConstraint(c)} → rules out ${show(out)}`);
    decisive.push(c);
    cur = cur.filter((p) => satisfies(p, c));
  }
  if (reasoning.length > 0) reasoning.push(`left: ${show(cur)}`);
  return { days: cur, reasoning, decisive };
}

/** Candidates for a day-month without a year (with optional weekday), shifted by `shift`. */
export function inferDayMonth(
  month: number, day: number, weekday: number | null, shift: number,
  constraints: DateConstraint[], today: string,
  /** The publication weekday another expression gives ("said on Tuesday"), when this one has none. */
  pubWeekday: { weekday: number; text: string } | null = null,
): Inference {
  const lastYear = ymdOfDayNumber(dayNumberOfIso(today)).year;
  const base: number[] = [];
  for (let y = FIRST_YEAR; y <= lastYear; y++) {
    if (!isValidYmd(y, month, day)) continue;
    const n = dayNumber(y, month, day);
    if (weekday !== null && weekdayOfDayNumber(n) !== weekday) continue;
    const p = n + shift;
    if (weekday === null && pubWeekday && weekdayOfDayNumber(p) !== pubWeekday.weekday) continue;
    if (p <= dayNumberOfIso(today)) base.push(p);
  }
  const label = describeDay(month, day, weekday);
  const first = weekday !== null
    ? `weekday ${label} → ${yearsOf(base)}`
    : pubWeekday
      ? `${label} on a ${WEEKDAY_NAMES_EN[pubWeekday.weekday]} ('${pubWeekday.text}') → ${yearsOf(base)}`
      : `${label}, no year → any year ${FIRST_YEAR}–${lastYear}`;
  const step = applyAll(base, constraints, yearsOf);
  return { ...step, reasoning: [first, ...step.reasoning] };
}

/** Candidates for a publication weekday alone. */
export function inferWeekday(
  weekday: number, bounds: Bounds, constraints: DateConstraint[], anchors: Anchor[], today: string,
): Inference {
  const name = WEEKDAY_NAMES_EN[weekday];
  const future = anchors.find((a) => a.tense === 'future' && a.day === null && a.expr.month !== null && a.expr.day !== null);
  if (!future) {
    const days: number[] = [];
    // The first such weekday in the window, then every seventh day.
    const first = bounds.lo + ((weekday - weekdayOfDayNumber(bounds.lo) + 7) % 7);
    for (let n = first; n <= bounds.hi; n += 7) days.push(n);
    const decisive = constraints.filter((c) => c === bounds.after || c === bounds.before);
    return { days, decisive, reasoning: [...decisive.map(describeConstraint), `${name}s in that window → ${listDays(days)}`] };
  }
  const fm = future.expr.month as number;
  const fd = future.expr.day as number;
  const lastYear = ymdOfDayNumber(dayNumberOfIso(today)).year + 1;
  const found: Array<{ p: number; gap: number }> = [];
  for (let y = FIRST_YEAR; y <= lastYear; y++) {
    if (!isValidYmd(y, fm, fd)) continue;
    const o = dayNumber(y, fm, fd);
    const gap = (weekdayOfDayNumber(o) - weekday + 7) % 7 || 7;
    const p = o - gap;
    if (p < bounds.lo || p > bounds.hi) continue;
    if (!anchors.every((a) => anchorAllows(p, a))) continue;
    found.push({ p, gap });
  }
  const lines = constraints.filter((c) => c === bounds.after || c === bounds.before).map(describeConstraint);
  const shown = found.slice(0, 8).map((f) => `${isoOfDayNumber(f.p)} (${f.gap} day${f.gap > 1 ? 's' : ''} before)`).join(', ');
  lines.push(`'${future.expr.text}' lies ahead: the ${name} just before it → ${shown || 'none'}${found.length > 8 ? ' …' : ''}`);
  if (found.length === 0) return { days: [], reasoning: lines, decisive: [] };
  const minGap = Math.min(...found.map((f) => f.gap));
  const nearest = found.filter((f) => f.gap === minGap).map((f) => f.p);
  if (nearest.length === 1 && found.length > 1) lines.push(`nearest to it: ${isoOfDayNumber(nearest[0])}`);
  return {
    days: nearest.length === 1 ? nearest : found.map((f) => f.p),
    reasoning: lines,
    decisive: constraints.filter((c) => c === bounds.after || c === bounds.before),
    byNearness: nearest.length === 1 && found.length > 1,
  };
}
