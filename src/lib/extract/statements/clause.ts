/**
 * Small word classes the attribution rules lean on: where a clause starts (sentence start, after
 * punctuation, after ثم/كما/لكن/كان…), which words after an Arabic verb show that its subject is a
 * dropped pronoun (أن، على، اليوم، قائلا…), and which nouns are unnamed subjects (مصدر، وسائل…) that
 * must not be taken for a pronoun.
 */

import { foldString } from '../speakers/normalize';
import type { Doc } from './doc';
import { gapText, isBlank } from './doc';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map(foldString));

export const CLAUSE_WORDS = set(
  'ثم كما فيما بينما حين عندما لكن لكنه لكنها ولكن ولكنه ولكنها حيث وقد قد فقد بدوره بدورها إذ وإذ كان وكان وكانت كانت فيما ' +
    'وفيما من جهته جهتها جانبه جانبها ذلك and but while as also then however meanwhile и а но также тогда при этом',
);

/** Words right after an Arabic verb showing its subject is a dropped pronoun. */
export const AFTER_PRONOUN_VERB = set(
  'أن إن أنه أنها أنهم بأن بأنه بأنها على إلى الى عن في خلال من مع أمام لدى اليوم أمس يوم مساء صباح أيضا كذلك مجددا مرة ' +
    'الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد قائلا قائلة قبل بعد أثناء عقب حول تعليقا ردا للصحفيين للصحافيين لوكالة ' +
    'لقناة لصحيفة لموقع عبر ضرورة أهمية وجوب استعداد أنه إنه إنها',
);

/** Nouns that, right after a verb, are its (unnamed, non-listed) subject. */
export const UNNAMED_SUBJECTS = set(
  'مصدر مصادر مسؤول مسؤولون مسؤولين وسائل وكالة وكالات صحيفة صحف موقع تقارير تقرير شهود ناشطون ناشطين مراسل مراسلنا متحدث ' +
    'بيان خبراء خبير محللون مراقبون سكان رئيس وزير نائب عضو أعضاء قائد قادة ضابط دبلوماسي دبلوماسيون نشطاء واشنطن أنقرة طهران ' +
    'باريس لندن برلين بكين الرياض الدوحة عمان بغداد بيروت القاهرة تل كييف دمشق إسرائيل تركيا إيران أمريكا أميركا فرنسا بريطانيا ' +
    'الصين مجلس منظمة هيئة لجنة حزب جماعة فصائل المعارضة قوات جيش تنظيم الدول دول البيت المكتب',
);

const PUNCT_BREAK = /[،,؛;:.()\[\]\-–—"“”«»„‹›]/;

/** Does a clause start at token k (within a sentence whose first token is sk)? */
export function clauseStart(doc: Doc, k: number, sk: number): boolean {
  if (k <= sk) return true;
  if (PUNCT_BREAK.test(gapText(doc, k - 1, k))) return true;
  const prev = doc.tokens[k - 1].text;
  if (CLAUSE_WORDS.has(prev)) return true;
  return false;
}

/** Is the text between tokens a and b only spaces? */
export function plain(doc: Doc, a: number, b: number): boolean {
  return isBlank(gapText(doc, a, b));
}
