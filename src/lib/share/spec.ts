/**
 * The views a URL fragment can carry, as typed values: the simple views (library, one article,
 * user lists, a search query), a comparison (CompareSpec) and a timeline (TimelineSpec), joined in
 * the ViewState union. Every value that comes from a URL passes restore.ts, which returns exactly
 * these shapes with defaults filled, so the rest of the app never sees a missing or odd field.
 *
 * NOTE: the JSON of a ViewState is the wire format of share links, format version 1 (codec.ts).
 * Field names and the meaning of their values must not change. Adding an optional field is safe;
 * renaming or changing one needs format version 2, with the v1 decoder kept as legacy_decodeV1.
 */

import type { Language } from '../model/article';

export type { Language } from '../model/article';

/** The speaker as the sender's library had it, shown on a statement taken from the link. */
export interface EmbeddedSpeaker {
  nameEn: string;
  role: string | null;
  russianOfficial: boolean;
}

/**
 * One compared article (mode 'versions') or statement (mode 'statements'). Only articleId (and
 * statementIndex for a statement) is always there; the other fields are embedded by default and
 * left out of a reference-only link.
 */
export interface CompareItem {
  /** Content id of the article ('a' + 24 hex, model/ids.ts). */
  articleId: string;
  /** Index of the statement in the article's statements, as extracted when the link was made. */
  statementIndex?: number;
  /**
   * The article's text exactly as its content id hashes it (Article.raw), so a recipient can
   * check it against articleId. When several items share an article, the link carries it once and
   * restore fills it into the others.
   */
  text?: string;
  /** The statement's sentence(s) as extracted when the link was made (mode 'statements'). */
  statementText?: string;
  headline?: string;
  speaker?: EmbeddedSpeaker;
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  outlet?: string;
  language?: Language;
}

export type CompareMode = 'versions' | 'statements';

export interface CompareOptions {
  /** Index (in items) of the text the others are compared against. */
  base: number;
  /** Hide differences of spelling only (hamza, ta marbuta, transliteration variants). */
  hideSpelling: boolean;
  /** Order of the columns: by date, or as the user picked them. */
  sort: 'date' | 'given';
}

export interface CompareSpec {
  mode: CompareMode;
  items: CompareItem[];
  options: CompareOptions;
}

export type TimelineLanes = 'speaker' | 'institution' | 'outlet';
export type TimelineSort = 'count' | 'name';
export type StatementKindFilter = 'quote' | 'reported' | 'headline';

export interface TimelineSpec {
  /** Inclusive ISO bounds (YYYY-MM-DD); absent = open. */
  from?: string;
  to?: string;
  lanes: TimelineLanes;
  /** Search box text filtering the statements. */
  query?: string;
  /** Speaker keys (speaker list id, or '~' + English name for an unlisted speaker). */
  speakers: string[];
  officialsOnly: boolean;
  /**
   * Lane ids hidden / pinned by the user: speaker keys ('lavrov', '~name'), institution keys
   * ('mfa', '~' for none) or outlet names, as the lanes of `lanes` are keyed. (Links made before
   * this field was defined as lane ids may carry statement keys here: they match no lane.)
   */
  hidden: string[];
  pinned: string[];
  /** Lane order; absent = 'count'. */
  sort?: TimelineSort;
  /** Statements about Syria only; absent = true (only `false` is written). */
  aboutSyriaOnly?: boolean;
  /** Filters shared with search; absent or empty = no filter. '~' stands for "none". */
  institutions?: string[];
  outlets?: string[];
  languages?: Language[];
  kinds?: StatementKindFilter[];
}

export type ViewState =
  | { view: 'library' }
  | { view: 'article'; id: string }
  | { view: 'lists' }
  | { view: 'search'; query: string }
  | { view: 'compare'; spec: CompareSpec }
  | { view: 'timeline'; spec: TimelineSpec };

/** The views whose state needs the compressed envelope (codec.ts). */
export type CompareView = Extract<ViewState, { view: 'compare' }>;
export type TimelineView = Extract<ViewState, { view: 'timeline' }>;
export type SharedView = CompareView | TimelineView;

/** The timeline as it first opens: lanes by speaker, Russian officials only, the whole range. */
export const DEFAULT_TIMELINE_SPEC: Readonly<TimelineSpec> = {
  lanes: 'speaker',
  speakers: [],
  officialsOnly: true,
  hidden: [],
  pinned: [],
};

export const DEFAULT_COMPARE_OPTIONS: Readonly<CompareOptions> = {
  base: 0,
  hideSpelling: false,
  sort: 'given',
};

/**
 * Bounds of everything a link may carry. Lengths are in UTF-16 code units (string length).
 * NOTE: raising a bound is safe; lowering one can make old links unreadable.
 */
export const LIMITS = {
  versionsItems: 4,
  statementsItems: 20,
  /** One embedded article text (Article.raw). */
  text: 200 * 1024,
  statementText: 20_000,
  headline: 1_000,
  speakerName: 200,
  role: 300,
  outlet: 200,
  query: 1_000,
  statementIndex: 9_999,
  speakers: 50,
  speakerKey: 200,
  hidden: 500,
  pinned: 500,
  /** One lane id (speaker key, institution key or outlet name). */
  laneId: 200,
  institutions: 50,
  outlets: 100,
} as const;

export const ARTICLE_ID = /^a[0-9a-f]{24}$/;
export const STATEMENT_KEY = /^a[0-9a-f]{24}(?::\d{1,4})?$/;
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const LANGUAGES: readonly Language[] = ['ar', 'en', 'ru', 'other'];
export const STATEMENT_KINDS: readonly StatementKindFilter[] = ['quote', 'reported', 'headline'];
