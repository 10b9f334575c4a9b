/**
 * statementDate: the date of one statement whose sentence says "أمس", "أمس الأول", "اليوم",
 * "yesterday", "вчера"…, counted from the article's date. A weekday attached to a verb of saying
 * ("قال يوم الاثنين", "said on Monday", "заявил в понедельник") dates it too: the latest such
 * weekday on or before the article's date. "غداً"/"tomorrow" never dates a statement.
 */

import type { DateInfo, Language } from '../../model/article';
import { addDaysIso, dayNumberOfIso, weekdayOfDayNumber } from './calendar';
import { findDateExpressions } from './expressions';
import { sayingBefore } from './saying';
import { RELATIVE_OFFSET } from './types';

export function statementDate(
  sentence: string,
  articleDate: DateInfo,
  lang: Language,
): { date: string; evidence: string } | null {
  if (!articleDate.date || articleDate.precision !== 'day') return null;
  const exprs = findDateExpressions(sentence, lang);
  const rel = exprs.find((e) => e.relative !== null && e.relative !== 'tomorrow');
  if (rel && rel.relative) {
    return { date: addDaysIso(articleDate.date, RELATIVE_OFFSET[rel.relative]), evidence: rel.text };
  }
  const wd = exprs.find(
    (e) => e.weekday !== null && e.day === null && e.month === null && e.tense !== 'future' && sayingBefore(sentence, e.start, 60),
  );
  if (wd && wd.weekday !== null) {
    const n = dayNumberOfIso(articleDate.date);
    let back = (weekdayOfDayNumber(n) - wd.weekday + 7) % 7;
    if (back === 0 && wd.tense === 'past') back = 7;
    return { date: addDaysIso(articleDate.date, -back), evidence: wd.text };
  }
  return null;
}
