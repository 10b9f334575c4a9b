/**
 * Intersecting date constraints: the tightest window (latest "after", earliest "before") a set
 * of constraints allows, with the constraints that set each side, clamped to the product's range
 * (1 January 2011 to today) for candidate search. Contradictory sets are detected so the caller
 * can fall back to the stronger constraints.
 */

import type { DateConstraint } from '../../model/date-constraint';
import { FIRST_YEAR, dayNumber, dayNumberOfIso } from './calendar';

export interface Bounds {
  /** Search range in day numbers (inclusive), product range included. */
  lo: number;
  hi: number;
  /** The binding constraint on each side, if any. */
  after: DateConstraint | null;
  before: DateConstraint | null;
  /** False when the constraints contradict each other (or the product range). */
  consistent: boolean;
}

export function computeBounds(constraints: DateConstraint[], today: string): Bounds {
  let lo = dayNumber(FIRST_YEAR, 1, 1);
  let hi = dayNumberOfIso(today);
  let after: DateConstraint | null = null;
  let before: DateConstraint | null = null;
  for (const c of constraints) {
    if (c.after) {
      const n = dayNumberOfIso(c.after);
      if (!after || n > dayNumberOfIso(after.after as string)) after = c;
      lo = Math.max(lo, n);
    }
    if (c.before) {
      const n = dayNumberOfIso(c.before);
      if (!before || n < dayNumberOfIso(before.before as string)) before = c;
      hi = Math.min(hi, n);
    }
  }
  return { lo, hi, after, before, consistent: lo <= hi };
}

/** Whether day number `n` satisfies constraint `c`. */
export function satisfies(n: number, c: DateConstraint): boolean {
  if (c.after && n < dayNumberOfIso(c.after)) return false;
  if (c.before && n > dayNumberOfIso(c.before)) return false;
  return true;
}

/** "after 2015-09-30" / "2011-02-04 – 2016-12-28" for reasoning lines. */
export function describeConstraint(c: DateConstraint): string {
  const span = c.after && c.before ? `${c.after} – ${c.before}` : c.after ? `from ${c.after}` : c.before ? `until ${c.before}` : 'unbounded';
  return c.why.includes(c.after ?? '\u0000') || c.why.includes(c.before ?? '\u0000') ? c.why : `${c.why} (${span})`;
}

/**
 * Bounds that make sense: all constraints if they agree; else the caller's (tenures) alone;
 * else none. `note` says what was dropped.
 */
export function usableBounds(
  caller: DateConstraint[],
  events: DateConstraint[],
  today: string,
): { bounds: Bounds; used: DateConstraint[]; note: string | null } {
  const all = [...caller, ...events];
  const b = computeBounds(all, today);
  if (b.consistent) return { bounds: b, used: all, note: null };
  const c = computeBounds(caller, today);
  if (c.consistent) {
    return { bounds: c, used: caller, note: 'the dated events the text mentions contradict the given constraints; events ignored' };
  }
  return { bounds: computeBounds([], today), used: [], note: 'the given constraints contradict each other; ignored' };
}
