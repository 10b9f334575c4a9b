/**
 * The JSON Lines contract of `npm run extract` (see ../shared/extraction-output.md): one object
 * per article and one per rejection. Every documented field is always present; a few more are
 * added (subheadline, subheads, evidence, date source and reasoning, removed parts, speaker id,
 * statement field).
 */
import type { BatchArticle } from '../lib/extract/extract-batch';

export interface JsonStatement {
  speaker: {
    id: string | null;
    nameEn: string;
    asWritten: string;
    role: string | null;
    russianOfficial: boolean;
    institution: string | null;
  };
  kind: string;
  aboutSyria: boolean;
  text: string;
  quote: string | null;
  date: string | null;
  start: number;
  end: number;
  field: string;
}

export interface JsonLine {
  file: string;
  record: number | null;
  entry: string | null;
  status: 'ok' | 'rejected';
  reason: string | null;
  id: string | null;
  language: string | null;
  outlet: string | null;
  creditedSource: string | null;
  url: string | null;
  headline: string | null;
  body: string | null;
  date: string | null;
  datePrecision: string | null;
  dateWindow: [string | null, string | null] | null;
  dateEvidence: string | null;
  statements: JsonStatement[];
  nearDuplicates: string[];
  // Additions.
  subheadline?: string | null;
  subheads?: string[];
  outletEvidence?: string | null;
  outletBasis?: string | null;
  creditedSourceEvidence?: string | null;
  dateSource?: string | null;
  dateBasis?: string | null;
  dateReasoning?: string[];
  removedCount?: number;
  removed?: { reason: string; text: string }[];
}

export function articleLine(file: string, a: BatchArticle): JsonLine {
  const x = a.extraction;
  return {
    file,
    record: a.record.record,
    entry: a.record.entry,
    status: 'ok',
    reason: null,
    id: a.id,
    language: x.language,
    outlet: x.outlet,
    creditedSource: x.creditedSource,
    url: x.url,
    headline: x.headline,
    body: x.body,
    date: x.date.date,
    datePrecision: x.date.precision,
    dateWindow: x.date.window,
    dateEvidence: x.date.evidence?.text ?? null,
    statements: x.statements.map((s) => ({
      speaker: {
        id: s.speaker.id,
        nameEn: s.speaker.nameEn,
        asWritten: s.speaker.asWritten,
        role: s.speaker.role,
        russianOfficial: s.speaker.russianOfficial,
        institution: s.speaker.institution,
      },
      kind: s.kind,
      aboutSyria: s.aboutSyria,
      text: s.text,
      quote: s.quote,
      date: s.date,
      start: s.start,
      end: s.end,
      field: s.field ?? 'body',
    })),
    nearDuplicates: a.nearDuplicates,
    subheadline: x.subheadline,
    subheads: x.subheads,
    outletEvidence: x.outletEvidence?.text ?? null,
    outletBasis: x.outletEvidence?.basis ?? null,
    creditedSourceEvidence: x.creditedSourceEvidence?.text ?? null,
    dateSource: x.date.source,
    dateBasis: x.date.evidence?.basis ?? null,
    dateReasoning: x.date.reasoning ?? [],
    removedCount: x.removed.length,
    removed: x.removed.map((r) => ({ reason: r.reason, text: r.text })),
  };
}

export function rejectedLine(file: string, entry: string | null, reason: string): JsonLine {
  return {
    file,
    record: null,
    entry,
    status: 'rejected',
    reason,
    id: null,
    language: null,
    outlet: null,
    creditedSource: null,
    url: null,
    headline: null,
    body: null,
    date: null,
    datePrecision: null,
    dateWindow: null,
    dateEvidence: null,
    statements: [],
    nearDuplicates: [],
  };
}
