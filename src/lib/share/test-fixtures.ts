/**
 * Small articles in Arabic, English and Russian for the share tests, and helpers that build
 * comparison and timeline views over them with real content ids. Test support only.
 */

import { articleId } from '../model/ids';
import type { CompareItem, CompareView, TimelineView } from './spec';

export const AR_TEXT = `لافروف: لا حل عسكريا للأزمة السورية
موسكو - 12 تشرين الأول/أكتوبر 2016
قال وزير الخارجية الروسي سيرغي لافروف إن "لا حل عسكريا للأزمة في سوريا"، مؤكدا أن موسكو تدعم الحوار السوري-السوري.

وأضاف لافروف في مؤتمر صحفي أن روسيا "لن تسمح بانهيار الدولة السورية".`;

/** The same story as another outlet wrote it (other spelling, a sentence changed). */
export const AR_TEXT_2 = `لافروف يؤكد: لا حل عسكرياً في سورية
موسكو (12 أكتوبر 2016)
أكد وزير الخارجية الروسي سيرغي لافروف أنه "لا حل عسكرياً للأزمة في سورية"، مشدداً على دعم موسكو للحوار السوري-السوري.

وتابع لافروف أن روسيا "لن تسمح بانهيار الدولة السورية".`;

export const EN_TEXT = `Lavrov: no military solution in Syria
MOSCOW, Oct 12, 2016
Russian Foreign Minister Sergey Lavrov said there was "no military solution to the Syrian crisis".

"Russia will not allow the collapse of the Syrian state," Lavrov told reporters.`;

export const RU_TEXT = `Лавров: военного решения в Сирии нет
МОСКВА, 12 октября 2016
Министр иностранных дел России Сергей Лавров заявил, что «военного решения сирийского кризиса нет».

«Россия не допустит развала сирийского государства», — сказал Лавров журналистам.`;

const LAVROV = {
  nameEn: 'Sergey Lavrov',
  role: 'Minister of Foreign Affairs of Russia',
  russianOfficial: true,
};

/** An embedded versions item for text, with its real content id. */
export async function itemOf(text: string, extra: Partial<CompareItem> = {}): Promise<CompareItem> {
  const first = text.split('\n')[0];
  const lang = /[\u0600-\u06ff]/.test(text) ? 'ar' : /[\u0400-\u04ff]/.test(text) ? 'ru' : 'en';
  return {
    articleId: await articleId(text),
    text,
    headline: first,
    speaker: LAVROV,
    date: '2016-10-12',
    outlet: lang === 'ar' ? 'RT Arabic' : lang === 'ru' ? 'ТАСС' : 'Reuters',
    language: lang,
    ...extra,
  };
}

export async function versionsView(texts: string[]): Promise<CompareView> {
  const items = await Promise.all(texts.map((t) => itemOf(t)));
  return {
    view: 'compare',
    spec: { mode: 'versions', items, options: { base: 0, hideSpelling: false, sort: 'given' } },
  };
}

/** A statements view: the statement sentences of the fixtures (several from the same article). */
export async function statementsView(): Promise<CompareView> {
  const s = (text: string, statementIndex: number, statementText: string) =>
    itemOf(text, { statementIndex, statementText });
  const items = await Promise.all([
    s(AR_TEXT, 0, 'قال وزير الخارجية الروسي سيرغي لافروف إن "لا حل عسكريا للأزمة في سوريا"'),
    s(AR_TEXT, 1, 'وأضاف لافروف في مؤتمر صحفي أن روسيا "لن تسمح بانهيار الدولة السورية".'),
    s(
      EN_TEXT,
      0,
      'Russian Foreign Minister Sergey Lavrov said there was "no military solution to the Syrian crisis".',
    ),
    s(RU_TEXT, 1, '«Россия не допустит развала сирийского государства», — сказал Лавров журналистам.'),
  ]);
  return {
    view: 'compare',
    spec: { mode: 'statements', items, options: { base: 1, hideSpelling: true, sort: 'date' } },
  };
}

export function timelineView(): TimelineView {
  return {
    view: 'timeline',
    spec: {
      from: '2015-09-30',
      to: '2016-12-31',
      lanes: 'institution',
      query: 'لافروف "حل عسكري" -واشنطن',
      speakers: ['lavrov', 'zakharova', '~sergey ivanov'],
      officialsOnly: true,
      hidden: ['a' + '1'.repeat(24)],
      pinned: ['a' + '2'.repeat(24) + ':3'],
    },
  };
}
