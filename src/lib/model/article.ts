/**
 * The data model every layer shares: what ingest hands to extraction (RawRecord), what extraction
 * makes of it (Extraction, Statement, DateInfo), and what the library stores (Article).
 * Plain types only. Offsets are UTF-16 code-unit offsets (JavaScript string indices).
 *
 * NOTE: Article objects are persisted in IndexedDB. Adding optional fields is safe; renaming or
 * changing the meaning of a field needs a bump of ARTICLE_SCHEMA_VERSION and a migration.
 */

export const ARTICLE_SCHEMA_VERSION = 1;

export type Language = 'ar' | 'en' | 'ru' | 'other';

/** The input formats ingest understands. */
export type SourceFormat = 'txt' | 'html' | 'json' | 'jsonl' | 'csv' | 'tsv';

/** Metadata a structured input carries next to the text (JSON/CSV fields, HTML <meta>, <title>). */
export interface RecordMeta {
  format: SourceFormat;
  title?: string;
  /** Raw date string as found in the metadata (not yet parsed). */
  date?: string;
  /** Where the raw date came from, e.g. 'meta article:published_time', 'field published_at'. */
  dateField?: string;
  url?: string;
  /** Site or outlet name as given by the metadata (JSON `source`/`site`, og:site_name). */
  source?: string;
  /** Any other language hint (html lang attribute, JSON `lang`). */
  lang?: string;
  /** Character encoding the bytes were decoded with ('utf-8', 'utf-16le', 'windows-1256', …). */
  encoding?: string;
}

/** One article-sized piece of text found in a file, before extraction. */
export interface RawRecord {
  /** The text of the record: for txt the whole file, for HTML the visible text with line breaks. */
  text: string;
  meta: RecordMeta;
  /** Index of the record inside its file (JSONL line, CSV row, zip entry order…), from 0. */
  record: number;
  /** Path inside a zip, else null. */
  entry: string | null;
}

/** A claim with the text it rests on. */
export interface Evidence {
  /** Short words describing where the value came from ("dateline", "meta og:site_name", "fingerprint RT Arabic"). */
  basis: string;
  /** The text the claim rests on, verbatim. */
  text: string | null;
  /** Offsets of `text` inside the article body when it is there. */
  start?: number;
  end?: number;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateInfo {
  /** ISO date (YYYY-MM-DD; for month precision the 1st, for year precision 01-01) or null. */
  date: string | null;
  precision: DatePrecision | null;
  /** Bounds (ISO, inclusive) when date is null; either side may be null. Null when date is set. */
  window: [string | null, string | null] | null;
  /** What the date rests on (the dateline words, a meta field, the reasoning that fixed the year). */
  evidence: Evidence | null;
  /** How it was obtained. */
  source: 'meta' | 'text' | 'inferred' | 'cluster' | 'user' | null;
  /** Human-readable reasoning steps, e.g. "weekday Tuesday 11 Oct → 2011, 2016, 2022", "Antonov deputy defence minister 2011–2016". */
  reasoning?: string[];
}

export type StatementKind = 'reported' | 'quote' | 'headline';

export interface SpeakerRef {
  /** Id in the speaker list, or null for a speaker recognised only from a title. */
  id: string | null;
  /** Canonical English name from the speaker list; for an unlisted speaker, an English rendering of the title. */
  nameEn: string;
  /** The mention in the text that identifies the speaker. */
  asWritten: string;
  role: string | null;
  russianOfficial: boolean;
  /** Institution key (kremlin, mfa, mod, hmeimim, un-mission, duma, federation-council, …) or null. */
  institution: string | null;
  /** True when the speaker is on the speaker list, false when recognised only from a title. */
  listed: boolean;
}

export interface Statement {
  speaker: SpeakerRef;
  kind: StatementKind;
  aboutSyria: boolean;
  /** The sentence(s) carrying the statement, exactly body.slice(start, end). */
  text: string;
  /** For kind 'quote': the quoted words only. */
  quote: string | null;
  /** The statement's own date (ISO) when it differs from the article's (أمس, أمس الأول…), else the article's. */
  date: string | null;
  /** The words that date the statement apart from its article ("أمس الأول"), when they do. */
  dateEvidence?: string;
  /** Days from the article's date to the statement's (−2 for "أمس الأول"), when the words say. */
  dateOffset?: number;
  /** For an undated article with a window: the statement's own window when its words shift it (ISO, inclusive). */
  dateWindow?: [string | null, string | null];
  start: number;
  end: number;
  /** Offsets in the body of the mention that identifies the speaker (may lie in an earlier sentence). */
  speakerSpan?: [number, number];
  /** Offsets in the body of the verb of saying, when there is one. */
  verbSpan?: [number, number];
  /** Offsets in the body of the quoted words, for quotes. */
  quoteSpan?: [number, number];
  /** Where start/end point: the article's headline or its body (the default). */
  field?: 'headline' | 'body';
  /** Set when a user correction made or changed this statement. */
  corrected?: boolean;
}

/** A line or block that was removed from the page, with why. */
export interface RemovedPart {
  text: string;
  reason: 'menu' | 'related' | 'share' | 'comments' | 'caption' | 'recurring' | 'ticker' | 'credit' | 'entity' | 'other';
}

/** What the extraction engine makes of a RawRecord. */
export interface Extraction {
  language: Language;
  headline: string | null;
  subheadline: string | null;
  /** Short lines inside the body that head a section ("نفي اتهامات"). */
  subheads: string[];
  /** The article text, paragraphs joined by "\n\n"; no site chrome, no comments. */
  body: string;
  removed: RemovedPart[];
  outlet: string | null;
  outletEvidence: Evidence | null;
  creditedSource: string | null;
  creditedSourceEvidence: Evidence | null;
  url: string | null;
  date: DateInfo;
  statements: Statement[];
}

/** An article as the library stores it. */
export interface Article extends Extraction {
  /** Stable content id (see ids.ts). */
  id: string;
  /** Name (or relative path) of the file it came from. */
  file: string;
  record: number;
  entry: string | null;
  /** The record's text as read (for "show original" and re-extraction). */
  raw: string;
  meta: RecordMeta;
  /** Content id of the file it came from. */
  fileId: string;
  /** ms since epoch when it was added to the library. */
  addedAt: number;
  /** The date found in the article's own text, kept when `date` was lent by a near-duplicate. */
  ownDate?: DateInfo;
}
