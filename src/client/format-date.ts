/**
 * Writes a DateInfo for people: the date at its precision (a month-precise date is a month, not a
 * made-up day), or the window it lies in, in the UI language with its digits and month names.
 */
import type { DateInfo } from '../lib/model/article';
import type { UiLang } from './messages';

function fmt(iso: string, lang: UiLang, precision: 'day' | 'month' | 'year'): string {
  const d = new Date(iso + 'T00:00:00Z');
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (precision !== 'year') opts.month = 'long';
  if (precision === 'day') opts.day = 'numeric';
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-arab' : 'en-GB', opts).format(d);
}

export function formatDateInfo(date: DateInfo, lang: UiLang): string | null {
  if (date.date) return fmt(date.date, lang, date.precision ?? 'day');
  if (date.window && (date.window[0] || date.window[1])) {
    const [from, to] = date.window;
    const a = from ? fmt(from, lang, 'day') : null;
    const b = to ? fmt(to, lang, 'day') : null;
    if (lang === 'ar') return a && b ? `بين ${a} و${b}` : a ? `في ${a} أو بعده` : `في ${b} أو قبله`;
    return a && b ? `between ${a} and ${b}` : a ? `on or after ${a}` : `on or before ${b}`;
  }
  return null;
}
