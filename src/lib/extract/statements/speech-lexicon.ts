/**
 * Verbs and phrases of saying in Arabic, English and Russian, as folded word forms: finite verbs
 * (قال/قالت, said, заявил/заявила) with the gender their form shows, imperfect verbs for
 * "Subject verb…" headlines (موسكو تؤكد), participles that continue a speaker's words (مضيفا,
 * adding, добавив), relay verbs ("نقلت … عن X قوله"), and "according to" phrases. Words that are
 * also common nouns (رفض، وصف، رأي، تابع) are flagged so they count only at the start of a clause.
 */

import { foldString } from '../speakers/normalize';

export type TriggerForm = 'finite' | 'imperfect' | 'participle' | 'relay' | 'according';

export interface VerbInfo {
  form: TriggerForm;
  gender: 'm' | 'f' | null;
  /** Counts only at the start of a clause (the word is also a common noun). */
  clauseOnly?: boolean;
  /** Only with an institution as subject (رصد المركز…). */
  institutionOnly?: boolean;
  /** Needs one of these words right after it (بيّن أن, عبّر عن). */
  needsNext?: string[];
  /** Plural form (Russian "сообщили в Минобороны"). */
  plural?: boolean;
}

const AR_FINITE =
  'قال أكد أعلن شدد أشار أوضح أضاف أردف لفت نوه اعتبر نفى دعا أعرب أقر تساءل أشاد ندد اتهم جدد صرح أفاد أبدى استبعد رجح انتقد أدان حث رحب اقترح لاحظ كرر أكّد تعهد';
const AR_CLAUSE_ONLY = 'رفض وصف ذكر كشف حذر طالب تابع رأى توقع زعم تحدث';
const AR_WEAK: Record<string, string> = { نفى: 'نفت', دعا: 'دعت', رأى: 'رأت', أبدى: 'أبدت' };
const AR_IMPERFECT =
  'قول ؤكد علن شدد حذر نفي دعو رى عتبر تهم رفض كشف طالب ندد تعهد عرب جدد وضح شير رحب نتقد دين حث توقع ستبعد بدي قر طالب';
const AR_PARTICIPLES =
  'قائل مضيف مؤكد مشدد معرب داعي مفسر معتبر مشير موضح لافت منوه محذر متسائل مطالب متهم ناف واصف كاشف مبين مستبعد مرجح معلن مذكر متابع مردف متعهد مشيد مندد رافض معبر مبدي مقترح مرحب منتقد';

const EN_FINITE =
  'said says stated told tells added adds stressed stresses noted warned warns denied denies announced announces declared declares explained explains insisted insists urged urges accused accuses emphasized emphasised emphasizes emphasises underlined underlines confirmed confirms reiterated reiterates argued argues suggested suggests asserted asserts acknowledged acknowledges admitted admits rejected rejects dismissed dismisses commented remarked wrote writes tweeted complained complains condemned condemns vowed vows pledged pledges promised threatened threatens cautioned cautions revealed reveals disclosed discloses asked asks claimed alleged alleges maintained maintains observed observes replied replies responded responds';
const EN_PARTICIPLES =
  'saying adding noting stressing warning calling urging insisting arguing explaining stating emphasizing emphasising claiming accusing';

const RU_STEMS =
  'заявил сказал подчеркнул отметил добавил сообщил пояснил указал напомнил уточнил предупредил призвал выразил обвинил назвал констатировал признал заверил объявил пообещал высказал прокомментировал заметил ответил рассказал опроверг заверил';
const RU_PRESENT =
  'заявляет говорит сообщает подчеркивает отмечает считает полагает указывает настаивает утверждает';
const RU_PARTICIPLES = 'добавив подчеркнув отметив заявив указав напомнив уточнив пояснив сообщив призвав';

const table = new Map<string, VerbInfo>();

function put(word: string, info: VerbInfo): void {
  const k = foldString(word);
  if (!table.has(k)) table.set(k, info);
}

for (const v of AR_FINITE.split(' ')) {
  put(v, { form: 'finite', gender: 'm' });
  put(AR_WEAK[v] ?? v + 'ت', { form: 'finite', gender: 'f' });
}
for (const v of AR_CLAUSE_ONLY.split(' ')) {
  put(v, { form: 'finite', gender: 'm', clauseOnly: true });
  put(AR_WEAK[v] ?? v + 'ت', { form: 'finite', gender: 'f', clauseOnly: true });
}
put('بين', { form: 'finite', gender: 'm', needsNext: ['ان', 'انه', 'انها'] });
put('بينت', { form: 'finite', gender: 'f', needsNext: ['ان', 'انه', 'انها'] });
put('عبر', { form: 'finite', gender: 'm', needsNext: ['عن'] });
put('عبرت', { form: 'finite', gender: 'f', needsNext: ['عن'] });
put('رصد', { form: 'finite', gender: 'm', clauseOnly: true, institutionOnly: true });
put('رصدت', { form: 'finite', gender: 'f', clauseOnly: true, institutionOnly: true });
for (const stem of AR_IMPERFECT.split(' ')) {
  put('ي' + stem, { form: 'imperfect', gender: 'm' });
  put('ت' + stem, { form: 'imperfect', gender: 'f' });
}
for (const p of AR_PARTICIPLES.split(' ')) {
  const base = foldString(p);
  if (base.endsWith('ي')) {
    put(base + 'ا', { form: 'participle', gender: 'm' });
    put(base + 'ه', { form: 'participle', gender: 'f' });
  } else if (base === 'ناف') {
    put('نافيا', { form: 'participle', gender: 'm' });
    put('نافيه', { form: 'participle', gender: 'f' });
  } else {
    put(base + 'ا', { form: 'participle', gender: 'm' });
    put(base + 'ه', { form: 'participle', gender: 'f' });
  }
}
for (const w of ['نقل', 'نقلت', 'نقلته', 'نقلتها', 'نقله', 'نقلها', 'نقلا', 'ونقلا'])
  put(w, { form: 'relay', gender: null });
for (const w of ['حسب', 'بحسب', 'وفقا', 'طبقا', 'according', 'словам'])
  put(w, { form: 'according', gender: null });

for (const v of EN_FINITE.split(' ')) put(v, { form: 'finite', gender: null });
for (const v of EN_PARTICIPLES.split(' ')) put(v, { form: 'participle', gender: null });

for (const v of RU_STEMS.split(' ')) {
  put(v, { form: 'finite', gender: 'm' });
  put(v.endsWith('г') ? v + 'ла' : v + 'а', { form: 'finite', gender: 'f' });
  put(v.endsWith('г') ? v + 'ло' : v + 'о', { form: 'finite', gender: null });
  put(v.endsWith('г') ? v + 'ли' : v + 'и', { form: 'finite', gender: null, plural: true });
}
for (const v of RU_PRESENT.split(' ')) put(v, { form: 'finite', gender: null });
for (const v of RU_PARTICIPLES.split(' ')) put(v, { form: 'participle', gender: null });

/** Object pronouns an Arabic verb may carry (ووصفتها → وصفت). */
const AR_OBJECT_SUFFIXES = ['ها', 'هم', 'ه'];

export interface VerbHit extends VerbInfo {
  /** Folded characters of a conjunction (و/ف) before the verb. */
  cut: number;
  /** The verb carries an object pronoun. */
  object: boolean;
}

/** First two letters of every Arabic entry, as numbers: a quick test before slicing a word. */
const AR_HEADS = new Set<number>();
for (const k of table.keys()) if (k.length > 1) AR_HEADS.add(k.charCodeAt(0) * 0x10000 + k.charCodeAt(1));

function withSuffixes(b: string, cut: number): VerbHit | null {
  const hit = table.get(b);
  if (hit) return { ...hit, cut, object: false };
  for (const suf of AR_OBJECT_SUFFIXES) {
    if (b.length > suf.length + 2 && b.endsWith(suf)) {
      const v = table.get(b.slice(0, -suf.length));
      if (v && v.form === 'finite' && v.gender !== null) return { ...v, cut, object: true };
    }
  }
  return null;
}

/** Per script, word → its verb (null: none); past MAX_CACHED words the cache starts over. */
const verbCache = new Map<string, Map<string, VerbHit | null>>();
const MAX_CACHED = 50_000;

/** Signature of a word's first two code units, for the may-be-a-verb bitmap. */
function headSig(c0: number, c1: number): number {
  return (Math.imul(c0, 31) + c1) & 0xffff;
}

/**
 * 1 at the signature of the first two letters of every entry of two letters or more: a word whose
 * own first two letters, and (after و/ف) whose next two, miss it is no verb — decided without a
 * map lookup. One-letter entries are listed apart.
 */
const HEAD_SIGS = new Uint8Array(0x10000);
const ONE_LETTER = new Set<string>();
for (const k of table.keys()) {
  if (k.length > 1) HEAD_SIGS[headSig(k.charCodeAt(0), k.charCodeAt(1))] = 1;
  else ONE_LETTER.add(k);
}

/** False only when lookupUncached(word) is certainly null. */
function mayBeVerb(word: string): boolean {
  const n = word.length;
  if (n < 2) return ONE_LETTER.has(word);
  const c0 = word.charCodeAt(0);
  if (HEAD_SIGS[headSig(c0, word.charCodeAt(1))] === 1) return true;
  return (
    (c0 === 0x0648 || c0 === 0x0641) &&
    n > 3 &&
    HEAD_SIGS[headSig(word.charCodeAt(1), word.charCodeAt(2))] === 1
  );
}

/** The verb of saying a folded token is, if any (Arabic conjunctions and object pronouns allowed). */
export function lookupVerb(word: string, script: string): VerbHit | null {
  if (!mayBeVerb(word)) return null;
  let cache = verbCache.get(script);
  if (!cache) verbCache.set(script, (cache = new Map()));
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = lookupUncached(word, script);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(word, hit);
  }
  // A copy: callers get their own object, as before.
  return hit ? { ...hit } : null;
}

function lookupUncached(word: string, script: string): VerbHit | null {
  const direct = table.get(word);
  if (direct) return { ...direct, cut: 0, object: false };
  if (script !== 'ar' || word.length < 3) return null;
  const c = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  const conj = (c === 0x0648 || c === 0x0641) && word.length > 3;
  // Only words ending in an object pronoun (ه، ها، هم) or starting with و/ف can still be verbs.
  if (!conj && last !== 0x0647 && last !== 0x0645 && last !== 0x0627) return null;
  const plainHead = AR_HEADS.has(c * 0x10000 + word.charCodeAt(1));
  const conjHead = conj && AR_HEADS.has(word.charCodeAt(1) * 0x10000 + word.charCodeAt(2));
  return (plainHead ? withSuffixes(word, 0) : null) ?? (conjHead ? withSuffixes(word.slice(1), 1) : null);
}

/** Complementizers that open reported content or introduce a quotation. */
export const COMPLEMENTIZERS = new Set(
  ['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'بانهم', 'وان', 'وانه', 'that', 'что', 'чтобы'].map(
    foldString,
  ),
);

/** "قوله" and its kin: the relayed saying. */
export const SAYING_NOUNS = new Set(['قوله', 'قولها', 'قولهم', 'قولهما']);

/** Prepositions that open the content of a verb of saying (شدد على، أشار إلى، أعرب عن…). */
export const CONTENT_PREPOSITIONS = new Set(['على', 'الى', 'عن', 'about', 'on', 'о', 'об'].map(foldString));
