/**
 * The stored form of a side-table entry: a JSON array instead of objects with repeated keys (the
 * per-document facet records were a quarter of the saved index), with what all documents of an
 * article share (language, outlet, article id, document type) written once. Unpacking checks
 * every field and throws on anything malformed, so a damaged store leads to a rebuild, not to
 * wrong results.
 *
 * NOTE: changing this layout needs an INDEX_SCHEMA_VERSION bump (schema.ts).
 */

import type { Language, StatementKind } from '../model/article';
import type { ArticleEntry, DocMeta, StatementRef } from './doc-table';

type PackedStatement = [start: number, end: number, quote: string | null, text?: string];
type PackedDoc = [
  id: number,
  si: number,
  date: string | null,
  spk: string[],
  inst: string[],
  kind: StatementKind | null,
  official: boolean | null,
  names: string,
];
type PackedEntry = [
  id: string,
  lang: Language,
  outlet: string | null,
  statements: PackedStatement[],
  docs: PackedDoc[],
];

/** An article's texts, stored apart from its entry (an opened index loads them after the entries). */
export type PackedTexts = [id: string, headline: string | null, subheadline: string | null, body: string];

export function packTexts(e: ArticleEntry): PackedTexts {
  return [e.id, e.headline, e.subheadline, e.body];
}

export function unpackTexts(x: unknown): PackedTexts {
  if (!Array.isArray(x) || x.length !== 4) fail('texts shape');
  const [id, headline, subheadline, body] = x as unknown[];
  if (!isStr(id) || !isStrOrNull(headline) || !isStrOrNull(subheadline) || !isStr(body)) fail('texts');
  return [id, headline, subheadline, body];
}

/** An entry without its texts (packTexts). */
export function packEntry(e: ArticleEntry): PackedEntry {
  const first = e.docs[0];
  return [
    e.id,
    first?.lang ?? 'other',
    first?.outlet ?? null,
    e.statements.map((s): PackedStatement =>
      s.text === undefined ? [s.start, s.end, s.quote] : [s.start, s.end, s.quote, s.text],
    ),
    e.docs.map((d): PackedDoc => [d.id, d.si, d.date, d.spk, d.inst, d.kind, d.official, d.names]),
  ];
}

function fail(what: string): never {
  throw new Error('malformed side table entry: ' + what);
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrOrNull = (x: unknown): x is string | null => x === null || typeof x === 'string';
const isInt = (x: unknown): x is number => Number.isInteger(x);
const isStrList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);
const LANGS = new Set(['ar', 'en', 'ru', 'other']);
const KINDS = new Set(['reported', 'quote', 'headline']);

/** Unpacks an entry; its texts are empty until the caller fills them in (packTexts). */
export function unpackEntry(x: unknown): ArticleEntry {
  if (!Array.isArray(x) || x.length !== 5) fail('shape');
  const [id, lang, outlet, statements, docs] = x as unknown[];
  if (!isStr(id)) fail('id');
  if (!isStr(lang) || !LANGS.has(lang) || !isStrOrNull(outlet)) fail('lang/outlet');
  if (!Array.isArray(statements) || !Array.isArray(docs) || docs.length !== statements.length + 1)
    fail('lists');
  const refs = statements.map((s): StatementRef => {
    if (!Array.isArray(s) || !isInt(s[0]) || !isInt(s[1]) || !isStrOrNull(s[2])) fail('statement');
    if (s.length > 3 && !isStr(s[3])) fail('statement text');
    return s.length > 3
      ? { start: s[0], end: s[1], quote: s[2], text: s[3] }
      : { start: s[0], end: s[1], quote: s[2] };
  });
  const metas = docs.map((d, i): DocMeta => {
    if (!Array.isArray(d) || d.length !== 8) fail('doc');
    const [did, si, date, spk, inst, kind, official, names] = d as unknown[];
    if (!isInt(did) || si !== i - 1 || !isStrOrNull(date) || !isStrList(spk) || !isStrList(inst))
      fail('doc fields');
    if (
      !(kind === null || (isStr(kind) && KINDS.has(kind))) ||
      !(official === null || typeof official === 'boolean')
    ) {
      fail('doc facets');
    }
    if (!isStr(names)) fail('doc names');
    return {
      id: did,
      type: si < 0 ? 'article' : 'statement',
      articleId: id,
      si,
      date,
      lang: lang as Language,
      outlet,
      spk,
      inst,
      kind: kind as StatementKind | null,
      official,
      names,
    };
  });
  return { id, headline: null, subheadline: null, body: '', statements: refs, docs: metas };
}
