/**
 * findDateExpressions: every date-like phrase in a text — full and partial dates in Arabic,
 * English and Russian, numeric dates (11/10/2016, 2016-10-11, 11.10.2016), weekday phrases and
 * relative words — with the tense the surrounding words give it. Overlapping finds keep the
 * longest. Offsets point into the original text.
 */

import type { Language } from '../../model/article';
import { findArabic } from './expressions-ar';
import { findEnglish } from './expressions-en';
import { findRussian } from './expressions-ru';
import { foldText, originalSpan } from './normalize';
import type { FoldedText } from './normalize';
import { B, plausibleDayMonth, runPattern } from './patterns';
import { tenseAt } from './tense';
import { TextGate } from '../text-gate';
import type { DateExpression, FoundExpr } from './types';

const NUM_DMY = new RegExp(`${B}(?<a>\\d{1,2})(?<sep>[/.\\-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})(?![\\p{N}])`, 'gu');
const NUM_YMD = new RegExp(`${B}(?<y>\\d{4})(?<sep>[/.\\-])(?<b>\\d{1,2})\\k<sep>(?<a>\\d{1,2})(?![\\p{N}/.\\-]\\d)(?!\\p{N})`, 'gu');

/**
 * Day and month of a numeric a/b/year date. d/m is the rule outside English; English pages
 * follow m/d for "/" unless the numbers rule it out.
 */
export function numericDayMonth(a: number, b: number, sep: string, lang: Language): { day: number; month: number } | null {
  if (a > 12 && b <= 12) return { day: a, month: b };
  if (b > 12 && a <= 12) return { day: b, month: a };
  if (a > 12 && b > 12) return null;
  if (lang === 'en' && sep === '/') return { day: b, month: a };
  return { day: a, month: b };
}

function findNumeric(norm: string, lang: Language, out: FoundExpr[]): void {
  runPattern(norm, NUM_DMY, (g) => {
    const dm = numericDayMonth(Number(g.a), Number(g.b), g.sep ?? '/', lang);
    const year = Number(g.y);
    if (!dm || year < 1900 || year > 2100 || !plausibleDayMonth(dm.day, dm.month, year)) return null;
    return { year, month: dm.month, day: dm.day, weekday: null, calendar: 'gregorian', relative: null };
  }, out);
  runPattern(norm, NUM_YMD, (g) => {
    const year = Number(g.y);
    const month = Number(g.b);
    const day = Number(g.a);
    if (year < 1900 || year > 2100 || !plausibleDayMonth(day, month, year)) return null;
    return { year, month, day, weekday: null, calendar: 'gregorian', relative: null };
  }, out);
}

/** Keeps the longest of overlapping finds (ties: the earlier one). */
function dropOverlaps(found: FoundExpr[]): FoundExpr[] {
  const sorted = [...found].sort((x, y) => y.ne - y.ns - (x.ne - x.ns) || x.ns - y.ns);
  const kept: FoundExpr[] = [];
  for (const f of sorted) {
    if (kept.some((k) => f.ns < k.ne && k.ns < f.ne)) continue;
    kept.push(f);
  }
  return kept.sort((x, y) => x.ns - y.ns);
}

export function findDateExpressions(text: string, lang: Language): DateExpression[] {
  return findDateExpressionsIn(text, foldText(text), lang);
}

/** findDateExpressions on a text already folded (foldText) by the caller, maybe with its gate. */
export function findDateExpressionsIn(
  text: string,
  folded: FoldedText,
  lang: Language,
  gate = new TextGate(folded.norm),
): DateExpression[] {
  const found: FoundExpr[] = [];
  if (lang === 'ar' || lang === 'other') findArabic(folded.norm, found);
  if (lang === 'en' || lang === 'other') findEnglish(folded.norm, found, gate);
  if (lang === 'ru' || lang === 'other') findRussian(folded.norm, found, gate);
  findNumeric(folded.norm, lang, found);
  return dropOverlaps(found).map((f) => {
    // "في 14 أكتوبر": the preposition is not part of the date.
    const lead = /^(?:و?في\s+|[وب](?=\d))/.exec(folded.norm.slice(f.ns, f.ne));
    const [start, end] = originalSpan(folded, f.ns + (lead ? lead[0].length : 0), f.ne);
    const tense = f.relative ? null : f.tense ?? tenseAt(folded.norm, f.ns, f.ne, lang);
    return {
      start,
      end,
      text: text.slice(start, end),
      year: f.year,
      month: f.month,
      day: f.day,
      weekday: f.weekday,
      calendar: f.calendar,
      relative: f.relative,
      tense,
    };
  });
}
