/**
 * The light copy of an article the timeline is built from: what timelinePoints reads and nothing
 * else — no raw text, no body, no statement text beyond its first words, no date evidence. The
 * worker writes one per article whenever the library stores or corrects it (as the user sees it,
 * corrections applied), in a store of its own, so opening the timeline reads a few hundred bytes
 * per article instead of whole pages.
 */

import type { Article, DateInfo, Statement, SpeakerRef } from '../model/article';
import { firstWordsOf } from './points';

/** Bump when the record's shape or the way it is made changes: older records are rebuilt. */
export const RECORD_VERSION = 2;

export interface TimelineStatement {
  /** Null for a statement without a speaker (left out of the timeline, its index kept). */
  speaker: Pick<SpeakerRef, 'id' | 'nameEn' | 'role' | 'russianOfficial' | 'institution'> | null;
  kind: Statement['kind'];
  aboutSyria: boolean;
  date: string | null;
  /** The statement's own window in an undated article, when its words shift the article's. */
  dateWindow?: [string | null, string | null];
  /** firstWordsOf(text) with the default word count. */
  firstWords: string;
}

export interface TimelineRecord {
  v: number;
  id: string;
  date: Pick<DateInfo, 'date' | 'precision' | 'window'> | null;
  outlet: string | null;
  language: Article['language'];
  headline: string | null;
  statements: TimelineStatement[];
}

/** The timeline's record of an article (pass the article as served: corrections applied). */
export function toTimelineRecord(a: Article): TimelineRecord {
  const d = a.date;
  // Statements by the same speaker share one speaker object: stored (structured cloning) once.
  const speakers = new Map<string, TimelineStatement['speaker']>();
  const speakerOf = (s: SpeakerRef): TimelineStatement['speaker'] => {
    const sp = {
      id: s.id ?? null,
      nameEn: s.nameEn,
      role: s.role ?? null,
      russianOfficial: !!s.russianOfficial,
      institution: s.institution ?? null,
    };
    const key = `${sp.id}\u0000${sp.nameEn}\u0000${sp.role}\u0000${sp.russianOfficial}\u0000${sp.institution}`;
    const known = speakers.get(key);
    if (known) return known;
    speakers.set(key, sp);
    return sp;
  };
  return {
    v: RECORD_VERSION,
    id: a.id,
    date: d
      ? {
          date: d.date ?? null,
          precision: d.precision ?? null,
          window: d.window ? [d.window[0], d.window[1]] : null,
        }
      : null,
    outlet: a.outlet ?? null,
    language: a.language,
    headline: a.headline ?? null,
    statements: (a.statements ?? []).map((s) => ({
      speaker: s.speaker ? speakerOf(s.speaker) : null,
      kind: s.kind,
      aboutSyria: !!s.aboutSyria,
      date: s.date ?? null,
      ...(s.dateWindow
        ? { dateWindow: [s.dateWindow[0], s.dateWindow[1]] as [string | null, string | null] }
        : {}),
      firstWords: firstWordsOf(s.text ?? ''),
    })),
  };
}

/** True when `r` is a record of the current version (else rebuild it from the article). */
export const isCurrentRecord = (r: unknown): r is TimelineRecord =>
  !!r &&
  typeof r === 'object' &&
  (r as TimelineRecord).v === RECORD_VERSION &&
  Array.isArray((r as TimelineRecord).statements);
