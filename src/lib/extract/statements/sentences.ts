/**
 * Sentences of a body: paragraphs (line breaks) split at . ! ? ؟ … followed by a space, never inside
 * a quotation (so a quoted passage of several sentences stays with the sentence that introduces
 * it), not at ".." (an Arabic pause), not after initials or common abbreviations (U.S., Mr., г.).
 */

import { quoteAt } from './quotes';
import type { QuoteSpan } from './quotes';

/* Regexes of the hot paths below, compiled once. */
const INVISIBLE_OR_SPACE = /[\s\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;
const CLOSING_QUOTES_G = /["”»’']/g;
const CLOSING_QUOTE = /["”»’']/;
const INITIAL_BEFORE = /(?:^|[\s.])\p{Lu}$/u;
const LOWER_NEXT = /^[\s\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069]+[a-zа-я]/;

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (line) it belongs to. */
  para: number;
  /** First sentence of its paragraph. */
  paraStart: boolean;
}

const TERMINAL = /[.!?؟…]/;
const TERMINAL_G = /[.!?؟…]/g;
const ABBREV =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|gen|col|lt|sgt|st|jr|sr|no|vs|etc|maj|capt|adm|rep|sen|gov|prof|inc|corp|co|ltd|г|гг|т|им|ул|см|стр|тыс|млн|млрд|ген|полк)$/i;

function pushTrimmed(
  text: string,
  s: number,
  e: number,
  para: number,
  paraStart: boolean,
  out: Sentence[],
): boolean {
  while (s < e && INVISIBLE_OR_SPACE.test(text[s])) s++;
  while (e > s && INVISIBLE_OR_SPACE.test(text[e - 1])) e--;
  if (e <= s) return false;
  out.push({ start: s, end: e, para, paraStart });
  return true;
}

export function splitSentences(text: string, top: QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let s = from;
    let first = true;
    let i = from;
    while (i < to) {
      TERMINAL_G.lastIndex = i;
      const hit = TERMINAL_G.exec(text);
      if (!hit || hit.index >= to) break;
      i = hit.index;
      const ch = text[i];
      const q = quoteAt(top, i);
      if (q) {
        i = Math.max(i + 1, q.close);
        continue;
      }
      let j = i;
      while (j < to && (TERMINAL.test(text[j]) || CLOSING_QUOTE.test(text[j]))) j++;
      const run = text.slice(i, j).replace(CLOSING_QUOTES_G, '');
      const before = text.slice(Math.max(from, i - 6), i);
      const atEnd = j >= to;
      const spaceAfter = atEnd || INVISIBLE_OR_SPACE.test(text[j]);
      const pause = run === '..';
      const abbrev = ch === '.' && run.length === 1 && (ABBREV.test(before) || INITIAL_BEFORE.test(before));
      const lowerNext = LOWER_NEXT.test(text.slice(j, j + 3));
      if (spaceAfter && !pause && !abbrev && !lowerNext) {
        if (pushTrimmed(text, s, j, para, first, out)) first = false;
        s = j;
      }
      i = j;
    }
    if (pushTrimmed(text, s, to, para, first, out)) first = false;
    para++;
    from = to + 1;
  }
  return out;
}
