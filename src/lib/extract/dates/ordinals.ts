/**
 * Arabic ordinal day words as used in dates ("التاسع من سبتمبر", "الحادي عشر من أكتوبر",
 * "الثلاثين من يونيو"), folded (أ→ا), for days 1-31.
 */

import { buildLexicon } from './lexicon';

const UNITS = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const TEENS = ['الحادي عشر', 'الثاني عشر', 'الثالث عشر', 'الرابع عشر', 'الخامس عشر', 'السادس عشر',
  'السابع عشر', 'الثامن عشر', 'التاسع عشر'];

function entries(): Array<[number, string[]]> {
  const out: Array<[number, string[]]> = [];
  UNITS.forEach((u, i) => out.push([i + 1, [u]]));
  out.push([10, ['العاشر']]);
  TEENS.forEach((t, i) => out.push([11 + i, [t]]));
  out.push([20, ['العشرين']]);
  out.push([21, ['الحادي والعشرين', 'الواحد والعشرين', 'الحادي و العشرين']]);
  UNITS.slice(1).forEach((u, i) => out.push([22 + i, [`${u} والعشرين`, `${u} و العشرين`]]));
  out.push([30, ['الثلاثين']]);
  out.push([31, ['الحادي والثلاثين', 'الواحد والثلاثين', 'الحادي و الثلاثين']]);
  return out;
}

export const AR_ORDINAL_DAYS = buildLexicon(entries());
