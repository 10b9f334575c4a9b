/**
 * Which quotations are someone's words. A quotation is the speaker's when it is introduced by a
 * colon ("وأردفت: «…»"), or follows the verb of saying and its subject directly or through an
 * introducer (إن، أن، بأنه، قوله، that, что) or only circumstantial words ("في تصريح صحفي اليوم"),
 * with no clause break (a comma followed by more than the introducer) in between; or when the verb
 * comes right after it ('"…," Lavrov said', '«…», — заявил он'). Short quoted names ("داعش",
 * "روسيا اليوم", "روسيا تنادي") fail these tests and stay plain text.
 */

import { foldString } from '../speakers/normalize';
import type { Attribution } from './attribution';
import type { Doc } from './doc';
import type { QuoteSpan } from './quotes';
import { COMPLEMENTIZERS, SAYING_NOUNS } from './speech-lexicon';

const CIRCUMSTANTIAL = new Set(
  (
    'في تصريح تصريحات صحفي صحفية صحافي له لها خاص خاصة اليوم أمس الأول يوم مساء صباح الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت ' +
    'الأحد أيضا كذلك للصحفيين للصحافيين خلال مؤتمر حديث مقابلة بيان أثناء today on tuesday monday wednesday thursday friday saturday sunday ' +
    'also told reporters journalists сегодня журналистам также'
  )
    .split(' ')
    .map(foldString),
);

const WORD_G = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether s has more than `max` words (runs of letters and digits). Counting stops at max + 1:
 * the callers only compare with a bound, and quotations and gaps can be long.
 */
function moreWordsThan(s: string, max: number): boolean {
  WORD_G.lastIndex = 0;
  let n = 0;
  while (WORD_G.exec(s) !== null) if (++n > max) return true;
  return false;
}

/** Has s a word at all (a letter or digit)? */
function hasWord(s: string): boolean {
  return WORD_CHAR.test(s);
}

function lastTokenBefore(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.oe[mid] <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Is the quotation the introduced words of attribution `a` (which precedes it)? */
function introducedBy(doc: Doc, q: QuoteSpan, a: Attribution): boolean {
  const anchor = Math.max(a.headEnd, a.trig);
  const anchorEnd = doc.oe[anchor];
  if (anchorEnd > q.open) return false;
  const gap = doc.text.slice(anchorEnd, q.open);
  if (/:\s*[-–—]?\s*$/.test(gap)) return true;
  if (/[.!?؟;؛]/.test(gap)) return false;
  const prevTok = lastTokenBefore(doc, q.open);
  if (prevTok <= anchor) return true;
  const cut = Math.max(gap.lastIndexOf(','), gap.lastIndexOf('،'));
  const afterComma = cut >= 0 ? gap.slice(cut + 1) : gap;
  const commaOk = !/[,،]/.test(gap) || !moreWordsThan(afterComma, 1);
  const last = doc.tokens[prevTok].text;
  const introducer = COMPLEMENTIZERS.has(last) || SAYING_NOUNS.has(last);
  if (introducer && commaOk && !moreWordsThan(gap, 30)) return true;
  if (!/[,،]/.test(gap)) {
    let allCirc = true;
    for (let t = anchor + 1; t <= prevTok; t++) {
      if (!CIRCUMSTANTIAL.has(doc.tokens[t].text)) {
        allCirc = false;
        break;
      }
    }
    if (allCirc) return true;
  }
  return false;
}

/** Is the quotation followed by attribution `a` ('"…," Lavrov said')? */
function followedBy(doc: Doc, q: QuoteSpan, a: Attribution): boolean {
  if (a.verbStart < q.close || a.form === 'participle' || !q.closed) return false;
  const inner = doc.text.slice(q.start, q.end).trimEnd();
  const outer = doc.text.slice(q.close, a.verbStart);
  if (!/[,.!?،؟…]$/.test(inner) && !/^[\s\u00a0]*[,،—–-]/.test(outer)) return false;
  const key = a.speaker.id ?? a.speaker.nameEn;
  let m: (typeof doc.mentions)[number] | undefined;
  for (
    let t = lastTokenBefore(doc, q.close) + 1;
    t < doc.tokens.length && doc.os[t] < a.verbStart && !m;
    t++
  ) {
    const i = doc.startsAt[t];
    const x = i >= 0 ? doc.mentions[i] : undefined;
    if (x && x.start >= q.close && x.end <= a.verbStart && (x.speaker.id ?? x.speaker.nameEn) === key) m = x;
  }
  let between = doc.text.slice(q.close, m ? m.start : a.verbStart);
  between = between.replace(/\b(he|she|it|они|он|она)\b/giu, ' ');
  return /^[\s,،.—–-]*$/.test(between) && between.length < 40;
}

/** The quotation's words are followed at once by إن/أن: it is a quoted name used as a subject. */
function quotedSubject(doc: Doc, q: QuoteSpan): boolean {
  const after = doc.text.slice(q.close, q.close + 12);
  const m = after.match(/^[\s\u00a0]*([\p{L}]+)/u);
  return !!m && COMPLEMENTIZERS.has(foldString(m[1])) && !moreWordsThan(doc.text.slice(q.start, q.end), 3);
}

export interface AttachedQuotes {
  /** Attribution index → its quotations, in order. */
  byAtt: Map<number, QuoteSpan[]>;
  /** Quotation → index of the attribution it belongs to. */
  owner: Map<QuoteSpan, number>;
}

function addQuote(
  byAtt: Map<number, QuoteSpan[]>,
  owner: Map<QuoteSpan, number>,
  i: number,
  q: QuoteSpan,
): void {
  const list = byAtt.get(i) ?? [];
  list.push(q);
  byAtt.set(i, list);
  owner.set(q, i);
}

/** For each attribution, the quotations that are its words (quotes and attributions in text order). */
export function attachQuotes(doc: Doc, quotes: QuoteSpan[], atts: Attribution[]): AttachedQuotes {
  const byAtt = new Map<number, QuoteSpan[]>();
  const owner = new Map<QuoteSpan, number>();
  let before = -1;
  let after = 0;
  for (const q of quotes) {
    if (!hasWord(doc.text.slice(q.start, q.end)) || quotedSubject(doc, q)) continue;
    while (
      before + 1 < atts.length &&
      doc.oe[Math.max(atts[before + 1].headEnd, atts[before + 1].trig)] <= q.open
    )
      before++;
    if (before >= 0 && introducedBy(doc, q, atts[before])) {
      addQuote(byAtt, owner, before, q);
      continue;
    }
    while (after < atts.length && atts[after].verbStart < q.close) after++;
    if (after < atts.length && followedBy(doc, q, atts[after])) addQuote(byAtt, owner, after, q);
  }
  return { byAtt, owner };
}
