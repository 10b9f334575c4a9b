/**
 * The answer when no day can be fixed: date null and the tightest window the constraints give
 * (latest "after", earliest "before"), with the binding constraints as evidence. Also the
 * constraint a month- or year-precision metadata date stands for.
 */

import type { DateInfo, DatePrecision, Evidence } from '../../model/article';
import type { DateConstraint } from '../../model/date-constraint';
import { addDaysIso } from './calendar';
import type { Bounds } from './constraints';

/** The period a month- or year-precision date covers, as a constraint. */
export function periodConstraint(date: string, precision: DatePrecision, why: string): DateConstraint {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  let before: string;
  if (precision === 'year') before = `${y}-12-31`;
  else if (precision === 'month') before = addDaysIso(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`, -1);
  else before = date;
  return { after: date, before, why };
}

export function windowResult(bounds: Bounds, pre: string[], describe: (c: DateConstraint) => string): DateInfo {
  const after = bounds.after?.after ?? null;
  const before = bounds.before?.before ?? null;
  const binding = [bounds.after, bounds.before].filter((c): c is DateConstraint => c !== null);
  const unique = binding.filter((c, i) => binding.indexOf(c) === i);
  let evidence: Evidence | null = null;
  if (unique.length > 0) {
    const texts = unique.map((c) => c.evidence).filter((t): t is string => !!t);
    evidence = { basis: 'constraints', text: texts.length ? texts.join(' / ') : null };
    const located = unique.find((c) => c.start !== undefined && c.end !== undefined);
    if (located && unique.length === 1) {
      evidence.start = located.start;
      evidence.end = located.end;
    }
  }
  return {
    date: null,
    precision: null,
    window: after || before ? [after, before] : null,
    evidence,
    source: unique.length ? 'inferred' : null,
    reasoning: [...pre, ...unique.map(describe), ...(unique.length ? [] : ['no date in the metadata or the text'])],
  };
}
