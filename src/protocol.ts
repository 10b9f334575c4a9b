/**
 * The one typed message protocol between the UI thread and the worker. TYPES ONLY.
 * Every request carries an `id`; the worker answers with progress messages (for long jobs) and
 * exactly one `result` or `error` with the same id.
 *
 * NOTE: bump PROTOCOL_VERSION when a message changes shape; the client refuses a worker of
 * another version (a stale cached worker after an update).
 */
import type { Article, DateInfo, Language, StatementKind } from './lib/model/article';
import type { Correction } from './lib/corrections/apply';
import type { UserLists } from './lib/user-lists/user-lists';
import type { FacetCounts } from './lib/search';
import type { PackedTimelineData } from './lib/timeline';
import type { Comparison, StatementComparison } from './lib/compare';
import type { CompareItem, CompareSpec } from './lib/share/spec';
import type { ItemStatus } from './lib/share/verify';

export const PROTOCOL_VERSION = 1;

/** A file handed to the worker. `file` is a File/Blob (structured-cloned by reference: the main
 * thread never reads the bytes). `path` is the name, or the relative path inside a picked folder. */
export interface FileInput {
  path: string;
  file: Blob;
}

/** The outcome of one dropped file (or of one zip entry / record inside it, when rejected). */
export type FileOutcome =
  | { path: string; status: 'added'; articles: number; skippedArticles: number; rejectedEntries: RejectedEntry[] }
  | { path: string; status: 'duplicate'; reason: 'same file' | 'same articles'; articles: number; rejectedEntries: RejectedEntry[] }
  | { path: string; status: 'rejected'; reason: string; rejectedEntries: RejectedEntry[] };

export interface RejectedEntry {
  entry: string | null;
  reason: string;
}

/** What the library list shows of an article (the full Article is fetched on open). */
export interface ArticleSummary {
  id: string;
  title: string;
  /** True when the title is made up from the first words (no headline found). */
  provisionalTitle: boolean;
  language: Language;
  outlet: string | null;
  date: DateInfo;
  file: string;
  entry: string | null;
  statements: number;
  addedAt: number;
  /** The story the article is part of, when other articles of the library report it too (absent = only this one). */
  story?: StoryFacts;
}

/** The story an article belongs to (the same story reported by other articles of the library). */
export interface StoryFacts {
  /** Articles in the story, this one included (1 = no other version). */
  versions: number;
  /** Distinct known outlets among them (versions of unknown outlet are not counted). */
  outlets: number;
  /** The earliest dated version's id (null when none is dated). */
  earliest: string | null;
}

export interface CorrectedArticle {
  article: Article;
  /** Ids of the other articles of the library that report the same story. */
  story: string[];
  corrections: Correction[];
  /** Corrections whose statement the current extraction no longer has. */
  orphaned: Correction[];
}

/** A speaker of the speaker list, as the correction UI offers it. */
export interface SpeakerOption {
  id: string;
  nameEn: string;
  /** The speaker list's Arabic name, when it has one. */
  nameAr: string | null;
  role: string | null;
  institution: string | null;
  russianOfficial: boolean;
  /** Other spellings (Arabic, Russian…), shown to help the choice. */
  aka: string[];
}

/** One search result as the UI shows it: a text with the matched words' ranges in it. */
export interface SearchHitView {
  type: 'article' | 'statement';
  articleId: string;
  statementIndex: number | null;
  title: string;
  outlet: string | null;
  date: DateInfo;
  language: Language;
  speaker: { id: string | null; nameEn: string; russianOfficial: boolean } | null;
  kind: StatementKind | null;
  /** The statement text, or a snippet of the article around the first match. */
  text: string;
  /** True when `text` is cut from a longer text. */
  clipped: { before: boolean; after: boolean };
  ranges: [number, number][];
}

export interface SearchResponse {
  query: string;
  total: number;
  hits: SearchHitView[];
  facets: FacetCounts;
  undatedExcluded: number;
  notes: string[];
  /** Milliseconds the index took, for the curious. */
  tookMs: number;
}

/** What the timeline asks the worker for: its filters (empty lists = no filter). */
export interface TimelineParams {
  query: string;
  officialsOnly: boolean;
  aboutSyriaOnly: boolean;
  speakers: string[];
  institutions: string[];
  outlets: string[];
  languages: Language[];
  kinds: StatementKind[];
}

/** What a comparison shows of one article: the text compared (`body`) and its facts. */
export interface CompareArticle {
  id: string;
  headline: string | null;
  body: string;
  outlet: string | null;
  /** ISO date or null. */
  date: string | null;
  language: Language;
  /** Ids of the other versions of the story in the library. */
  nearDuplicates: string[];
}

/** One item of a comparison as the worker resolved it against the library and the link. */
export interface ResolvedCompareItem {
  /** Where the item comes from and whether its embedded text matches its id (lib/share/verify). */
  status: ItemStatus;
  /** The article shown: the library's, else one extracted from the link's text; null when missing. */
  article: CompareArticle | null;
  /** The statement's index in `article` as extracted here (lib/share findStatement), or null. */
  statementIndex: number | null;
  /** The item with everything a link embeds (text = Article.raw); null when neither side has it. */
  embed: CompareItem | null;
}

/** A statement suggested as related to the first compared one. */
export interface RelatedView {
  articleId: string;
  statementIndex: number;
  speaker: string;
  role: string | null;
  date: string | null;
  outlet: string | null;
  text: string;
  score: number;
  shared: string[];
  sameSpeaker: boolean;
}

export interface CompareResult {
  items: ResolvedCompareItem[];
  /** Mode 'versions': indexes into items of the compared versions, in column order. */
  versionItems: number[];
  /** Mode 'versions': the comparison of those items' bodies (null with fewer than two texts). */
  versions: Comparison | null;
  /** Mode 'statements': the statements side by side; rows' `item` index into `statementItems`. */
  statements: StatementComparison | null;
  /** Mode 'statements': index into items of each compared statement. */
  statementItems: number[];
  related: RelatedView[];
}

export interface LibraryInfo {
  /** One page of the list, newest first: articles[i] is the (offset + i)-th of `total`. */
  articles: ArticleSummary[];
  offset: number;
  total: number;
  files: number;
  /** True when the articles were extracted by an older engine or with other user lists: re-extract. */
  stale: boolean;
}

export interface IngestProgress {
  phase: 'reading' | 'extracting' | 'storing' | 'reextracting' | 'indexing';
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  articlesDone: number;
  articlesTotal: number;
  current: string | null;
}

export interface IngestResult {
  outcomes: FileOutcome[];
  added: number;
  library: LibraryInfo;
}

/** Requests and their result types, keyed by request type. */
export interface Api {
  hello: { params: Record<string, never>; result: { version: number } };
  ingest: { params: { files: FileInput[] }; result: IngestResult };
  /** A page of the library list (offset 0 starts a new listing; later pages are cut from it). */
  library: { params: { offset?: number; limit?: number }; result: LibraryInfo };
  /** The article with the user's corrections applied. */
  article: { params: { articleId: string }; result: CorrectedArticle | null };
  /** Records a correction; returns the article as corrected. */
  correct: { params: { articleId: string; correction: Correction }; result: CorrectedArticle };
  /** Takes back the user's corrections of an article (all of them, or the one made at `at`). */
  uncorrect: { params: { articleId: string; at?: number }; result: CorrectedArticle };
  speakers: { params: Record<string, never>; result: SpeakerOption[] };
  search: { params: { query: string; limit?: number; offset?: number }; result: SearchResponse };
  /** Every statement of the library as timeline points (dated) and undated items, filtered. */
  /** The timeline's points in columns (lib/timeline/data-codec.ts): unpackTimelineData gives TimelineData. */
  timeline: { params: TimelineParams; result: PackedTimelineData };
  /** A comparison: its items resolved against the library (or extracted from the link) and compared. */
  compare: { params: { spec: CompareSpec }; result: CompareResult };
  /** The user's additions to the speaker list and the outlet fingerprints. */
  lists: { params: Record<string, never>; result: UserLists };
  /** Saves the user's lists and re-extracts the library with them (progress as for ingest). */
  setLists: { params: { lists: UserLists }; result: LibraryInfo };
  /** Re-extracts every stored article from its original text with the current engine and lists. */
  reextract: { params: Record<string, never>; result: LibraryInfo };
  /** Empties the library; the user's corrections are kept unless asked to forget them too. */
  clear: { params: { forgetCorrections: boolean }; result: LibraryInfo };
  /** Resolves once the search index is saved (it is saved after an ingest's reply). */
  persisted: { params: Record<string, never>; result: { indexSaved: boolean } };
}

export type RequestType = keyof Api;

export type WorkerRequest = {
  [K in RequestType]: { id: number; type: K; params: Api[K]['params'] };
}[RequestType];

export type WorkerResponse =
  | { id: number; kind: 'progress'; progress: IngestProgress }
  | { id: number; kind: 'result'; type: RequestType; result: unknown }
  | { id: number; kind: 'error'; message: string };
