/**
 * Paragraphs of a version: every non-empty line (a line break or a blank line ends a paragraph;
 * extraction joins paragraphs with "\n\n", pasted texts often use single line breaks), trimmed of
 * white space including no-break spaces, with its offsets in the full text and its word tokens.
 * Lines without any word (a lone "*", a row of dashes) are not paragraphs.
 */

import { compareTokens } from './tokens';
import type { CToken } from './tokens';
import type { Paragraph } from './types';

export interface ParaTokens extends Paragraph {
  /** Tokens with offsets into the full text. */
  words: CToken[];
}

const LINE = /[^\r\n\u2028\u2029\u0085]+/g;

/** Splits `text` into paragraphs with tokens. */
export function paragraphs(text: string): ParaTokens[] {
  const out: ParaTokens[] = [];
  for (const m of text.matchAll(LINE)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (!body) continue;
    const start = m.index + lead;
    const words = compareTokens(body);
    if (words.length === 0) continue;
    for (const w of words) {
      w.start += start;
      w.end += start;
    }
    out.push({ index: out.length, start, end: start + body.length, tokens: words.length, words });
  }
  return out;
}
