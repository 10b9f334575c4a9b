/**
 * Numbers and dates in the UI language, through Intl with cached formatters: Arabic with
 * Arabic-Indic digits and Arabic month names ('ar-u-nu-arab'), English as in Britain ('en-GB'),
 * Russian ('ru-RU'). All dates are formatted in UTC, the time zone every timeline date lives in.
 */

import type { DatePrecision } from '../model/article';

export type UiLang = 'ar' | 'en' | 'ru';

export const LOCALES: Readonly<Record<UiLang, string>> = {
  ar: 'ar-u-nu-arab',
  en: 'en-GB',
  ru: 'ru-RU',
};

const dateCache = new Map<string, Intl.DateTimeFormat>();
const numberCache = new Map<UiLang, Intl.NumberFormat>();

/** A cached UTC Intl.DateTimeFormat for `lang` with `options`. */
export function dateFormatter(lang: UiLang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = dateCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang] ?? LOCALES.en, { ...options, timeZone: 'UTC' });
    dateCache.set(key, f);
  }
  return f;
}

/** A count in the UI language's digits (١٢٣ in Arabic). */
export function formatNumber(n: number, lang: UiLang): string {
  let f = numberCache.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang] ?? LOCALES.en);
    numberCache.set(lang, f);
  }
  return f.format(n);
}

const PRECISION_FORMAT: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** A date as precise as it is known: "11 October 2016", "October 2016" or "2016". */
export function formatPointDate(t: number, precision: DatePrecision, lang: UiLang): string {
  return dateFormatter(lang, PRECISION_FORMAT[precision]).format(t);
}
