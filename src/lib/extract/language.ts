/**
 * The language of an article from the letters of its body: Arabic, Cyrillic and Latin letters are
 * counted and the script holding most of them decides (ar / ru / en). A body with too few letters
 * falls back on the headline, then on the metadata hint (html lang, JSON lang), then 'other'.
 * Latin letters count as English only: the app reads Arabic, English and Russian.
 */
import type { Language } from '../model/article';
import { scriptCounts } from './text';

/** Below this many letters the script counts are not trusted. */
const MIN_LETTERS = 20;

/** Language of a text from its letters alone, or null when it has too few letters. */
export function languageOfText(text: string): Language | null {
  const { arabic, cyrillic, latin } = scriptCounts(text);
  const total = arabic + cyrillic + latin;
  if (total < MIN_LETTERS) return null;
  if (arabic >= cyrillic && arabic >= latin) return 'ar';
  if (cyrillic >= latin) return 'ru';
  // Latin text with no Arabic or Cyrillic at all still may be French, German…: keep 'en' only
  // when common English words are present.
  return /\b(the|and|of|to|in|that|is|was|said|for|on|with)\b/i.test(text) ? 'en' : 'other';
}

/** Maps a metadata hint ('ar-SA', 'ru', 'en_GB', 'arabic') to a Language, or null. */
export function languageOfHint(hint: string | undefined | null): Language | null {
  if (!hint) return null;
  const h = hint.trim().toLowerCase();
  if (/^(ar|ara|arabic)(?![a-z])/.test(h)) return 'ar';
  if (/^(ru|rus|russian)(?![a-z])/.test(h)) return 'ru';
  if (/^(en|eng|english)(?![a-z])/.test(h)) return 'en';
  return h ? 'other' : null;
}

/** The article's language: body letters first, then headline, then the metadata hint. */
export function detectLanguage(body: string, headline?: string | null, hint?: string | null): Language {
  return (
    languageOfText(body) ?? (headline ? languageOfText(headline) : null) ?? languageOfHint(hint) ?? 'other'
  );
}
