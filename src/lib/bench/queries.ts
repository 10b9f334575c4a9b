/**
 * Search queries with known answers over a generated corpus. Three kinds:
 *   speaker  a surname, in one of its spellings, in the article's language: every article of that
 *            language naming the speaker in any spelling must be found (tests spelling tolerance);
 *   word     a place word: every article whose own text (chrome aside) has it as a whole word,
 *            after NFC, diacritics and أ/إ/آ folding, must be found (a lower bound: clitic forms
 *            such as "بحلب" and chrome lines may add further true hits);
 *   variant  سوريا or سورية: every Arabic article writing either spelling must be found.
 */

import { BENCH_SPEAKERS } from './speakers';
import type { Lang } from './render';

export interface BenchQuery {
  q: string;
  expectedNames: string[];
  kind: 'speaker' | 'word' | 'variant';
  language: Lang;
}

interface ArticleLike {
  name: string;
  truth: { language: Lang; speakers: string[]; places: string[]; syria: string | null };
}

export function buildQueries(
  articles: readonly ArticleLike[],
  mats: Record<Lang, { places: Map<string, string> }>,
): BenchQuery[] {
  const bySpeaker = new Map<string, string[]>();
  const byPlace = new Map<string, string[]>();
  const syrian: string[] = [];
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const xs = m.get(k);
    if (xs) xs.push(v);
    else m.set(k, [v]);
  };
  for (const a of articles) {
    const lang = a.truth.language;
    for (const id of a.truth.speakers) push(bySpeaker, `${lang}:${id}`, a.name);
    for (const p of a.truth.places) push(byPlace, `${lang}:${p}`, a.name);
    if (a.truth.syria) syrian.push(a.name);
  }
  const out: BenchQuery[] = [];
  for (const lang of ['ar', 'en', 'ru'] as const) {
    for (const s of BENCH_SPEAKERS) {
      const names = bySpeaker.get(`${lang}:${s.id}`);
      if (!names) continue;
      for (const q of s[lang].last) out.push({ q, expectedNames: names, kind: 'speaker', language: lang });
    }
    for (const p of mats[lang].places.values()) {
      const names = byPlace.get(`${lang}:${p}`);
      if (names) out.push({ q: p, expectedNames: names, kind: 'word', language: lang });
    }
  }
  if (syrian.length) {
    out.push({ q: 'سوريا', expectedNames: syrian, kind: 'variant', language: 'ar' });
    out.push({ q: 'سورية', expectedNames: syrian, kind: 'variant', language: 'ar' });
  }
  return out;
}
