/**
 * Test and benchmark fixtures (Node only, never imported by the app): Article objects built by
 * hand from the seed pages in ../shared/corpus/seeds and their hand annotation (seeds.gold.json).
 * The body is crude — the page text from the headline on — and each annotated statement becomes
 * the sentence around its anchor, with the annotated speaker. Good enough to search, not to judge
 * extraction.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Language, SpeakerRef, Statement, StatementKind } from '../model/article';

export const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

interface GoldDoc {
  file: string;
  language: Language;
  outlet: string | null;
  headline: string | null;
  date: string | null;
  statements?: { speaker: string; anchor: string; kind: StatementKind }[];
}

interface Gold {
  speakers: Record<string, { name_en: string; role_en: string; russian_official: boolean }>;
  documents: GoldDoc[];
}

/** Arabic name as written for the speakers of the seeds. */
const AS_WRITTEN: Record<string, string> = {
  putin: 'بوتين',
  lavrov: 'لافروف',
  zakharova: 'زاخاروفا',
  antonov: 'أنطونوف',
  syromolotov: 'سيرومولوتوف',
  bogdanov: 'بوغدانوف',
  'ru-mfa': 'وزارة الخارجية الروسية',
  'ru-mod': 'الدفاع الروسية',
  'hmeimim-center': 'مركز حميميم',
  moscow: 'موسكو',
  warren: 'ستيف وارن',
  'us-military': 'الجيش الأميركي',
};

const INSTITUTION: Record<string, string> = {
  putin: 'kremlin',
  lavrov: 'mfa',
  zakharova: 'mfa',
  antonov: 'mod',
  syromolotov: 'mfa',
  bogdanov: 'mfa',
  'ru-mfa': 'mfa',
  'ru-mod': 'mod',
  'hmeimim-center': 'hmeimim',
  moscow: 'government',
};

/** Runs of horizontal white space (no-break spaces included) → one space; line breaks kept. */
const fold = (s: string) => s.replace(/[^\S\n]+/g, ' ');

/** Sentence bounds around [start, end) in `body`. */
function sentenceAround(body: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[.\n؟!]/.test(body[s - 1])) s--;
  let e = end;
  while (e < body.length && !/[.\n؟!]/.test(body[e])) e++;
  if (e < body.length) e++;
  while (s < e && /\s/.test(body[s])) s++;
  while (e > s && /\s/.test(body[e - 1])) e--;
  return [s, e];
}

export function loadGold(): Gold {
  return JSON.parse(readFileSync(CORPUS_DIR + 'seeds.gold.json', 'utf8')) as Gold;
}

export function seedText(file: string): string {
  return readFileSync(CORPUS_DIR + 'seeds/' + file, 'utf8');
}

/** The five seed pages as Articles with their annotated statements. */
export function seedArticles(): Article[] {
  const gold = loadGold();
  return gold.documents.map((doc, n) => {
    // white space folded so anchors (written with plain spaces) are found; offsets are in this body
    const page = fold(seedText(doc.file)).replace(/ ?\n[\s]*/g, '\n');
    const at = doc.headline ? page.indexOf(doc.headline) : -1;
    const body = at >= 0 ? page.slice(at + doc.headline!.length).trim() : page;
    const statements: Statement[] = [];
    for (const s of doc.statements ?? []) {
      const i = body.indexOf(fold(s.anchor));
      if (i < 0) continue;
      const [start, end] = sentenceAround(body, i, i + s.anchor.length);
      const info = gold.speakers[s.speaker];
      const speaker: SpeakerRef = {
        id: s.speaker,
        nameEn: info?.name_en ?? s.speaker,
        asWritten: AS_WRITTEN[s.speaker] ?? s.speaker,
        role: info?.role_en ?? null,
        russianOfficial: info?.russian_official ?? false,
        institution: INSTITUTION[s.speaker] ?? null,
        listed: true,
      };
      const text = body.slice(start, end);
      const q = s.kind === 'quote' ? /[“"«]([^”"»]+)[”"»]/.exec(text) : null;
      statements.push({
        speaker,
        kind: s.kind,
        aboutSyria: true,
        text,
        quote: q ? q[1] : null,
        date: null,
        start,
        end,
      });
    }
    return articleFrom(`seed-${n}`, body, {
      headline: doc.headline,
      language: doc.language,
      outlet: doc.outlet,
      date: doc.date,
      statements,
    });
  });
}

/** A minimal Article around a body, for tests and the benchmark. */
export function articleFrom(
  id: string,
  body: string,
  o: {
    headline?: string | null;
    language?: Language;
    outlet?: string | null;
    date?: string | null;
    statements?: Statement[];
  } = {},
): Article {
  return {
    id,
    file: id + '.txt',
    record: 0,
    entry: null,
    raw: body,
    fileId: 'f-' + id,
    addedAt: 0,
    meta: { format: 'txt' },
    language: o.language ?? 'ar',
    headline: o.headline ?? null,
    subheadline: null,
    subheads: [],
    body,
    removed: [],
    outlet: o.outlet ?? null,
    outletEvidence: null,
    creditedSource: null,
    creditedSourceEvidence: null,
    url: null,
    date: {
      date: o.date ?? null,
      precision: o.date ? 'day' : null,
      window: null,
      evidence: null,
      source: o.date ? 'text' : null,
    },
    statements: o.statements ?? [],
  };
}

/** A statement on `body` covering the first occurrence of `text`. */
export function statementOn(
  body: string,
  text: string,
  speaker: Partial<SpeakerRef> & { id: string | null },
  kind: StatementKind = 'reported',
  date: string | null = null,
): Statement {
  const start = body.indexOf(text);
  if (start < 0) throw new Error('statement text not in body: ' + text);
  return {
    speaker: {
      nameEn: speaker.id ?? 'unknown',
      asWritten: speaker.id ?? '',
      role: null,
      russianOfficial: true,
      institution: null,
      listed: speaker.id !== null,
      ...speaker,
    },
    kind,
    aboutSyria: true,
    text,
    quote: kind === 'quote' ? text : null,
    date,
    start,
    end: start + text.length,
  };
}
