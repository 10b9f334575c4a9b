/**
 * extractStatements: who said what in one article. The body is prepared once (folded, tokenised,
 * quotations and speaker mentions found), split into sentences, and each sentence yields its
 * statements (build-statements.ts); subheads and the headline yield "Speaker: claim" statements
 * (headline statements carry field 'headline' and offsets inside the headline). Statements by
 * non-Russian speakers are kept with russianOfficial false. Dates are left null for the pipeline.
 */

import type { Language, SpeakerRef, Statement } from '../../model/article';
import type { Mention } from '../speakers/mention-types';
import { defaultSpeakerIndex, likelyRole } from '../speakers/speaker-index';
import type { SpeakerIndex } from '../speakers/speaker-index';
import { aboutSyriaFolded, SliceScripts, syrianIn } from './about-syria';
import { foldString } from '../speakers/normalize';
import { Attributor } from './attribution';
import { claimMention, sentenceStatements, statement } from './build-statements';
import type { BuildContext } from './build-statements';
import { prepareDoc } from './doc';
import type { Doc } from './doc';
import { splitSentences } from './sentences';

export interface StatementInput {
  body: string;
  language: Language;
  headline: string | null;
  /** Subheads with their offsets in the body. */
  subheads: { text: string; start: number; end: number }[];
}

export interface StatementResult {
  /** Body statements (field 'body') and headline statements (field 'headline'); dates null. */
  statements: Statement[];
  /** Every speaker mention, headline ones with field 'headline'. */
  mentions: Mention[];
}

/** First folded index whose original offset is ≥ pos. */
function foldedIndex(map: Int32Array, pos: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the statement at original [start, end) is about Syria (on the folded body, sliced). */
function aboutSyriaAt(
  doc: Doc,
  scripts: SliceScripts,
  start: number,
  end: number,
  articleIsSyrian: boolean,
): boolean {
  const own = doc.f.text.slice(foldedIndex(doc.f.map, start), foldedIndex(doc.f.map, end));
  return aboutSyriaFolded(own, articleIsSyrian, scripts.of(own));
}

function roleLookup(doc: Doc, index: SpeakerIndex): (ref: SpeakerRef) => string | null {
  const byId = new Map<string, string>();
  for (const m of doc.mentions) {
    if (m.entryId && !m.inQuote && m.roles.length > 0 && !byId.has(m.entryId))
      byId.set(m.entryId, m.roles[0].titleEn);
  }
  return (ref) => {
    if (!ref.id) return ref.role;
    const known = byId.get(ref.id);
    if (known) return known;
    const entry = index.get(ref.id);
    return entry ? (likelyRole(entry)?.titleEn ?? null) : null;
  };
}

function context(doc: Doc, index: SpeakerIndex, headlineMode: boolean): BuildContext {
  const isInstitution = (m: Mention) => !!m.entryId && index.get(m.entryId)?.kind === 'institution';
  return {
    doc,
    attributor: new Attributor(doc, isInstitution),
    roleOf: roleLookup(doc, index),
    headlineMode,
  };
}

function headlineStatements(
  headline: string,
  lang: Language,
  index: SpeakerIndex,
): { statements: Statement[]; mentions: Mention[] } {
  const doc = prepareDoc(headline, lang, index, 'headline');
  const ctx = context(doc, index, true);
  const out: Statement[] = [];
  const seen = new Set<string>();
  for (const s of splitSentences(doc.text, doc.top)) {
    for (const st of sentenceStatements(ctx, s, false)) {
      const key = st.speaker.id ?? st.speaker.nameEn;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        ...st,
        quote: null,
        quoteSpan: undefined,
        start: s.start,
        end: s.end,
        text: headline.slice(s.start, s.end),
      });
    }
  }
  for (const st of out) if (st.quoteSpan === undefined) delete st.quoteSpan;
  return { statements: out, mentions: doc.mentions };
}

export function extractStatements(
  input: StatementInput,
  index: SpeakerIndex = defaultSpeakerIndex(),
): StatementResult {
  const doc = prepareDoc(input.body, input.language, index, 'body');
  const ctx = context(doc, index, false);
  const body: Statement[] = [];
  let prevHad = false;
  for (const s of splitSentences(doc.text, doc.top)) {
    const inSubhead = input.subheads.some((h) => s.start < h.end && s.end > h.start);
    let found: Statement[];
    if (inSubhead) {
      const m = claimMention(doc, s);
      found = m ? [statement(ctx, m, 'headline', s.start, s.end)] : [];
    } else found = sentenceStatements(ctx, s, prevHad);
    prevHad = found.some((st) => st.kind !== 'headline');
    body.push(...found);
  }
  const head = input.headline
    ? headlineStatements(input.headline, input.language, index)
    : { statements: [], mentions: [] };
  const articleIsSyrian =
    syrianIn(doc.f.text) || (input.headline !== null && syrianIn(foldString(input.headline)));
  const bySpan = new Map<string, boolean>();
  const scripts = new SliceScripts(doc.f.text);
  for (const st of body) {
    const key = `${st.start}:${st.end}`;
    let v = bySpan.get(key);
    if (v === undefined) bySpan.set(key, (v = aboutSyriaAt(doc, scripts, st.start, st.end, articleIsSyrian)));
    st.aboutSyria = v;
  }
  for (const st of head.statements) st.aboutSyria = aboutSyriaFolded(foldString(st.text), articleIsSyrian);
  return { statements: [...head.statements, ...body], mentions: [...head.mentions, ...doc.mentions] };
}
