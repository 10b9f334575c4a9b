/**
 * Sorting an article's date expressions into what they can say about its publication date:
 * candidates for the date itself (a full date or a day-month in the dateline or first lines,
 * one with a weekday, one right after a verb of saying; "اليوم الثلاثاء", "يوم الثلاثاء" next to
 * a statement) and anchors that only bound it (a date marked past lies before it, one marked
 * future after it). "أمس الاثنين" shifts the publication day by one.
 */

import { dayNumber, isValidYmd } from './calendar';
import { hijriToDayNumber, isValidHijri } from './hijri';
import { sayingBefore } from './saying';
import { RELATIVE_OFFSET } from './types';
import type { DateExpression } from './types';

export type Where = 'headline' | 'body';

export interface PubCandidate {
  expr: DateExpression;
  where: Where;
  kind: 'full' | 'day-month' | 'weekday';
  /** Days from the expression's day to the publication day ("أمس" → +1). */
  shift: number;
  /** For kind 'full': the day number the expression names. */
  day: number | null;
  strength: number;
  inLead: boolean;
}

export interface Anchor {
  expr: DateExpression;
  where: Where;
  tense: 'past' | 'future';
  /** Day number when the expression has a year, else null (a yearly-recurring day-month). */
  day: number | null;
}

/** End offset of the lead: the first two sentences, between 150 and 400 characters. */
export function leadEnd(body: string): number {
  let count = 0;
  const re = /[.!?؟\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m.index < 20) continue;
    if (++count === 2) return Math.min(400, Math.max(150, m.index));
  }
  return Math.min(400, Math.max(150, body.length));
}

/** Day number of a full (year, month, day) expression, Gregorian or Hijri; else null. */
export function fullDay(e: DateExpression): number | null {
  if (e.year === null || e.month === null || e.day === null) return null;
  if (e.calendar === 'hijri') return isValidHijri(e.year, e.month, e.day) ? hijriToDayNumber(e.year, e.month, e.day) : null;
  return isValidYmd(e.year, e.month, e.day) ? dayNumber(e.year, e.month, e.day) : null;
}

export interface Selection {
  candidates: PubCandidate[];
  anchors: Anchor[];
}

export function selectExpressions(text: string, exprs: DateExpression[], where: Where): Selection {
  const lead = where === 'headline' ? text.length : leadEnd(text);
  const candidates: PubCandidate[] = [];
  const anchors: Anchor[] = [];
  for (const e of exprs) {
    if (e.relative === 'tomorrow') continue;
    const shift = e.relative ? -RELATIVE_OFFSET[e.relative] : 0;
    const inLead = e.start < lead;
    const said = sayingBefore(text, e.start);
    const full = fullDay(e);
    const dayMonth = e.calendar === 'gregorian' && e.day !== null && e.month !== null && e.year === null;
    const weekdayOnly = e.weekday !== null && e.day === null && e.month === null;
    if (e.tense) {
      if (full !== null) anchors.push({ expr: e, where, tense: e.tense, day: full });
      else if (dayMonth) anchors.push({ expr: e, where, tense: e.tense, day: null });
      continue;
    }
    const strength = (inLead ? 2 : 0) + (e.weekday !== null ? 2 : 0) + (said ? 1 : 0) + (e.relative ? 2 : 0) +
      (full !== null && e.calendar === 'gregorian' ? 0.5 : 0);
    if (full !== null) {
      if (inLead || e.weekday !== null || said || e.relative) {
        candidates.push({ expr: e, where, kind: 'full', shift, day: full, strength, inLead });
      }
    } else if (dayMonth) {
      if (inLead || e.weekday !== null || said || e.relative) {
        candidates.push({ expr: e, where, kind: 'day-month', shift, day: null, strength, inLead });
      }
    } else if (weekdayOnly) {
      if (e.relative || said || inLead) {
        candidates.push({ expr: e, where, kind: 'weekday', shift, day: null, strength, inLead });
      }
    }
  }
  return { candidates, anchors };
}

/** Best first: stronger, then earlier (headline before body). */
export function rankCandidates(cands: PubCandidate[]): PubCandidate[] {
  return [...cands].sort(
    (a, b) => b.strength - a.strength || (a.where === b.where ? a.expr.start - b.expr.start : a.where === 'headline' ? -1 : 1),
  );
}
