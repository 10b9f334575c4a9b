/**
 * statementDate: the date of one statement whose sentence says "أمس", "أمس الأول", "اليوم",
 * "yesterday", "вчера"…, counted from the article's date. A weekday attached to a verb of saying
 * ("قال يوم الاثنين", "said on Monday", "заявил в понедельник") dates it too: the latest such
 * weekday on or before the article's date. "غداً"/"tomorrow" never dates a statement.
 * statementWindow: the same words in an article known only to a window shift that window.
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
): { date: string; evidence: string; days: number } | null {
  if (!articleDate.date || articleDate.precision !== 'day') return null;
  // Only a relative word or a weekday can date a statement: without one, nothing to look for.
  const folded = foldText(sentence);
  if (!DATING_WORD.test(folded.norm)) return null;
  const exprs = findDateExpressionsIn(sentence, folded, lang);
  const rel = relativeOf(exprs);
  if (rel) return { date: addDaysIso(articleDate.date, rel.days), evidence: rel.evidence, days: rel.days };
  const wd = exprs.find(
    (e) => e.weekday !== null && e.day === null && e.month === null && e.tense !== 'future' && sayingBefore(sentence, e.start, 60),
  );
  if (wd && wd.weekday !== null) {
    const n = dayNumberOfIso(articleDate.date);
    let back = (weekdayOfDayNumber(n) - wd.weekday + 7) % 7;
    if (back === 0 && wd.tense === 'past') back = 7;
    return { date: addDaysIso(articleDate.date, -back), evidence: wd.text, days: -back };
  }
  return null;
}

type Expressions = ReturnType<typeof findDateExpressionsIn>;

function relativeOf(exprs: Expressions): { days: number; evidence: string } | null {
  const rel = exprs.find((e) => e.relative !== null && e.relative !== 'tomorrow');
  return rel && rel.relative ? { days: RELATIVE_OFFSET[rel.relative], evidence: rel.text } : null;
}

/**
 * The window of a statement in an article known only to a window: a sentence that says "أمس",
 * "أمس الأول", "yesterday"… lies that many days before the article, so its window is the
 * article's shifted by as many days (an open end stays open). A weekday alone gives no more than
 * the article's window, so only relative words count. Null when the sentence has none.
 */
export function statementWindow(
  sentence: string,
  articleWindow: [string | null, string | null],
  lang: Language,
): { window: [string | null, string | null]; evidence: string; days: number } | null {
  const folded = foldText(sentence);
  if (!DATING_WORD.test(folded.norm)) return null;
  const rel = relativeOf(findDateExpressionsIn(sentence, folded, lang));
  if (!rel || rel.days === 0) return null;
  const [lo, hi] = articleWindow;
  return {
    window: [lo === null ? null : addDaysIso(lo, rel.days), hi === null ? null : addDaysIso(hi, rel.days)],
    evidence: rel.evidence,
    days: rel.days,
  };
}
