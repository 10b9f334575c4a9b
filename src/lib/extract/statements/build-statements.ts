/**
 * Statements of one sentence: find the verbs of saying and their speakers, attach the quotations
 * that are their words, group consecutive verbs of the same speaker, and emit per group a reported
 * statement (when there is reported content besides the quotations) and one quote statement per
 * quotation. "Speaker: claim" lines (subheads, headlines) give a 'headline' statement. When two
 * speakers share a sentence it is split at the start of the second one's clause.
 */

import type { SpeakerRef, Statement, StatementKind } from '../../model/article';
import type { Mention } from '../speakers/mention-types';
import type { Attribution, Attributor } from './attribution';
import { CLAUSE_WORDS } from './clause';
import type { Doc } from './doc';
import { isBlank, tokenRange } from './doc';
import { attachQuotes } from './quote-attribution';
import type { QuoteSpan } from './quotes';
import type { Sentence } from './sentences';
import { COMPLEMENTIZERS, CONTENT_PREPOSITIONS, lookupVerb } from './speech-lexicon';

/* Regexes of the hot paths below, compiled once. */
const SPAN_EDGE = /[\s\u00a0،,;؛:]/;
const COLON_AHEAD = /^\s*:/;
const OPENS_QUOTE = /^[\s\u00a0\-–—]*["“”«„‹]/;
const BI_WORD = /^ب../;
const COLON_BEFORE = /:[\s\u00a0\-–—]*$/;

export interface BuildContext {
  doc: Doc;
  attributor: Attributor;
  /** Fills in the role of a listed speaker from what the article says of them. */
  roleOf: (ref: SpeakerRef) => string | null;
  /** Every statement becomes kind 'headline' (the article headline). */
  headlineMode: boolean;
}

type Out = Statement & { field?: 'headline' | 'body' };

function keyOf(ref: SpeakerRef): string {
  return ref.id ?? `u:${ref.nameEn}`;
}

function words(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && SPAN_EDGE.test(text[s])) s++;
  while (e > s && SPAN_EDGE.test(text[e - 1])) e--;
  return [s, e];
}

export function statement(
  ctx: BuildContext,
  m: Mention,
  kind: StatementKind,
  s: number,
  e: number,
  extra: Partial<Out> = {},
): Out {
  const role = m.speaker.role ?? ctx.roleOf(m.speaker);
  const st: Out = {
    speaker: { ...m.speaker, role },
    kind: ctx.headlineMode ? 'headline' : kind,
    aboutSyria: false,
    text: ctx.doc.text.slice(s, e),
    quote: null,
    date: null,
    start: s,
    end: e,
    speakerSpan: m.field === ctx.doc.field ? [m.start, m.end] : undefined,
    ...extra,
    field: ctx.doc.field,
  };
  if (!st.speakerSpan) delete st.speakerSpan;
  return st;
}

/** A "Speaker: claim" line: the mention that opens the sentence and is followed by a colon. */
export function claimMention(doc: Doc, sent: Sentence): Mention | null {
  const r = tokenRange(doc, sent.start, sent.end);
  if (!r) return null;
  const i = doc.startsAt[r[0]];
  if (i < 0) return null;
  const m = doc.mentions[i];
  if (m.inQuote || m.start - sent.start > 1) return null;
  if (!COLON_AHEAD.test(doc.text.slice(m.end, m.end + 3))) return null;
  // "موسكو: أعلن الكرملين…" is a dateline before a reporting sentence, not a claim.
  const next = doc.tokens[m.tokEnd + 1];
  if (next && lookupVerb(next.text, next.script)?.form === 'finite') return null;
  return r[1] - r[0] < 40 ? m : null;
}

/** Is the sentence a paragraph of its own (a subhead-like line, not "موسكو: " before a dateline's text)? */
function wholeParagraph(doc: Doc, sent: Sentence): boolean {
  if (doc.field === 'headline') return true;
  const nl = doc.text.indexOf('\n', sent.end);
  return sent.paraStart && isBlank(doc.text.slice(sent.end, nl < 0 ? doc.text.length : nl));
}

/** Is there reported content (not only quotations) in a group's words? */
function hasReported(doc: Doc, atts: Attribution[], quotes: QuoteSpan[], ek: number): boolean {
  if (quotes.length === 0) return true;
  const opensAt = (pos: number) => OPENS_QUOTE.test(doc.text.slice(pos, pos + 6));
  for (const a of atts) {
    const first = Math.max(a.headEnd, a.trig) + 1;
    if (first <= ek && doc.inQuote[first] < 0) {
      const w = doc.tokens[first].text;
      if ((CONTENT_PREPOSITIONS.has(w) || BI_WORD.test(w)) && !opensAt(doc.oe[first])) return true;
      if (a.form === 'participle' && !COMPLEMENTIZERS.has(w) && !opensAt(doc.oe[a.trig])) return true;
    }
  }
  for (let t = Math.max(atts[0].headEnd, atts[0].trig) + 1; t <= ek; t++) {
    if (doc.inQuote[t] >= 0) continue;
    if (COMPLEMENTIZERS.has(doc.tokens[t].text) && !opensAt(doc.oe[t])) return true;
  }
  return false;
}

export function sentenceStatements(ctx: BuildContext, sent: Sentence, prevHadStatement: boolean): Out[] {
  const { doc, attributor } = ctx;
  const range = tokenRange(doc, sent.start, sent.end);
  if (!range) return [];
  const [sk, ek] = range;
  const claim = wholeParagraph(doc, sent) ? claimMention(doc, sent) : null;
  if (claim) return [statement(ctx, claim, 'headline', sent.start, sent.end)];
  const atts: Attribution[] = [];
  for (let k = sk; k <= ek; k++) {
    const hit = attributor.verbAt(k);
    if (!hit) continue;
    if (atts.length && k <= Math.max(atts[atts.length - 1].headEnd, atts[atts.length - 1].trig)) continue;
    const a = attributor.attribute(k, hit, sk, ek, atts[atts.length - 1] ?? null);
    if (a) atts.push(a);
  }
  const quotes = doc.top.filter((q) => q.open >= sent.start && q.open < sent.end);
  if (atts.length === 0) return continuationQuote(ctx, sent, quotes, prevHadStatement);
  const attached = attachQuotes(doc, quotes, atts);
  const groups: number[][] = [];
  atts.forEach((a, i) => {
    const g = groups[groups.length - 1];
    if (g && keyOf(atts[g[0]].speaker) === keyOf(a.speaker)) g.push(i);
    else groups.push([i]);
  });
  const bounds = groups.map((g, gi) => {
    if (gi === 0) return sent.start;
    let from = atts[g[0]].clauseFrom;
    while (from > sk && CLAUSE_WORDS.has(doc.tokens[from - 1].text)) from--;
    return doc.os[from];
  });
  const out: Out[] = [];
  groups.forEach((g, gi) => {
    const [s, e] = trimSpan(doc.text, bounds[gi], gi + 1 < groups.length ? bounds[gi + 1] : sent.end);
    if (e <= s) return;
    const ga = g.map((i) => atts[i]);
    const gq = g.flatMap((i) => attached.byAtt.get(i) ?? []).sort((a, b) => a.open - b.open);
    const lastTok = tokenRange(doc, s, e)?.[1] ?? ek;
    const head = ga[0];
    const verbSpan: [number, number] = [head.verbStart, head.verbEnd];
    const afterHead = lastTok - Math.max(head.headEnd, head.trig);
    const unclosed = gq.some(
      (q) => !q.closed && !COLON_BEFORE.test(doc.text.slice(Math.max(0, q.open - 4), q.open)),
    );
    if ((unclosed || hasReported(doc, ga, gq, lastTok)) && (gq.length > 0 || afterHead >= 2)) {
      out.push(statement(ctx, head.mention, 'reported', s, e, { verbSpan }));
    }
    for (const q of gq) {
      const owner = atts[attached.owner.get(q) ?? g[0]];
      const [qs, qe] = trimSpan(doc.text, q.start, q.end);
      out.push(
        statement(ctx, owner.mention, 'quote', s, e, {
          quote: doc.text.slice(qs, qe),
          quoteSpan: [qs, qe],
          verbSpan: [owner.verbStart, owner.verbEnd],
        }),
      );
    }
    const last = ga[ga.length - 1];
    if (!ctx.headlineMode) attributor.history.push({ mention: last.mention, gender: last.gender });
  });
  return out;
}

/** A paragraph that is only a quotation, right after a statement: the same speaker goes on. */
function continuationQuote(
  ctx: BuildContext,
  sent: Sentence,
  quotes: QuoteSpan[],
  prevHadStatement: boolean,
): Out[] {
  if (ctx.headlineMode || !prevHadStatement || !sent.paraStart) return [];
  const q = quotes[0];
  if (!q || q.open - sent.start > 1 || words(ctx.doc.text.slice(q.start, q.end)) < 6) return [];
  const last = ctx.attributor.history[ctx.attributor.history.length - 1];
  if (!last) return [];
  const [qs, qe] = trimSpan(ctx.doc.text, q.start, q.end);
  return [
    statement(ctx, last.mention, 'quote', sent.start, sent.end, {
      quote: ctx.doc.text.slice(qs, qe),
      quoteSpan: [qs, qe],
    }),
  ];
}
