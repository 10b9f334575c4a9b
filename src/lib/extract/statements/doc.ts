/**
 * One text prepared for statement extraction: folded and tokenised once, quotations found, mentions
 * found (with quotations excluded as antecedents), and index arrays from tokens to mentions and to
 * original offsets, so that the attribution rules are cheap lookups.
 */

import type { Language } from '../../model/article';
import { mentionsFromTokens } from '../speakers/mentions';
import type { Mention } from '../speakers/mention-types';
import { fold } from '../speakers/normalize';
import type { Folded } from '../speakers/normalize';
import type { SpeakerIndex } from '../speakers/speaker-index';
import { tokenize } from '../speakers/tokens';
import type { Token } from '../speakers/tokens';
import { findQuotes, topLevel } from './quotes';
import type { QuoteSpan } from './quotes';

export interface Doc {
  text: string;
  lang: Language;
  f: Folded;
  tokens: Token[];
  /** Original offsets of each token. */
  os: Int32Array;
  oe: Int32Array;
  mentions: Mention[];
  /** Token index → index of the mention starting / ending there, or -1. */
  startsAt: Int32Array;
  endsAt: Int32Array;
  quotes: QuoteSpan[];
  top: QuoteSpan[];
  /** Token index → index in `top` of the quotation containing it, or -1. */
  inQuote: Int32Array;
  field: 'headline' | 'body';
}

export function prepareDoc(
  text: string,
  lang: Language,
  index: SpeakerIndex,
  field: 'headline' | 'body',
): Doc {
  const f = fold(text);
  const tokens = tokenize(f);
  const quotes = findQuotes(text);
  const top = topLevel(quotes);
  const exclude = top.map((q) => [q.start, q.end] as [number, number]);
  const mentions = mentionsFromTokens(text, f, tokens, index, { exclude, field });
  const n = tokens.length;
  const os = new Int32Array(n);
  const oe = new Int32Array(n);
  const inQuote = new Int32Array(n).fill(-1);
  let qi = 0;
  for (let i = 0; i < n; i++) {
    os[i] = f.map[tokens[i].s];
    oe[i] = f.map[tokens[i].e - 1] + 1;
    while (qi < top.length && top[qi].close <= os[i]) qi++;
    if (qi < top.length && os[i] > top[qi].open && os[i] < top[qi].close) inQuote[i] = qi;
  }
  const startsAt = new Int32Array(n).fill(-1);
  const endsAt = new Int32Array(n).fill(-1);
  mentions.forEach((m, i) => {
    startsAt[m.tokStart] = i;
    endsAt[m.tokEnd] = i;
  });
  return { text, lang, f, tokens, os, oe, mentions, startsAt, endsAt, quotes, top, inQuote, field };
}

/** Token index range [first, last] of tokens whose start lies in [start, end), or null. */
export function tokenRange(doc: Doc, start: number, end: number): [number, number] | null {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.os[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo - 1;
  while (last + 1 < doc.tokens.length && doc.os[last + 1] < end) last++;
  return last >= lo ? [lo, last] : null;
}

/** The original text between two tokens (exclusive of both). */
export function gapText(doc: Doc, a: number, b: number): string {
  return doc.text.slice(doc.oe[a], doc.os[b]);
}

const BLANK = /^[\s\u00a0\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*$/;

/** Only spaces and invisible marks (bidi controls, zero-width, tatweel)? */
export function isBlank(s: string): boolean {
  return BLANK.test(s);
}
