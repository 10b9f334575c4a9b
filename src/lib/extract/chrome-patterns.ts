/**
 * Words that mark a line as site chrome rather than article, in Arabic, English and Russian:
 * share/subscribe prompts, comment-section headers, "related"/"read also" headers, cookie
 * banners, photo captions, credit lines ("المصدر: تاس"), menu words and counters. Each test looks
 * at one line's folded text. Site-specific fingerprints live in outlets/fingerprints.ts.
 */
import type { RemovedPart } from '../model/article';
import { charBefore } from './text';

type Reason = RemovedPart['reason'];

const SOCIAL =
  /(telegram|تيلي?غرام|تلي?غرام|تلجرام|whats ?app|واتس ?[اآأ]ب|واتساب|facebook|فيسبوك|فيس بوك|twitter|تويتر|instagram|انستغرام|إنستغرام|youtube|يوتيوب|\bvk\b|vkontakte|вконтакте|телеграм|ютуб|дзен|rss|newsletter|نشرة بريدية|рассылк)/iu;
/** Wraps alternatives so they match whole words in any script (\b only knows Latin). */
function wordsRe(alternatives: string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}])`, flags);
}

const SHARE_WORDS = [
  'تابعونا',
  'تابعوا',
  'تابعنا',
  'تابع آخر',
  'يمكنكم (?:الآن )?متابعة',
  'اشترك',
  'إشترك',
  'للاشتراك',
  'للإشتراك',
  'اشتركوا',
  'اضغط هنا',
  'إضغط هنا',
  'انقر هنا',
  'حمّ?لوا? تطبيق',
  'شاركوا? (?:على|عبر)',
  'مشاركة عبر',
  'follow us',
  'subscribe(?: to| now)?',
  'sign up',
  'join us',
  'join our',
  'download (?:our|the) app',
  'share (?:this|on)',
  'click here',
  'tap here',
  'подписывайтесь',
  'подпишитесь',
  'подписаться',
  'следите за нами',
  'присоединяйтесь',
  'поделиться',
  'наш канал',
  'скачайте приложение',
];
const SHARE_VERB = wordsRe(SHARE_WORDS);
/**
 * SHARE_VERB without its leading lookbehind, to scan with: a lookbehind at the start of a regex is
 * tried at every position of the line, which is slow; shareVerbIn checks it by hand at each find.
 */
const SHARE_SCAN = new RegExp(`(?:${SHARE_WORDS.join('|')})(?![\\p{L}\\p{M}])`, 'giu');
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** SHARE_VERB.test(text), faster. */
function shareVerbIn(text: string): boolean {
  SHARE_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHARE_SCAN.exec(text))) {
    const p = m.index;
    if (p === 0 || !LETTER_OR_MARK.test(charBefore(text, p))) return true;
    SHARE_SCAN.lastIndex = p + 1;
  }
  return false;
}
const SHARE_ALONE =
  /^(share|tweet|email|print|طباعة|مشاركة|شارك|أرسل|поделиться|печать|copy link|نسخ الرابط)(\s*[|/·•]\s*\S+)*$/iu;

const COMMENTS_HEADER =
  /^(التعليقات|تعليقات|تعليقات القراء|أضف تعليقك?|اترك تعليقا|اكتب تعليقك|comments?|reader comments|\d+ comments?|comments? \(\d+\)|leave a (comment|reply)|add (a )?comment|discussion|join the (conversation|discussion)|комментарии|комментарии \(\d+\)|\d+ комментари[йяев]+|оставить комментарий|обсуждение|ваш комментарий)\s*[:(]?\s*\d*\)?$/iu;

const RELATED_HEADER =
  /^(اقرأ|إقرأ|اقرا)\s+(أيضا|أيضاً|ايضا|المزيد)|^(مواضيع|أخبار|مقالات) (ذات صلة|مشابهة|متعلقة)|^ذات صلة\b|^الأكثر (قراءة|مشاهدة)|^(related|more)( (stories|articles|news|coverage|from [\p{L} ]+))?\s*:?$|^read (also|more)\b|^see also\b|^most (read|popular|viewed)\b|^you (may|might) also like\b|^recommended( for you)?\s*:?$|^stories$|^читайте (также|еще|ещё|подробнее)|^смотрите также|^по теме\s*:?|^похожие (новости|материалы)|^самое (читаемое|популярное)|^новости по теме|^ещё по теме|^другие новости/iu;

const COOKIE =
  /(cookie|ملفات تعريف الارتباط|الكوكيز|куки|файлы cookie|privacy policy|سياسة الخصوصية|политик[аиу] конфиденциальности|we use cookies|мы используем)/iu;

const MENU_WORD =
  /^(الرئيسية|الرئيسيه|مباشر|البث المباشر|أقسام|اقسام|أقسام مهمة|عاجل|أخبار عاجلة|home|menu|search|live|login|log in|sign in|register|главная|меню|поиск|войти|прямой эфир|вход|الأقسام|بحث|من نحن|اتصل بنا|about us|contact( us)?|о нас|контакты|english|عربي|русский|العربية)$/iu;
const COUNTER = /^\d+\s*(خبرا?|أخبار|مقالا?|news|stories|articles|новост[ьией]+|материал(ов|а)?)$/iu;
const MENU_SEPARATED = /^([^|·•]{1,30}[|·•]){2,}[^|·•]{1,30}$/u;
/** MENU_SEPARATED needs a separator: most lines have none. */
function hasSeparator(text: string): boolean {
  return text.indexOf('|') >= 0 || text.indexOf('·') >= 0 || text.indexOf('•') >= 0;
}

const COPYRIGHT =
  /(©|\(c\) \d{4}|جميع الحقوق محفوظة|حقوق النشر|all rights reserved|copyright|все права защищены)/iu;

/** Ticker items: "عاجل: …", "Breaking: …", "Срочно: …", or a headline stamped with a time. */
const TICKER =
  /^(عاجل|خبر عاجل|breaking(?: news)?|just in|срочно|молния)\s*[:|\-–—]\s*\S|^\d{1,2}:\d{2}\s+[^\d\s:]/iu;

const CREDIT_LINE = /^(المصدر|مصدر|source|sources|источник|источники)\s*[:：]\s*(.{1,60})$/iu;
const AUTHOR_LINE = /^(بقلم|كتب|إعداد|تحرير|ترجمة|by|written by|author|автор|текст)\s*[:：]?\s+\S.{0,60}$/iu;

const CAPTION_AGENCY =
  /(reuters|afp|getty|\bap\b|\bepa\b|ria ?novosti|sputnik|tass|anadolu|xinhua|global look|kremlin\.ru|shutterstock|رويترز|أ ف ب|ا ف ب|سبوتنيك|نوفوستي|تاس|الأناضول|РИА Новости|ТАСС|Спутник|Global Look Press|Фото)/iu;
const CAPTION_SLASHES = /\s\/\s/;
const CAPTION_PREFIX =
  /^(photo|photograph|image|picture|credit|صورة|الصورة|أرشيفية|صورة أرشيفية|фото|фотография|иллюстрация|©)\b\s*[:：/-]?/iu;

const ENDS_SENTENCE = /[.!?؟]$/;
const ENDS_SENTENCE_QUOTED = /[.!?؟]["”»]?$/;
const COOKIE_WORD = /(cookie|كوكيز|الارتباط|куки|cookie)/iu;
const CAPS_NAME = /^[A-Z][A-Z .'-]{2,}$/;
const AGENCY_CAPTION = /^\(?(reuters|afp|getty images|ap photo)[^.]{0,40}\)?$/i;
const READER_COMMENT = /^[^\s-][^-.!?؟:]{0,40}\s-\S/u;

/** What a line is when its words alone say it is chrome, or null. */
export function chromeReasonOf(text: string, words: number): Reason | null {
  if (text === '') return null;
  if (COMMENTS_HEADER.test(text)) return 'comments';
  if (RELATED_HEADER.test(text)) return 'related';
  if (words <= 30 && shareVerbIn(text)) return 'share';
  if (words <= 12 && SOCIAL.test(text) && !ENDS_SENTENCE.test(text)) return 'share';
  if (SHARE_ALONE.test(text)) return 'share';
  if (words <= 60 && COOKIE.test(text) && COOKIE_WORD.test(text)) return 'other';
  if (MENU_WORD.test(text) || COUNTER.test(text) || (hasSeparator(text) && MENU_SEPARATED.test(text)))
    return 'menu';
  if (words <= 25 && TICKER.test(text) && !ENDS_SENTENCE_QUOTED.test(text)) return 'ticker';
  if (CREDIT_LINE.test(text)) return 'credit';
  if (isCaption(text, words)) return 'caption';
  if (words <= 25 && COPYRIGHT.test(text)) return 'other';
  return null;
}

/** A photo caption: "أناتولي أنطونوف / MAXIM ZMEYEV / Reuters", "Фото: РИА Новости". */
export function isCaption(text: string, words: number): boolean {
  if (words > 30) return false;
  if (CAPTION_PREFIX.test(text) && words <= 15) return true;
  if (CAPTION_SLASHES.test(text) && !ENDS_SENTENCE.test(text)) {
    const last = text.split(' / ').pop() ?? '';
    if (CAPTION_AGENCY.test(last) || CAPS_NAME.test(last.trim())) return true;
  }
  return AGENCY_CAPTION.test(text);
}

/** "المصدر: تاس" → the credited name, else null. */
export function creditLineName(text: string): string | null {
  const m = CREDIT_LINE.exec(text);
  return m ? m[2].trim() : null;
}

/** A by-line ("بقلم …", "By …", "Автор: …"). */
export function isAuthorLine(text: string): boolean {
  return AUTHOR_LINE.test(text);
}

/** A comment-section header ("التعليقات", "Comments (3)", "Комментарии"). */
export function isCommentsHeader(text: string): boolean {
  return COMMENTS_HEADER.test(text);
}

/** A reader comment as "name -text" (Elaph), "name: text" is too common in prose to count. */
export function isReaderComment(text: string): boolean {
  return READER_COMMENT.test(text);
}

/** A line that is nothing but a date and/or time ("11.10.2016 14:30", "الثلاثاء 11 أكتوبر 2016"). */
const HAS_DIGIT = /\d/;
const DIGITS = /\d+/g;
const DATE_WORDS =
  /(الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون الثاني|كانون الأول|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|تحديث|نشر|آخر تحديث|بتوقيت|مكة|غرينتش|GMT|UTC|updated|published|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|am|pm|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|январ\S*|феврал\S*|март\S*|апрел\S*|ма[йя]|июн\S*|июл\S*|август\S*|сентябр\S*|октябр\S*|ноябр\S*|декабр\S*|обновлено|опубликовано|г\.|года?|م|هـ)/giu;
const DATE_PUNCT = /[\s.,:/\-–—|()،]+/g;

export function isDateOnly(text: string): boolean {
  if (text.length > 60 || !HAS_DIGIT.test(text)) return false;
  const stripped = text.replace(DIGITS, ' ').replace(DATE_WORDS, ' ').replace(DATE_PUNCT, '');
  return stripped === '';
}

/** The share-verb regex and its fast form, for the equivalence test. */
export const SHARE_VERB_FORMS = { regex: SHARE_VERB, fast: shareVerbIn };
