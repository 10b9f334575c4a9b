/**
 * From the library's articles to what the timeline draws: one TimelinePoint per statement with a
 * date, and one UndatedItem per statement without one (for the "undated" tray, with the article's
 * date window when it has one). A point spans the period its date is known to: a day-precise date
 * is [day, day + 1), a month-precise one the whole month (drawn as a span, never as a fake 1st of
 * the month), a year-precise one the whole year. A statement's own date (أمس…) is day-precise; a
 * statement that carries the article's date inherits the article's precision. The filters are the
 * ones shared with search; `allowedKeys` is the match set of a search query computed elsewhere.
 */

import type { Article, DatePrecision, Language, Statement, StatementKind } from '../model/article';
import { DAY_MS, parseIsoDay, spanOf } from './dates';

/** Key standing for "no institution" / "no outlet" in filters and lanes. */
export const NONE = '~';

export interface PointBase {
  /** `${articleId}:${statementIndex}`. */
  key: string;
  articleId: string;
  statementIndex: number;
  /** Speaker key: the list id, or "~" + lower-cased English rendering for an unlisted speaker (as search's speakerKey). */
  speaker: string;
  speakerId: string | null;
  speakerNameEn: string;
  role: string | null;
  russianOfficial: boolean;
  institution: string | null;
  outlet: string | null;
  language: Language;
  kind: StatementKind;
  aboutSyria: boolean;
  /** The statement's first words, white space folded, with "…" when cut. */
  firstWords: string;
}

export interface TimelinePoint extends PointBase {
  /** Start of the span, ms UTC (inclusive). */
  t0: number;
  /** End of the span, ms UTC (exclusive). */
  t1: number;
  precision: DatePrecision;
}

export interface UndatedItem extends PointBase {
  /** The article's date window in ms: [start of the first day, end (exclusive) of the last day]; null = open. */
  window: [number | null, number | null];
  /** The same window as the ISO days the article gives (inclusive), for display. */
  windowIso: [string | null, string | null];
}

export interface PointFilter {
  /** Russian officials only (default true). */
  officialsOnly?: boolean;
  /** Statements about Syria only (default true). */
  aboutSyriaOnly?: boolean;
  /** Each set: undefined or empty = no filter. Institutions/outlets use NONE for "none". */
  speakers?: ReadonlySet<string>;
  institutions?: ReadonlySet<string>;
  outlets?: ReadonlySet<string>;
  languages?: ReadonlySet<Language>;
  kinds?: ReadonlySet<StatementKind>;
  /**
   * Point keys (`articleId:index`) or article ids that a search let through. Undefined = no
   * search; an EMPTY set = the search matched nothing, so nothing passes.
   */
  allowedKeys?: ReadonlySet<string>;
  /** Words kept in firstWords (default 12). */
  firstWordsCount?: number;
}

export interface TimelineData {
  points: TimelinePoint[];
  undated: UndatedItem[];
  /** Names of the listed speakers in the data, by speaker key (lane labels in the UI language). */
  names?: Record<string, { en: string; ar?: string; ru?: string }>;
}

/** A statement as timelinePoints reads it: a full Statement, or a light record's (record.ts). */
export interface PointStatement {
  speaker: Pick<Statement['speaker'], 'id' | 'nameEn' | 'role' | 'russianOfficial' | 'institution'> | null;
  kind: StatementKind;
  aboutSyria: boolean;
  date: string | null;
  /** The statement's own window in an undated article ("أمس الأول" shifts the article's). */
  dateWindow?: [string | null, string | null];
  /** The text, or only its first words already cut (`firstWords`, default word count). */
  text?: string;
  firstWords?: string;
}

/** An article as timelinePoints reads it: a full Article, or its light TimelineRecord. */
export interface PointSource {
  id: string;
  date: Pick<NonNullable<Article['date']>, 'date' | 'precision' | 'window'> | null;
  outlet: string | null;
  language: Language;
  statements: readonly PointStatement[];
}

/** Facet key of a speaker (the same convention as search/article-docs speakerKey). */
export function speakerKeyOf(s: Pick<Statement['speaker'], 'id' | 'nameEn'>): string {
  return s.id ?? '~' + (s.nameEn ?? '').trim().toLowerCase();
}

/** The first `count` words of `text` (max ~120 characters), white space folded. */
export function firstWordsOf(text: string, count = 12): string {
  const full = typeof text === 'string' ? text : '';
  // Only the head of the text can hold the first words (a word longer than 40 chars is cut anyway).
  const head = full
    .slice(0, 40 * (count + 1))
    .trim()
    .replace(/\s+/gu, ' ');
  let end = -1;
  for (let k = 0; k < count; k++) {
    end = head.indexOf(' ', end + 1);
    if (end < 0) break;
  }
  let out = end < 0 ? head : head.slice(0, end);
  let cut = end >= 0 || (full.length > 40 * (count + 1) && full.slice(40 * (count + 1)).trim() !== '');
  if (out.length > 120) {
    out = out.slice(0, 120).replace(/\s+\S*$/u, '');
    cut = true;
  }
  return cut ? out + '…' : out;
}

const has = <T>(set: ReadonlySet<T> | undefined, v: T) => !set || set.size === 0 || set.has(v);

type Span = { t0: number; t1: number; precision: DatePrecision } | null;

/** The span of an ISO date at a precision, or null when the date is unreadable. */
function spanOfIso(iso: string | null | undefined, precision: DatePrecision): Span {
  const t = parseIsoDay(iso);
  if (t === null) return null;
  const [t0, t1] = spanOf(t, precision);
  return { t0, t1, precision };
}

/**
 * The statement's span: its own date (day-precise) when it differs from the article's, else the
 * article's date at the article's precision (`articleSpan`, computed once per article).
 */
function statementSpan(article: PointSource, s: PointStatement, articleSpan: () => Span): Span {
  const articleIso = article.date?.date ?? null;
  if (!s.date || s.date === articleIso) return articleSpan();
  return spanOfIso(s.date, 'day');
}

/** A window (the article's, or a statement's own) in ms and ISO, with unreadable bounds left open. */
function windowOf(w: [string | null, string | null] | null): Pick<UndatedItem, 'window' | 'windowIso'> {
  const from = parseIsoDay(w?.[0]);
  const to = parseIsoDay(w?.[1]);
  return {
    window: [from, to === null ? null : to + DAY_MS],
    windowIso: [from === null ? null : w![0], to === null ? null : w![1]],
  };
}

/** What a point and an undated item share, read once per statement. */
interface Common {
  a: PointSource;
  s: PointStatement;
  sp: NonNullable<PointStatement['speaker']>;
  i: number;
  key: string;
  speaker: string;
  outlet: string | null;
  language: Language;
  firstWords: string;
}

/*
 * NOTE: points are built as one object literal each, never by spread or Object.assign of a base
 * object: those left V8 objects of this many properties in dictionary mode, which made every later
 * `p.t0` / `p.speaker` read over 50,000 points many times slower. A literal keeps one hidden class.
 */
function makePoint(c: Common, t0: number, t1: number, precision: DatePrecision): TimelinePoint {
  const sp = c.sp;
  return {
    key: c.key,
    articleId: c.a.id,
    statementIndex: c.i,
    speaker: c.speaker,
    speakerId: sp.id,
    speakerNameEn: sp.nameEn,
    role: sp.role ?? null,
    russianOfficial: !!sp.russianOfficial,
    institution: sp.institution ?? null,
    outlet: c.outlet,
    language: c.language,
    kind: c.s.kind,
    aboutSyria: !!c.s.aboutSyria,
    firstWords: c.firstWords,
    t0,
    t1,
    precision,
  };
}

function makeUndated(c: Common, win: Pick<UndatedItem, 'window' | 'windowIso'>): UndatedItem {
  const sp = c.sp;
  return {
    key: c.key,
    articleId: c.a.id,
    statementIndex: c.i,
    speaker: c.speaker,
    speakerId: sp.id,
    speakerNameEn: sp.nameEn,
    role: sp.role ?? null,
    russianOfficial: !!sp.russianOfficial,
    institution: sp.institution ?? null,
    outlet: c.outlet,
    language: c.language,
    kind: c.s.kind,
    aboutSyria: !!c.s.aboutSyria,
    firstWords: c.firstWords,
    window: [win.window[0], win.window[1]],
    windowIso: [win.windowIso[0], win.windowIso[1]],
  };
}

/** Points and undated items of `articles` that pass `opts`. Never throws on missing fields. */
export function timelinePoints(articles: readonly PointSource[], opts: PointFilter = {}): TimelineData {
  const officialsOnly = opts.officialsOnly ?? true;
  const aboutSyriaOnly = opts.aboutSyriaOnly ?? true;
  const allowed = opts.allowedKeys;
  const points: TimelinePoint[] = [];
  const undated: UndatedItem[] = [];
  for (const a of articles) {
    const statements = a?.statements ?? [];
    const outlet = a.outlet?.trim() || null;
    const language: Language = a.language ?? 'other';
    if (!has(opts.outlets, outlet ?? NONE) || !has(opts.languages, language)) continue;
    let win: Pick<UndatedItem, 'window' | 'windowIso'> | null = null;
    let aSpan: Span | undefined;
    const articleSpan = () =>
      aSpan !== undefined ? aSpan : (aSpan = spanOfIso(a.date?.date, a.date?.precision ?? 'day'));
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i];
      const sp = s?.speaker;
      if (!sp) continue;
      if (officialsOnly && !sp.russianOfficial) continue;
      if (aboutSyriaOnly && !s.aboutSyria) continue;
      const speaker = speakerKeyOf(sp);
      const institution = sp.institution ?? null;
      if (!has(opts.speakers, speaker) || !has(opts.institutions, institution ?? NONE)) continue;
      if (!has(opts.kinds, s.kind)) continue;
      const key = `${a.id}:${i}`;
      if (allowed && !allowed.has(key) && !allowed.has(a.id)) continue;
      const c: Common = {
        a,
        s,
        i,
        sp,
        key,
        speaker,
        outlet,
        language,
        firstWords:
          s.firstWords !== undefined && opts.firstWordsCount === undefined
            ? s.firstWords
            : firstWordsOf(s.text ?? s.firstWords ?? '', opts.firstWordsCount),
      };
      const d = statementSpan(a, s, articleSpan);
      if (d) points.push(makePoint(c, d.t0, d.t1, d.precision));
      else {
        if (s.dateWindow) undated.push(makeUndated(c, windowOf(s.dateWindow)));
        else undated.push(makeUndated(c, (win ??= windowOf(a.date?.window ?? null))));
      }
    }
  }
  return { points, undated };
}

/**
 * The part of an undated item's window inside `domain`, for drawing it as a faint span: open
 * ends run to the domain's edge, and `continuesBefore/After` say the window goes on past an edge
 * (or has no bound there) so the UI can fade that end. Null when the item has
 * no window at all or the window lies outside the domain.
 */
export function windowSpan(
  window: readonly [number | null, number | null],
  domain: readonly [number, number],
): { t0: number; t1: number; continuesBefore: boolean; continuesAfter: boolean } | null {
  const [from, to] = window;
  if (from === null && to === null) return null;
  const t0 = Math.max(from ?? -Infinity, domain[0]);
  const t1 = Math.min(to ?? Infinity, domain[1]);
  if (!(t1 > t0)) return null;
  return {
    t0,
    t1,
    continuesBefore: from === null || from < domain[0],
    continuesAfter: to === null || to > domain[1],
  };
}
