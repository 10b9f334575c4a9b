/**
 * Gender for verb agreement: the grammatical gender of an Arabic institution name (وزارة…، …الروسية,
 * موسكو → feminine; الكرملين، مركز… → masculine) and whether a speaker fits a gendered title or noun
 * (الناطقة، الدبلوماسية need a woman).
 */

import type { SpeakerEntry } from './speaker-types';
import type { Token } from './tokens';

const FEMININE_PLACES = new Set([
  'موسكو',
  'روسيا',
  'واشنطن',
  'دمشق',
  'انقره',
  'طهران',
  'انقرة',
  'بكين',
  'باريس',
  'لندن',
]);

const genderCache = new Map<string, 'm' | 'f'>();

/** Grammatical gender of an Arabic institution name: وزارة…/…الروسية → f, الكرملين → m. */
export function arabicGender(all: Token[], ts: number, te: number): 'm' | 'f' {
  let key = all[ts].text;
  for (let i = ts + 1; i <= te; i++) key += ' ' + all[i].text;
  let g = genderCache.get(key);
  if (!g) {
    g = computeArabicGender(all.slice(ts, te + 1));
    if (genderCache.size < 5000) genderCache.set(key, g);
  }
  return g;
}

function computeArabicGender(tokens: Token[]): 'm' | 'f' {
  const words = tokens.map((t) => t.text.replace(/^(و|ف)?(ب|ل|ك)?/, ''));
  if (words.some((w) => FEMININE_PLACES.has(w))) return 'f';
  if (/ه$/.test(words[0] ?? '')) return 'f';
  return words.slice(1).some((w) => /^ال.*(روسيه|امريكيه|اميركيه|سوريه|تركيه)$/.test(w)) ? 'f' : 'm';
}

/** Does a speaker fit a title or noun of gender `want`? */
export function genderFits(want: 'm' | 'f' | null, entry: SpeakerEntry): boolean {
  return want !== 'f' || entry.gender === 'f' || entry.kind === 'institution';
}
