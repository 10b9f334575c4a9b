/**
 * Builds matchers from word lists: every spelling is folded like the text (see normalize.ts),
 * and an alternation regex source is produced longest-first so "مايو" wins over "ماي" and
 * "تشرين الاول" over any shorter overlap. `lookup` maps a matched (folded) spelling back to
 * its value. Spaces inside a spelling match any run of spaces.
 */

import { foldWord } from './normalize';

export interface Lexicon {
  /** Regex source (no groups) matching any folded spelling. */
  source: string;
  lookup(folded: string): number | null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function buildLexicon(entries: Array<[number, string[]]>): Lexicon {
  const byWord = new Map<string, number>();
  for (const [value, words] of entries) {
    for (const w of words) byWord.set(foldWord(w).replace(/\s+/g, ' '), value);
  }
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  const source = words.map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|');
  return {
    source,
    lookup(folded: string) {
      return byWord.get(folded.replace(/\s+/g, ' ').trim()) ?? null;
    },
  };
}
