/**
 * Whether a date expression speaks of the past or the future, from the words around it (on
 * folded text, see normalize.ts). Arabic: "الماضي/المنصرم/السابق/الفائت" or "المقبل/القادم" right
 * after it; a future verb (سوف, سـ + verb: ستعقد، سيزور…, من المقرر…) earlier in the same
 * clause; "منذ" / "كان قد" before it for the past. English: last/next/this coming, will/is due/
 * scheduled, "ago". Russian: прошлого/минувшего/следующего, состоится/будет vs состоялся/прошел.
 * Returns null when nothing marks it — which is what a publication date looks like.
 */

import type { Language } from '../../model/article';
import { foldPattern } from './normalize';

export type Tense = 'past' | 'future';

const AR_AFTER = /^[\s,،)]*(?:من\s+(?:العام|الشهر|السنة|الاسبوع)\s+)?(الماضي|الماضية|المنصرم|المنصرمة|السابق|السابقة|الفائت|الفائتة|المنقضي|المقبل|المقبلة|القادم|القادمة|الماضيين)(?![\p{L}])/u;
const AR_FUTURE_AFTER = /^(?:المقبل|المقبلة|القادم|القادمة)$/;

const AR_FUTURE_VERBS = [
  'سوف', 'من المقرر', 'المقرر', 'من المنتظر', 'المرتقب', 'المرتقبة', 'من المتوقع', 'المزمع', 'المزمعة',
  'ستعقد', 'سيعقد', 'ستجري', 'سيجري', 'ستبدا', 'سيبدا', 'سيزور', 'ستزور', 'سيلتقي', 'ستلتقي',
  'سيتم', 'ستتم', 'سيصل', 'ستصل', 'ستنطلق', 'سينطلق', 'سيشارك', 'ستشارك', 'سيقام', 'ستقام',
  'ستستضيف', 'سيستضيف', 'سيجتمع', 'ستجتمع', 'سيعلن', 'ستعلن', 'سيناقش', 'ستناقش', 'سيتوجه', 'ستتوجه',
  'سيبحث', 'ستبحث', 'ستنظم', 'سينظم', 'سيعقدون', 'سيلقي', 'ستلقي', 'ستستانف', 'سيستانف', 'سنعقد',
  'ستدخل', 'سيدخل', 'سيصوت', 'ستصوت', 'سيوقع', 'ستوقع', 'ستكون', 'سيكون', 'سننظم', 'ستعود', 'سيعود',
];
const AR_PAST_BEFORE = ['منذ', 'في وقت سابق', 'كان قد', 'كانت قد', 'كانوا قد', 'سبق ان', 'سبق و'];

const EN_BEFORE_FUTURE = /\b(?:will|shall|is due|are due|is scheduled|are scheduled|scheduled for|is set to|are set to|is expected to|are expected to|plans? to|planned for|upcoming|would be held)\b/;
const EN_BEFORE_PAST = /\b(?:since|was held|were held|took place|had been|earlier on)\b/;
const EN_IMMEDIATE = /(?:^|\s)(last|next|this coming|this past|coming)\s+$/;
const EN_AFTER = /^\s*(?:,\s*)?(ago|last year|next year)\b/;

const RU_AFTER = /^\s*(прошлого|прошлом|минувшего|минувшем|предыдущего|следующего|будущего|следующем|будущем)(?![\p{L}])/u;
const RU_IMMEDIATE = /(?:^|\s)(?:в|во)\s+(прошл\p{L}*|минувш\p{L}*|следующ\p{L}*|ближайш\p{L}*|эт\p{L}*)\s+$/u;
const RU_BEFORE_FUTURE = /(?:^|[^\p{L}])(следующем году|будущем году|состоится|состоятся|пройдет|пройдут|будет|будут|планируется|запланирован\p{L}*|намечен\p{L}*|намерен\p{L}*|начнется|начнутся)(?![\p{L}])/u;
const RU_BEFORE_PAST = /(?:^|[^\p{L}])(прошлом году|минувшем году|прошлого года|состоялся|состоялась|состоялись|прошел|прошла|прошли|начался|началась|был|была|были|с тех пор)(?![\p{L}])/u;

/** The part of `norm` before `start` that lies in the same clause (at most `max` chars). */
export function clauseBefore(norm: string, start: number, max = 110): string {
  const from = Math.max(0, start - max);
  const chunk = norm.slice(from, start);
  const cut = Math.max(chunk.lastIndexOf('.'), chunk.lastIndexOf('\n'), chunk.lastIndexOf('؟'),
    chunk.lastIndexOf('!'), chunk.lastIndexOf('?'), chunk.lastIndexOf('؛'));
  return cut >= 0 ? chunk.slice(cut + 1) : chunk;
}

function wordsRe(words: string[]): RegExp {
  const alt = words.map((w) => w.replace(/ /g, '\\s+')).join('|');
  return new RegExp(foldPattern(`(?:^|[^\\p{L}])[وف]?(?:${alt})(?![\\p{L}])`), 'u');
}
const AR_FUTURE_RE = wordsRe(AR_FUTURE_VERBS);
const AR_PAST_RE = wordsRe(AR_PAST_BEFORE);

/** Tense of the expression occupying [start, end) of the folded text. */
export function tenseAt(norm: string, start: number, end: number, lang: Language): Tense | null {
  const after = norm.slice(end, end + 40);
  const before = clauseBefore(norm, start);
  const tryAr = lang === 'ar' || lang === 'other';
  const tryEn = lang === 'en' || lang === 'other';
  const tryRu = lang === 'ru' || lang === 'other';
  if (tryAr) {
    const m = AR_AFTER.exec(after);
    if (m) return AR_FUTURE_AFTER.test(m[1]) ? 'future' : 'past';
  }
  if (tryEn) {
    const m = EN_AFTER.exec(after);
    if (m) return m[1] === 'next year' ? 'future' : 'past';
    const im = EN_IMMEDIATE.exec(norm.slice(Math.max(0, start - 20), start));
    if (im) return im[1] === 'last' || im[1] === 'this past' ? 'past' : 'future';
  }
  if (tryRu) {
    const m = RU_AFTER.exec(after);
    if (m) return /^(прошл|минувш|предыдущ)/.test(m[1]) ? 'past' : 'future';
    const im = RU_IMMEDIATE.exec(norm.slice(Math.max(0, start - 25), start));
    if (im) {
      if (/^(прошл|минувш)/.test(im[1])) return 'past';
      if (/^(следующ|ближайш)/.test(im[1])) return 'future';
    }
  }
  if (tryAr) {
    if (AR_FUTURE_RE.test(before)) return 'future';
    if (AR_PAST_RE.test(before)) return 'past';
  }
  if (tryEn) {
    if (EN_BEFORE_FUTURE.test(before)) return 'future';
    if (EN_BEFORE_PAST.test(before)) return 'past';
  }
  if (tryRu) {
    if (RU_BEFORE_FUTURE.test(before)) return 'future';
    if (RU_BEFORE_PAST.test(before)) return 'past';
  }
  return null;
}
