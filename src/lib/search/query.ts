/**
 * The search box grammar, parsed into a typed Query. What a user can guess: words (all must
 * match), "exact phrases" (straight, curly “ ” ‘ ’, « », „ quotes), -word and -"phrase" to
 * exclude, and facets `speaker:`, `outlet:`, `lang:`, `from:` / `to:` (ISO date, year-month or
 * year), `kind:` (quote / reported / headline), `official:` (yes / no), `type:` (article /
 * statement). Facet values may be quoted (outlet:"RT Arabic"). The parser never throws: an
 * unclosed quote runs to the end of the input (search-as-you-type), a lone '-' or an empty
 * facet is dropped, and a facet value it cannot read lands in `ignored` so the UI can say so.
 * Words that only look like facets (12:30, http://…) stay words.
 */

import type { Language, StatementKind } from '../model/article';
import type { DocType } from './schema';

export type { DocType } from './schema';

export interface Query {
  /** Free words as typed; every one must match. */
  words: string[];
  /** Phrases as typed; the words must appear adjacent and in order. */
  phrases: string[];
  /** Words or phrases whose documents are dropped. */
  exclude: string[];
  /** Speaker ids or names (any script); several values = any of them. */
  speaker: string[];
  outlet: string[];
  lang: Language[];
  kind: StatementKind[];
  type: DocType[];
  /** true = Russian officials only, false = everyone else, null = no filter. */
  official: boolean | null;
  /** Inclusive ISO bounds (YYYY-MM-DD) or null. */
  from: string | null;
  to: string | null;
  /** Pieces of the input that were not understood ("lang:xx", "from:soon"). */
  ignored: string[];
}

export function emptyQuery(): Query {
  return {
    words: [],
    phrases: [],
    exclude: [],
    speaker: [],
    outlet: [],
    lang: [],
    kind: [],
    type: [],
    official: null,
    from: null,
    to: null,
    ignored: [],
  };
}

/** True when the query asks for nothing (no words, phrases or filters). */
export function isEmptyQuery(q: Query): boolean {
  return (
    !q.words.length &&
    !q.phrases.length &&
    !q.exclude.length &&
    !q.speaker.length &&
    !q.outlet.length &&
    !q.lang.length &&
    !q.kind.length &&
    !q.type.length &&
    q.official === null &&
    !q.from &&
    !q.to
  );
}

/** Opening quote → the characters accepted as its closing quote (keyboards mix them up). */
const QUOTES: Record<string, string> = {
  '"': '"”“',
  '“': '”"“',
  '”': '”"“',
  '„': '“”"',
  '«': '»"',
  '»': '«"',
  '‘': '’‘',
  '″': '″"',
  '＂': '＂"',
};
const FACETS = new Set(['speaker', 'outlet', 'lang', 'from', 'to', 'kind', 'official', 'type']);
const LANGS: Record<string, Language> = {
  ar: 'ar',
  arabic: 'ar',
  en: 'en',
  english: 'en',
  ru: 'ru',
  russian: 'ru',
  other: 'other',
  عربي: 'ar',
  العربية: 'ar',
  انجليزي: 'en',
  الإنجليزية: 'en',
  روسي: 'ru',
  الروسية: 'ru',
  русский: 'ru',
  английский: 'en',
  арабский: 'ar',
};
const KINDS: Record<string, StatementKind> = {
  quote: 'quote',
  quotes: 'quote',
  reported: 'reported',
  headline: 'headline',
  headlines: 'headline',
};
const TYPES: Record<string, DocType> = {
  article: 'article',
  articles: 'article',
  statement: 'statement',
  statements: 'statement',
};
const YES = new Set(['yes', 'y', 'true', '1', 'نعم', 'да']);
const NO = new Set(['no', 'n', 'false', '0', 'لا', 'нет']);

interface Piece {
  text: string;
  quoted: boolean;
  negated: boolean;
  /** Facet name when the piece was written name:value. */
  facet: string | null;
}

function toAsciiDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO bound for a from:/to: value, or null when it is not a date. */
export function parseDateBound(value: string, end: boolean): string | null {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(toAsciiDigits(value.trim()));
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12) return null;
  const dim = daysInMonth(y, mo);
  const d = m[3] ? Number(m[3]) : end ? dim : 1;
  if (d < 1 || d > dim) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Cuts the input into pieces: bare words, quoted phrases, facet:value pairs, each maybe negated. */
function pieces(input: string): Piece[] {
  const out: Piece[] = [];
  const s = input.normalize('NFC');
  let i = 0;
  const n = s.length;
  const isSpace = (ch: string) => /\s/.test(ch);
  const readQuoted = (open: number): [string, number] => {
    const closers = QUOTES[s[open]];
    let j = open + 1;
    while (j < n && !closers.includes(s[j])) j++;
    // an unclosed quote runs to the end
    return [s.slice(open + 1, j), Math.min(j + 1, n)];
  };
  while (i < n) {
    if (isSpace(s[i])) {
      i++;
      continue;
    }
    let negated = false;
    if (s[i] === '-' && i + 1 < n && !isSpace(s[i + 1])) {
      negated = true;
      i++;
    }
    if (QUOTES[s[i]] !== undefined) {
      const [text, next] = readQuoted(i);
      out.push({ text, quoted: true, negated, facet: null });
      i = next;
      continue;
    }
    let j = i;
    while (j < n && !isSpace(s[j]) && !(j > i && QUOTES[s[j]] !== undefined && s[j - 1] !== ':')) j++;
    const word = s.slice(i, j);
    const colon = word.indexOf(':');
    const name = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
    if (FACETS.has(name)) {
      let value = word.slice(colon + 1);
      if (value && QUOTES[value[0]] !== undefined) {
        const [text, next] = readQuoted(i + colon + 1);
        value = text;
        j = next;
      }
      out.push({ text: value.trim(), quoted: false, negated, facet: name });
    } else if (word !== '-' && word) {
      out.push({ text: word, quoted: false, negated, facet: null });
    }
    i = j;
  }
  return out;
}

function addUnique<T>(list: T[], v: T) {
  if (!list.includes(v)) list.push(v);
}

/** Parses the search box. Accepts any string (and non-strings, as an empty query). */
export function parseQuery(input: unknown): Query {
  const q = emptyQuery();
  if (typeof input !== 'string') return q;
  let fromRaw: string | null = null;
  let toRaw: string | null = null;
  for (const p of pieces(input.slice(0, 2000))) {
    if (!p.facet) {
      const text = p.text.trim();
      if (!text) continue;
      if (p.negated) addUnique(q.exclude, text);
      else if (p.quoted && /\s/.test(text)) addUnique(q.phrases, text);
      else addUnique(q.words, text);
      continue;
    }
    const raw = p.text;
    const v = raw.toLowerCase();
    const label = `${p.negated ? '-' : ''}${p.facet}:${raw}`;
    if (!raw) continue;
    if (p.negated) {
      q.ignored.push(label); // negated facets are not supported
      continue;
    }
    switch (p.facet) {
      case 'speaker':
        addUnique(q.speaker, raw);
        break;
      case 'outlet':
        addUnique(q.outlet, raw);
        break;
      case 'lang':
        if (LANGS[v]) addUnique(q.lang, LANGS[v]);
        else q.ignored.push(label);
        break;
      case 'kind':
        if (KINDS[v]) addUnique(q.kind, KINDS[v]);
        else q.ignored.push(label);
        break;
      case 'type':
        if (TYPES[v]) addUnique(q.type, TYPES[v]);
        else q.ignored.push(label);
        break;
      case 'official':
        if (YES.has(v)) q.official = true;
        else if (NO.has(v)) q.official = false;
        else q.ignored.push(label);
        break;
      case 'from':
      case 'to':
        if (!parseDateBound(raw, false)) q.ignored.push(label);
        else if (p.facet === 'from') fromRaw = raw;
        else toRaw = raw;
        break;
    }
  }
  // from:2016 to:2014 is read as the span 2014–2016
  if (fromRaw && toRaw && parseDateBound(fromRaw, false)! > parseDateBound(toRaw, true)!) {
    [fromRaw, toRaw] = [toRaw, fromRaw];
  }
  q.from = fromRaw ? parseDateBound(fromRaw, false) : null;
  q.to = toRaw ? parseDateBound(toRaw, true) : null;
  return q;
}
