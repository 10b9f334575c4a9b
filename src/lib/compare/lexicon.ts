/**
 * The small word lists that decide when a difference changes the meaning of a statement: negation
 * and modality words (لا، لم، لن، ليس، غير، تماما، قد; not, never, may; не, нет, может…), number
 * words, verbs and phrases of attribution (قال، أكد، نفى…; said, denied…; заявил, опроверг…) and
 * names (the person names of the speaker list in extract/speakers, and capitalised Latin or
 * Cyrillic words that do not open a sentence). Each list maps a word to a lemma, so "ولم" and
 * "لم" are the same negation and "أكدت" / "وأكد" the same verb; a change counts when the lemmas
 * on the two sides differ, not when the words do.
 */

import { SPEAKERS } from '../extract/speakers/speaker-list';
import { compareTokens, foldWord, stopwordKeys } from './tokens';
import type { CToken } from './tokens';

/** lemma → forms; Arabic forms are folded when the table is built. */
const NEGATION: Record<string, string> = {
  // Arabic negation
  لا: 'لا',
  لم: 'لم',
  لن: 'لن',
  'ليس ليست ليسوا لست لسنا ليسا لستم': 'ليس',
  غير: 'غير',
  عدم: 'عدم',
  'دون بدون بلا': 'دون',
  'أبدا إطلاقا مطلقا قط': 'أبدا',
  إلا: 'إلا',
  // Arabic modality and degree
  قد: 'قد',
  'ربما لعل': 'ربما',
  'يمكن يمكنه يمكنها بإمكان بإمكانه ممكن يستطيع تستطيع': 'يمكن',
  'يجب ينبغي لابد يتعين': 'يجب',
  'تماما كليا بالكامل كاملا': 'تماما',
  جزئيا: 'جزئيا',
  فقط: 'فقط',
  سوف: 'سوف',
  'محتمل المحتمل احتمال': 'محتمل',
  // English
  'not no nor neither none nothing nobody without': 'not',
  never: 'never',
  "don't dont doesn't doesnt didn't didnt won't wont can't cant cannot isn't isnt aren't arent wasn't wasnt weren't werent hasn't hasnt haven't havent hadn't hadnt shouldn't shouldnt wouldn't wouldnt couldn't couldnt mustn't mustnt":
    'not',
  'may might': 'may',
  'could can': 'can',
  'would will': 'will',
  'should must': 'must',
  'possibly perhaps probably likely unlikely': 'possibly',
  'fully completely entirely totally': 'fully',
  'partly partially': 'partly',
  only: 'only',
  // Russian
  'не нет ни ничего никак нельзя без': 'не',
  никогда: 'никогда',
  'может могут мог могла могли можно возможно вероятно вряд': 'может',
  'должен должна должны должно': 'должен',
  'полностью совсем целиком': 'полностью',
  частично: 'частично',
  только: 'только',
  якобы: 'якобы',
};

const NUMBER_WORDS: Record<string, string> = {
  'واحد واحدة': '1',
  'اثنان اثنين اثنتان اثنتين': '2',
  'ثلاث ثلاثة': '3',
  'أربع أربعة': '4',
  'خمس خمسة': '5',
  'ست ستة': '6',
  'سبع سبعة': '7',
  'ثماني ثمانية ثمان': '8',
  'تسع تسعة': '9',
  'عشر عشرة': '10',
  'مئة مائة مئات': '100',
  'ألف آلاف': '1000',
  'مليون ملايين': '1e6',
  'مليار مليارات': '1e9',
  نصف: '1/2',
  ربع: '1/4',
  ثلث: '1/3',
  'ضعف أضعاف': 'x2',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  'dozen dozens': '12',
  'hundred hundreds': '100',
  'thousand thousands': '1000',
  'million millions': '1e6',
  'billion billions': '1e9',
  half: '1/2',
  'twice double': 'x2',
  'один одна одно': '1',
  'два две': '2',
  три: '3',
  четыре: '4',
  пять: '5',
  десять: '10',
  сто: '100',
  'тысяча тысячи тысяч': '1000',
  'миллион миллиона миллионов': '1e6',
  'миллиард миллиарда миллиардов': '1e9',
};

/** Arabic stems: past (m, f), present (m, f), participle. Matched after a leading و/ف is removed. */
const ATTRIBUTION_AR: Record<string, string> = {
  'قال قالت يقول تقول قائلا قائلة': 'قال',
  'أكد أكدت يؤكد تؤكد مؤكدا مؤكدة': 'أكد',
  'نفى نفت ينفي تنفي نافيا': 'نفى',
  'أعلن أعلنت يعلن تعلن معلنا': 'أعلن',
  'أشار أشارت يشير تشير مشيرا': 'أشار',
  'شدد شددت يشدد تشدد مشددا': 'شدد',
  'أوضح أوضحت يوضح توضح موضحا': 'أوضح',
  'صرح صرحت يصرح تصرح مصرحا': 'صرح',
  'زعم زعمت يزعم تزعم زاعما': 'زعم',
  'ادعى ادعت يدعي تدعي مدعيا': 'ادعى',
  'حذر حذرت يحذر تحذر محذرا': 'حذر',
  'أضاف أضافت يضيف تضيف مضيفا': 'أضاف',
  'ذكر ذكرت يذكر تذكر مذكرا': 'ذكر',
  'أعرب أعربت يعرب تعرب معربا': 'أعرب',
  'اعتبر اعتبرت يعتبر تعتبر معتبرا': 'اعتبر',
  'أشاد أشادت يشيد تشيد مشيدا': 'أشاد',
  'تعهد تعهدت يتعهد تتعهد': 'تعهد',
  'اعترف اعترفت يعترف تعترف معترفا': 'اعترف',
  'اتهم اتهمت يتهم تتهم متهما': 'اتهم',
  'رفض رفضت يرفض ترفض رافضا': 'رفض',
  'نقل نقلت ينقل تنقل ناقلا نقلا': 'نقل',
  'أفاد أفادت يفيد تفيد': 'أفاد',
  'كشف كشفت يكشف تكشف كاشفا': 'كشف',
  'أقر أقرت يقر تقر': 'أقر',
  'لفت لفتت يلفت تلفت لافتا': 'لفت',
  'بحسب حسب وفقا': 'بحسب',
};

const ATTRIBUTION_EN: Record<string, string> = {
  'say says said saying': 'say',
  'claim claims claimed': 'claim',
  'deny denies denied': 'deny',
  'confirm confirms confirmed': 'confirm',
  'stress stresses stressed emphasised emphasized': 'stress',
  'note notes noted': 'note',
  'add adds added': 'add',
  'warn warns warned': 'warn',
  'tell tells told': 'tell',
  'announce announces announced': 'announce',
  'insist insists insisted': 'insist',
  'allege alleges alleged allegedly': 'allege',
  'accuse accuses accused': 'accuse',
  'reject rejects rejected': 'reject',
  'admit admits admitted acknowledge acknowledged': 'admit',
  'state states stated': 'state',
  according: 'according',
  reportedly: 'reportedly',
};

/** Russian: stem prefixes (lower case). */
const ATTRIBUTION_RU: [string, string][] = [
  ['заяв', 'заявить'],
  ['сказа', 'сказать'],
  ['отмет', 'отметить'],
  ['подчеркн', 'подчеркнуть'],
  ['опроверг', 'опровергнуть'],
  ['сообщ', 'сообщить'],
  ['добав', 'добавить'],
  ['утвержд', 'утверждать'],
  ['призна', 'признать'],
  ['обвин', 'обвинить'],
  ['отверг', 'отвергнуть'],
  ['предупред', 'предупредить'],
  ['словам', 'по словам'],
  ['счита', 'считать'],
];

function table(src: Record<string, string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [forms, lemma] of Object.entries(src))
    for (const f of forms.split(' ')) m.set(foldWord(f), lemma);
  return m;
}

const NEG = table(NEGATION);
const NUM = table(NUMBER_WORDS);
const ATTR_AR = table(ATTRIBUTION_AR);
const ATTR_EN = table(ATTRIBUTION_EN);

/** The word with one leading Arabic conjunction و/ف taken off, when something is left. */
function bare(fold: string): string {
  return fold.length > 2 && (fold[0] === 'و' || fold[0] === 'ف') ? fold.slice(1) : fold;
}

function lookup(m: Map<string, string>, t: CToken): string | null {
  return m.get(t.fold) ?? (t.arabic ? (m.get(bare(t.fold)) ?? null) : null);
}

export function negationLemma(t: CToken): string | null {
  return lookup(NEG, t);
}

/** A number as a comparable string: digits as written (folded), or the value of a number word. */
export function numberValue(t: CToken): string | null {
  if (/[0-9]/.test(t.fold)) return t.fold.replace(/[^0-9]/g, '');
  return lookup(NUM, t);
}

export function attributionLemma(t: CToken): string | null {
  if (t.arabic) return lookup(ATTR_AR, t);
  const en = ATTR_EN.get(t.fold);
  if (en) return en;
  if (/^[а-я]/.test(t.fold)) for (const [p, lemma] of ATTRIBUTION_RU) if (t.fold.startsWith(p)) return lemma;
  return null;
}

let names: Set<string> | null = null;

/** Match keys of the words of person names on the speaker list (stopwords left out). */
function nameKeys(): Set<string> {
  if (names === null) {
    names = new Set();
    const stop = stopwordKeys();
    for (const s of SPEAKERS) {
      if (s.kind !== 'person') continue;
      for (const n of [...s.names.ar, ...s.names.en, ...s.names.ru])
        for (const t of compareTokens(n)) if (t.fold.length > 2 && !stop.has(t.key)) names.add(t.key);
    }
  }
  return names;
}

const CAPITAL = /^\p{Lu}/u;
const SENTENCE_END = /[.!?؟…:\n"«“]\s*$/;

/**
 * The name a token stands for (its match key), or null. `text` is the text the token's offsets
 * point into, used to tell a capitalised name from a capitalised first word of a sentence.
 */
export function nameKey(t: CToken, text: string): string | null {
  if (nameKeys().has(t.key)) return t.key;
  if (!t.arabic && CAPITAL.test(t.text) && !stopwordKeys().has(t.key)) {
    const before = text.slice(Math.max(0, t.start - 3), t.start);
    if (t.start > 0 && !SENTENCE_END.test(before)) return t.key;
  }
  return null;
}
