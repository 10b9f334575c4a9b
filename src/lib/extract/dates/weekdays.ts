/**
 * Weekday names (0 = Sunday) in Arabic (definite forms الأحد…السبت, folded), English (full and
 * abbreviated) and Russian (nominative and accusative "во вторник", "в среду", genitive).
 */

import { buildLexicon } from './lexicon';

export const AR_WEEKDAYS = buildLexicon([
  [0, ['الأحد', 'الاحد']],
  [1, ['الاثنين', 'الإثنين', 'الأثنين', 'الاتنين', 'الإتنين']],
  [2, ['الثلاثاء', 'الثلاثا', 'الثلاتاء']],
  [3, ['الأربعاء', 'الاربعاء', 'الأربعا', 'الاربعا']],
  [4, ['الخميس']],
  [5, ['الجمعة', 'الجمعه']],
  [6, ['السبت']],
]);

export const EN_WEEKDAYS = buildLexicon([
  [0, ['sunday']],
  [1, ['monday']],
  [2, ['tuesday']],
  [3, ['wednesday']],
  [4, ['thursday']],
  [5, ['friday']],
  [6, ['saturday']],
]);

export const EN_WEEKDAYS_SHORT = buildLexicon([
  [0, ['sun']],
  [1, ['mon']],
  [2, ['tue', 'tues']],
  [3, ['wed']],
  [4, ['thu', 'thur', 'thurs']],
  [5, ['fri']],
  [6, ['sat']],
]);

export const RU_WEEKDAYS = buildLexicon([
  [0, ['воскресенье', 'воскресенья']],
  [1, ['понедельник', 'понедельника']],
  [2, ['вторник', 'вторника']],
  [3, ['среда', 'среду', 'среды']],
  [4, ['четверг', 'четверга']],
  [5, ['пятница', 'пятницу', 'пятницы']],
  [6, ['суббота', 'субботу', 'субботы']],
]);
