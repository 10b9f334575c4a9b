/**
 * resolveArticleDate: the publication date of one article. Order of trust: a metadata date
 * (meta tag / JSON field), then a date in the URL, then the text — an explicit full date in the
 * dateline or first lines, then a day-month whose year the weekday and the constraints fix, then
 * a publication weekday placed by the constraints (and by a day-month the text puts ahead).
 * Constraints are the caller's (speakers' tenures) plus the dated past events the text mentions.
 * When nothing fixes a day, the date is null and the window is the tightest the evidence allows.
 */

import type { DateInfo, Evidence, Language } from '../../model/article';
import type { DateConstraint } from '../../model/date-constraint';
import { WEEKDAY_NAMES_EN, isoOfDayNumber, todayIso, weekdayOfDayNumber } from './calendar';
import { describeConstraint, usableBounds } from './constraints';
import type { Bounds } from './constraints';
import { pastEventConstraintsIn } from './events';
import { findDateExpressionsIn } from './expressions';
import { foldText } from './normalize';
import { TextGate } from '../text-gate';
import { inferDayMonth, inferWeekday, anchorAllows } from './infer';
import type { Inference } from './infer';
import { parseMetaDate } from './meta';
import { rankCandidates, selectExpressions } from './select';
import type { Anchor, PubCandidate } from './select';
import { dateFromUrl } from './url';
import { periodConstraint, windowResult } from './window';

export interface ResolveInput {
  body: string;
  headline: string | null;
  language: Language;
  meta?: { date?: string; dateField?: string; url?: string };
  /** From speakers' tenures, given by the caller. */
  constraints: DateConstraint[];
  /** ISO date taken as "today" (the end of the candidate range); defaults to the current date. */
  today?: string;
}

function evidenceOf(c: PubCandidate, basis: string): Evidence {
  const ev: Evidence = { basis, text: c.expr.text };
  if (c.where === 'body') {
    ev.start = c.expr.start;
    ev.end = c.expr.end;
  }
  return ev;
}

function inferredBasis(kind: string, inf: Inference, caller: DateConstraint[], events: DateConstraint[]): string {
  const parts: string[] = [];
  if (inf.decisive.some((c) => caller.includes(c))) parts.push('tenures');
  if (inf.decisive.some((c) => events.includes(c))) parts.push('events');
  if (inf.decisive.some((c) => !caller.includes(c) && !events.includes(c))) parts.push('dates in the text');
  if (inf.byNearness) parts.push('a date ahead in the text');
  if (parts.length === 0) return `inferred from ${kind}`;
  const last = parts.pop();
  return `inferred from ${kind}${parts.length ? ', ' + parts.join(', ') : ''} and ${last}`;
}

interface Ctx {
  caller: DateConstraint[];
  events: DateConstraint[];
  bounds: Bounds;
  pre: string[];
}

function fromInference(c: PubCandidate, kind: string, inf: Inference, ctx: Ctx): DateInfo | null {
  if (inf.days.length === 0) return null;
  const { bounds, pre } = ctx;
  const evidence = evidenceOf(c, inferredBasis(kind, inf, ctx.caller, ctx.events));
  const reasoning = [...pre, ...inf.reasoning];
  if (inf.days.length === 1) {
    return { date: isoOfDayNumber(inf.days[0]), precision: 'day', window: null, evidence, source: 'inferred', reasoning };
  }
  const days = [...inf.days].sort((a, b) => a - b);
  const first = c.kind === 'weekday' && !bounds.after ? null : isoOfDayNumber(days[0]);
  const last = c.kind === 'weekday' && !bounds.before ? null : isoOfDayNumber(days[days.length - 1]);
  return { date: null, precision: null, window: first || last ? [first, last] : null, evidence, source: 'inferred', reasoning };
}

/**
 * The day of a full-date candidate. A Hijri date converts by the tabular calendar, which can be a
 * day or two off the calendar the site used; a weekday next to it settles which day was meant.
 */
function hijriWeekdayFit(c: PubCandidate): { day: number; note: string | null } {
  const day = c.day as number;
  const wd = c.expr.weekday;
  if (c.expr.calendar !== 'hijri') return { day, note: null };
  if (wd === null || weekdayOfDayNumber(day) === wd) return { day, note: 'Hijri date converted by the tabular calendar (±1 day)' };
  for (const d of [-1, 1, -2, 2]) {
    if (weekdayOfDayNumber(day + d) === wd) {
      return { day: day + d, note: `tabular Hijri conversion moved ${d > 0 ? '+' : ''}${d} day to fall on the ${WEEKDAY_NAMES_EN[wd]} the text names` };
    }
  }
  return { day, note: null };
}

/** A dated past or future expression as a constraint: "في 9 سبتمبر 2016 الماضي" → after 2016-09-09. */
function anchorConstraint(a: Anchor): DateConstraint {
  const iso = isoOfDayNumber(a.day as number);
  const c: DateConstraint = a.tense === 'past'
    ? { after: iso, before: null, why: `'${a.expr.text}' (${iso}) is spoken of as past` }
    : { after: null, before: isoOfDayNumber((a.day as number) - 1), why: `'${a.expr.text}' (${iso}) is spoken of as ahead` };
  c.evidence = a.expr.text;
  if (a.where === 'body') {
    c.start = a.expr.start;
    c.end = a.expr.end;
  }
  return c;
}

/** The publication weekday the weekday phrases point to most strongly ("اليوم الثلاثاء" ×2 beats "يوم السبت"). */
function bestWeekday(cands: PubCandidate[]): { weekday: number; cand: PubCandidate } | null {
  if (cands.length === 0) return null;
  const pubDay = (c: PubCandidate) => ((c.expr.weekday as number) + c.shift) % 7;
  const score = new Map<number, number>();
  for (const c of cands) score.set(pubDay(c), (score.get(pubDay(c)) ?? 0) + c.strength);
  const best = cands.reduce((a, b) => ((score.get(pubDay(b)) ?? 0) > (score.get(pubDay(a)) ?? 0) ? b : a));
  return { weekday: pubDay(best), cand: best };
}

export function resolveArticleDate(input: ResolveInput): DateInfo {
  const today = input.today ?? todayIso();
  const lang = input.language;
  const meta = input.meta ?? {};
  const extra: DateConstraint[] = [];
  let partial: DateInfo | null = null;

  if (meta.date) {
    const r = parseMetaDate(meta.date);
    const basis = meta.dateField ?? 'meta date';
    if (r) {
      const info: DateInfo = {
        date: r.date, precision: r.precision, window: null, source: 'meta',
        evidence: { basis, text: meta.date }, reasoning: [`${basis} "${meta.date}" → ${r.date}`],
      };
      if (r.precision === 'day') return info;
      partial = info;
      extra.push(periodConstraint(r.date, r.precision, `${basis} gives ${r.precision} precision`));
    }
  }
  if (meta.url) {
    const r = dateFromUrl(meta.url);
    if (r) {
      const info: DateInfo = {
        date: r.date, precision: r.precision, window: null, source: 'meta',
        evidence: { basis: 'url', text: r.evidence }, reasoning: [`URL "${r.evidence}" → ${r.date}`],
      };
      if (r.precision === 'day') return info;
      partial ??= info;
      extra.push(periodConstraint(r.date, r.precision, 'the URL gives the month'));
    }
  }

  const body = input.body ?? '';
  const headline = input.headline ?? '';
  const caller = [...input.constraints, ...extra];
  // Each text folded once for the event table and the date phrases.
  const fb = foldText(body);
  const fh = foldText(headline);
  const gb = new TextGate(fb.norm);
  const gh = new TextGate(fh.norm);
  const events = [
    ...pastEventConstraintsIn(body, fb, lang),
    ...pastEventConstraintsIn(headline, fh, lang).map(({ start: _s, end: _e, ...c }) => c),
  ].filter((c, i, all) => all.findIndex((o) => o.why === c.why) === i);
  const sb = selectExpressions(body, findDateExpressionsIn(body, fb, lang, gb), 'body');
  const sh = headline ? selectExpressions(headline, findDateExpressionsIn(headline, fh, lang, gh), 'headline') : { candidates: [], anchors: [] };
  const anchors = [...sh.anchors, ...sb.anchors];
  const dated = anchors.filter((a) => a.day !== null).map(anchorConstraint);
  const { bounds, used, note } = usableBounds(caller, [...events, ...dated], today);
  const pre = note ? [note] : [];
  const ctx: Ctx = { caller, events, bounds, pre };
  const ranked = rankCandidates([...sh.candidates, ...sb.candidates]);

  // Full dates: Gregorian before Hijri (a "الموافق" pair gives both; the Hijri one is tabular).
  const fulls = ranked.filter((x) => x.kind === 'full');
  for (const c of [...fulls.filter((x) => x.expr.calendar === 'gregorian'), ...fulls.filter((x) => x.expr.calendar === 'hijri')]) {
    const hijri = hijriWeekdayFit(c);
    const p = hijri.day + c.shift;
    const iso = isoOfDayNumber(p);
    if (p < bounds.lo || p > bounds.hi || !anchors.every((a) => anchorAllows(p, a))) {
      pre.push(`'${c.expr.text}' (${iso}) lies outside what the constraints allow; not taken as the publication date`);
      continue;
    }
    const reasoning = [...pre, `${c.inLead || c.where === 'headline' ? 'dateline' : 'text'} '${c.expr.text}' → ${iso}`];
    if (hijri.note) reasoning.push(hijri.note);
    if (c.expr.weekday !== null && weekdayOfDayNumber(hijri.day) !== c.expr.weekday) {
      reasoning.push(`note: ${iso} is not a ${WEEKDAY_NAMES_EN[c.expr.weekday]}`);
    }
    const basis = c.inLead || c.where === 'headline' ? 'dateline' : 'text';
    return { date: iso, precision: 'day', window: null, evidence: evidenceOf(c, basis), source: 'text', reasoning };
  }

  const pubWeekday = bestWeekday(ranked.filter((x) => x.kind === 'weekday'));

  for (const c of ranked.filter((x) => x.kind === 'day-month')) {
    const e = c.expr;
    const pw = e.weekday === null && pubWeekday ? { weekday: pubWeekday.weekday, text: pubWeekday.cand.expr.text } : null;
    let inf = inferDayMonth(e.month as number, e.day as number, e.weekday, c.shift, used, today, pw);
    if (pw && inf.days.length === 0) {
      pre.push(`'${e.text}' never fell on a ${WEEKDAY_NAMES_EN[pw.weekday]} within the constraints; weekday ignored`);
      inf = inferDayMonth(e.month as number, e.day as number, null, c.shift, used, today);
    }
    const kind = e.weekday !== null || (pw && inf.reasoning[0]?.includes(pw.text)) ? 'weekday' : 'day and month';
    const r = fromInference(c, kind, inf, ctx);
    if (r) return r;
    pre.push(`'${e.text}': no year fits the constraints`);
  }

  if (pubWeekday) {
    const { weekday: w, cand: best } = pubWeekday;
    const inf = inferWeekday(w, bounds, used, anchors, today);
    const first = `publication on a ${WEEKDAY_NAMES_EN[w]} ('${best.expr.text}')`;
    const r = fromInference(best, 'weekday', { ...inf, reasoning: [first, ...inf.reasoning] }, ctx);
    if (r) return r;
    pre.push(`'${best.expr.text}': no ${WEEKDAY_NAMES_EN[w]} fits the constraints`);
  }

  if (partial) return { ...partial, reasoning: [...(partial.reasoning ?? []), ...pre] };
  return windowResult(bounds, pre, describeConstraint);
}

