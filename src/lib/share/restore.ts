/**
 * restoreState: the one gate between anything that claims to be a view (JSON from a link, a
 * history entry, a hand-made object) and the app. It reads only the fields spec.ts names, as own
 * properties, at a fixed depth (never walking the input recursively); checks each by type, range
 * and length; drops unknown keys; fills defaults; and builds fresh objects, so nothing from the
 * input (prototype, getters, extra keys) leaks through. Absent (or null) optional fields get
 * their defaults; a field that is present but wrong rejects the whole value, so a damaged or
 * hand-crafted link is refused rather than half shown. Never throws.
 *
 * Strings: single-line fields (headline, names, outlet, query, keys) allow no control characters
 * at all; the texts (article text, statement text) allow tab, newlines, vertical tab and form
 * feed. Everything is kept as plain text: nothing here, or in a restored value, is markup or a URL.
 */

import {
  ARTICLE_ID,
  DEFAULT_COMPARE_OPTIONS,
  ISO_DATE,
  LANGUAGES,
  LIMITS,
  STATEMENT_KINDS,
  type CompareItem,
  type CompareMode,
  type CompareOptions,
  type CompareSpec,
  type EmbeddedSpeaker,
  type Language,
  type StatementKindFilter,
  type TimelineLanes,
  type TimelineSort,
  type TimelineSpec,
  type ViewState,
} from './spec';

/** Thrown inside this module only; restoreState turns it into null. */
class Reject extends Error {}

function reject(): never {
  throw new Reject();
}

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Own property `key` of o; null counts as absent. */
function get(o: Obj, key: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(o, key)) return undefined;
  const v = o[key];
  return v === null ? undefined : v;
}

// eslint-disable-next-line no-control-regex
const CONTROL_SINGLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

/** A single-line string of at most max code units; '' and absent give undefined. */
function line(x: unknown, max: number): string | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== 'string' || x.length > max || CONTROL_SINGLE.test(x)) reject();
  return x === '' ? undefined : x;
}

/** A multi-line text of at most max code units; '' and absent give undefined. */
function text(x: unknown, max: number): string | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== 'string' || x.length > max || CONTROL_TEXT.test(x)) reject();
  return x === '' ? undefined : x;
}

function bool(x: unknown, fallback: boolean): boolean {
  if (x === undefined) return fallback;
  if (typeof x !== 'boolean') reject();
  return x;
}

/** An integer in [lo, hi]. */
function int(x: unknown, lo: number, hi: number): number | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < lo || x > hi) reject();
  return x === 0 ? 0 : x; // -0 → 0
}

function oneOf<T extends string>(x: unknown, allowed: readonly T[]): T | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== 'string' || !(allowed as readonly string[]).includes(x)) reject();
  return x as T;
}

function matching(x: unknown, re: RegExp, max: number): string | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== 'string' || x.length > max || !re.test(x)) reject();
  return x;
}

/** True when s is YYYY-MM-DD naming a real day between 1900 and 2100. */
export function isRealIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function isoDate(x: unknown): string | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== 'string' || x.length !== 10 || !isRealIsoDate(x)) reject();
  return x;
}

/** An array of at most max elements, each mapped by f (which rejects bad ones); duplicates dropped. */
function list(x: unknown, max: number, f: (v: unknown) => string | undefined): string[] {
  if (x === undefined) return [];
  if (!Array.isArray(x) || x.length > max) reject();
  const out: string[] = [];
  for (let i = 0; i < x.length; i++) {
    const v = f(x[i] === null ? undefined : x[i]);
    if (v === undefined) reject();
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

function restoreSpeaker(x: unknown): EmbeddedSpeaker | undefined {
  if (x === undefined) return undefined;
  if (!isObj(x)) reject();
  const nameEn = line(get(x, 'nameEn'), LIMITS.speakerName) ?? reject();
  return {
    nameEn,
    role: line(get(x, 'role'), LIMITS.role) ?? null,
    russianOfficial: bool(get(x, 'russianOfficial'), false),
  };
}

function restoreItem(x: unknown, mode: CompareMode): CompareItem {
  if (!isObj(x)) reject();
  const item: CompareItem = { articleId: matching(get(x, 'articleId'), ARTICLE_ID, 25) ?? reject() };
  const statementIndex = int(get(x, 'statementIndex'), 0, LIMITS.statementIndex);
  if (mode === 'statements') item.statementIndex = statementIndex ?? reject();
  const fields = {
    text: text(get(x, 'text'), LIMITS.text),
    statementText: text(get(x, 'statementText'), LIMITS.statementText),
    headline: line(get(x, 'headline'), LIMITS.headline),
    speaker: restoreSpeaker(get(x, 'speaker')),
    date: isoDate(get(x, 'date')),
    outlet: line(get(x, 'outlet'), LIMITS.outlet),
    language: oneOf(get(x, 'language'), LANGUAGES),
  };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) Object.assign(item, { [k]: v });
  return item;
}

function restoreCompare(x: unknown): CompareSpec {
  if (!isObj(x)) reject();
  const mode = oneOf(get(x, 'mode'), ['versions', 'statements'] as const) ?? reject();
  const raw = get(x, 'items');
  const max = mode === 'versions' ? LIMITS.versionsItems : LIMITS.statementsItems;
  if (!Array.isArray(raw) || raw.length < 1 || raw.length > max) reject();
  const items: CompareItem[] = [];
  for (let i = 0; i < raw.length; i++) items.push(restoreItem(raw[i], mode));
  // An article's text travels once; lend it to the other items of the same article.
  for (const item of items) {
    if (item.text !== undefined) continue;
    const donor = items.find((o) => o.articleId === item.articleId && o.text !== undefined);
    if (donor) item.text = donor.text;
  }
  const o = get(x, 'options');
  if (o !== undefined && !isObj(o)) reject();
  const opts = o ?? {};
  const options: CompareOptions = {
    base: int(get(opts, 'base'), 0, items.length - 1) ?? DEFAULT_COMPARE_OPTIONS.base,
    hideSpelling: bool(get(opts, 'hideSpelling'), DEFAULT_COMPARE_OPTIONS.hideSpelling),
    sort: oneOf(get(opts, 'sort'), ['date', 'given'] as const) ?? DEFAULT_COMPARE_OPTIONS.sort,
  };
  return { mode, items, options };
}

function restoreTimeline(x: unknown): TimelineSpec {
  if (x !== undefined && !isObj(x)) reject();
  const o = x ?? {};
  const from = isoDate(get(o, 'from'));
  const to = isoDate(get(o, 'to'));
  if (from !== undefined && to !== undefined && from > to) reject();
  const spec: TimelineSpec = {
    lanes: oneOf<TimelineLanes>(get(o, 'lanes'), ['speaker', 'institution', 'outlet']) ?? 'speaker',
    speakers: list(get(o, 'speakers'), LIMITS.speakers, (v) => line(v, LIMITS.speakerKey)),
    officialsOnly: bool(get(o, 'officialsOnly'), false),
    hidden: list(get(o, 'hidden'), LIMITS.hidden, (v) => line(v, LIMITS.laneId)),
    pinned: list(get(o, 'pinned'), LIMITS.pinned, (v) => line(v, LIMITS.laneId)),
  };
  const query = line(get(o, 'query'), LIMITS.query);
  if (from !== undefined) spec.from = from;
  if (to !== undefined) spec.to = to;
  if (query !== undefined) spec.query = query;
  // Optional fields: written only when they differ from their defaults.
  const sort = oneOf<TimelineSort>(get(o, 'sort'), ['count', 'name']);
  if (sort === 'name') spec.sort = sort;
  if (bool(get(o, 'aboutSyriaOnly'), true) === false) spec.aboutSyriaOnly = false;
  const institutions = list(get(o, 'institutions'), LIMITS.institutions, (v) => line(v, LIMITS.laneId));
  const outlets = list(get(o, 'outlets'), LIMITS.outlets, (v) => line(v, LIMITS.outlet));
  const languages = list(get(o, 'languages'), LANGUAGES.length, (v) => oneOf(v, LANGUAGES)) as Language[];
  const kinds = list(get(o, 'kinds'), STATEMENT_KINDS.length, (v) => oneOf(v, STATEMENT_KINDS)) as StatementKindFilter[];
  if (institutions.length) spec.institutions = institutions;
  if (outlets.length) spec.outlets = outlets;
  if (languages.length) spec.languages = languages;
  if (kinds.length) spec.kinds = kinds;
  return spec;
}

function restoreView(x: unknown): ViewState {
  if (!isObj(x)) reject();
  const view = get(x, 'view');
  switch (view) {
    case 'library':
    case 'lists':
      return { view };
    case 'article':
      return { view, id: matching(get(x, 'id'), ARTICLE_ID, 25) ?? reject() };
    case 'search': {
      const q = get(x, 'query');
      if (q !== undefined && typeof q !== 'string') reject();
      return { view, query: line(q, LIMITS.query) ?? '' };
    }
    case 'compare':
      return { view, spec: restoreCompare(get(x, 'spec')) };
    case 'timeline':
      return { view, spec: restoreTimeline(get(x, 'spec')) };
    default:
      return reject();
  }
}

/**
 * The view `input` describes, checked and completed, or null when it is not one. Never throws,
 * whatever the input (including proxies and objects with throwing getters).
 */
export function restoreState(input: unknown): ViewState | null {
  try {
    return restoreView(input);
  } catch {
    return null;
  }
}
