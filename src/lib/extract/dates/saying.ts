/**
 * Verbs of saying (folded Arabic, English, Russian). A date or weekday right after one of them
 * ("أكد … الثلاثاء 11 أكتوبر", "said on Tuesday", "заявил во вторник") is the day the words were
 * said — usually the publication day.
 */

import { foldPattern, foldText } from './normalize';
import { clauseBefore } from './tense';

const SAYING = new RegExp(
  foldPattern([
    '(?:^|[^\\p{L}])[وف]?(?:قال|قالت|يقول|تقول|اكد|اكدت|يؤكد|تؤكد|اعلن|اعلنت|صرح|صرحت|اشار|اشارت|اضاف|اضافت|ذكر|ذكرت|اوضح|اوضحت|شدد|شددت|افاد|افادت|كشف|كشفت|اعتبر|اعتبرت|نفى|نفت|دعا|دعت|حذر|حذرت|اعرب|اعربت|تعهد|تعهدت|اقر|اقرت|قالوا|اكدوا)(?![\\p{L}])',
    '\\b(?:said|says|told|stated|announced|declared|added|noted|stressed|warned|insisted)\\b',
    '(?:^|[^\\p{L}])(?:заявил\\p{L}*|сказал\\p{L}*|сообщил\\p{L}*|отметил\\p{L}*|подчеркнул\\p{L}*|объявил\\p{L}*|говорит\\p{L}*)(?![\\p{L}])',
  ].join('|')),
  'u',
);

/** True when a verb of saying stands in the same clause within `max` chars before `start`. */
export function sayingBefore(text: string, start: number, max = 90): boolean {
  const folded = foldText(text.slice(Math.max(0, start - max), start)).norm;
  return SAYING.test(clauseBefore(folded, folded.length, max));
}
