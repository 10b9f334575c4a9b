/**
 * statementDate: the date of one statement whose sentence says "أمس", "أمس الأول", "اليوم",
 * "yesterday", "вчера"…, counted from the article's date. A weekday attached to a verb of saying
 * ("قال يوم الاثنين", "said on Monday", "заявил в понедельник") dates it too: the latest such
 * weekday on or before the article's date. "غداً"/"tomorrow" never dates a statement.
 */

import type { DateInfo, Language } from '../../model/article';
import { addDaysIso, dayNumberOfIso, weekdayOfDayNumber } from './calendar';
import { findDateExpressionsIn } from './expressions';
import { foldText } from './normalize';
import { AR_WEEKDAYS, EN_WEEKDAYS, RU_WEEKDAYS } from './weekdays';
import { sayingBefore } from './saying';
import { RELATIVE_OFFSET } from './types';

/**
 * Every expression that can date a statement holds one of these (folded) words: a relative one
 * carries امس/اليوم, yesterday/today, вчера/сегодня/накануне, a weekday one a weekday's name.
 */
const DATING_WORD = new RegExp(
  ['امس', 'اليوم', AR_WEEKDAYS.source, 'yesterday', 'today', EN_WEEKDAYS.source, 'вчера', 'сегодня', 'накануне', RU_WEEKDAYS.source].join('|'),
  'u',
);

export function statementDate(
  sentence: string,
  articleDate: DateInfo,
  lang: Language,
): { date: string; evidence: string } | null {
  if (!articleDate.date || articleDate.precision !== 'day') return null;
  // Only a relative word or a weekday can date a statement: without one, nothing to look for.
  const folded = foldText(sentence);
  if (!DATING_WORD.test(folded.norm)) return null;
  const exprs = findDateExpressionsIn(sentence, folded, lang);
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
