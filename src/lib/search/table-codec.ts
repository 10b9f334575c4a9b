/**
 * The stored form of the side table's entries: JSON arrays instead of objects with repeated keys
 * (the per-document facet records were a quarter of the saved index), with what all documents of
 * an article share (language, outlet, article id, document type) written once, kinds and flags as
 * small codes and the speakers' names once per chunk. The texts (headline, subheadline, body,
 * quotes, statements' own texts) are packed apart, so an index can be opened and searched before
 * they are read. Unpacking checks every field and throws on anything malformed, so a damaged store
 * leads to a rebuild, not to wrong results.
 *
 * NOTE: changing this layout needs an INDEX_SCHEMA_VERSION bump (schema.ts).
 */

import type { Language, StatementKind } from '../model/article';
import type { ArticleEntry, ArticleTexts, DocMeta } from './doc-table';

/** A document: [id, date, speaker keys, institutions, kind code, official code, names index]. */
type PackedDoc = [id: number, date: string | null, spk: string[], inst: string[], kind: number, official: number, names: number];
/** An entry: statements as flat [start, end, start, end, …] offsets; docs[0] the article's. */
type PackedEntry = [id: string, lang: Language, outlet: string | null, statements: number[], docs: PackedDoc[]];
/** A chunk of entries: the speakers' names written on statements, each once, then the entries. */
type PackedEntries = [names: string[], entries: PackedEntry[]];
/** An article's texts: headline, subheadline, body, then per statement its quote and its own text (0: a body slice). */
type PackedTexts = [id: string, headline: string | null, subheadline: string | null, body: string, quotes: (string | null)[], own: (string | 0)[]];

const KIND_CODES = [null, 'reported', 'quote', 'headline'] as const;
const OFFICIAL_CODES = [null, false, true] as const;
const LANGS = new Set(['ar', 'en', 'ru', 'other']);

/** Entries without their texts (packTexts). */
export function packEntries(entries: readonly ArticleEntry[]): PackedEntries {
  const names: string[] = [];
  const nameIds = new Map<string, number>();
  const nameId = (n: string) => {
    let i = nameIds.get(n);
    if (i === undefined) nameIds.set(n, (i = names.push(n) - 1));
    return i;
  };
  const packed = entries.map((e): PackedEntry => {
    const first = e.docs[0];
    return [
      e.id,
      first?.lang ?? 'other',
      first?.outlet ?? null,
      e.statements.flatMap((s) => [s.start, s.end]),
      e.docs.map((d): PackedDoc => [d.id, d.date, d.spk, d.inst, KIND_CODES.indexOf(d.kind), OFFICIAL_CODES.indexOf(d.official), nameId(d.names)]),
    ];
  });
  return [names, packed];
}

export function packTexts(entries: readonly ArticleEntry[]): PackedTexts[] {
  return entries.map((e) => [
    e.id,
    e.headline,
    e.subheadline,
    e.body,
    e.statements.map((s) => s.quote),
    e.statements.map((s) => s.text ?? 0),
  ]);
}

function fail(what: string): never {
  throw new Error('malformed side table entry: ' + what);
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrOrNull = (x: unknown): x is string | null => x === null || typeof x === 'string';
const isInt = (x: unknown): x is number => Number.isInteger(x);
const isStrList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);

/** Unpacks a chunk of entries; their texts are empty until the caller fills them in (unpackTexts). */
export function unpackEntries(x: unknown): ArticleEntry[] {
  if (!Array.isArray(x) || x.length !== 2 || !isStrList(x[0]) || !Array.isArray(x[1])) fail('chunk shape');
  const names = x[0] as string[];
  return (x[1] as unknown[]).map((e) => unpackEntry(e, names));
}

function unpackEntry(x: unknown, names: string[]): ArticleEntry {
  if (!Array.isArray(x) || x.length !== 5) fail('shape');
  const [id, lang, outlet, offsets, docs] = x as unknown[];
  if (!isStr(id)) fail('id');
  if (!isStr(lang) || !LANGS.has(lang) || !isStrOrNull(outlet)) fail('lang/outlet');
  if (!Array.isArray(offsets) || offsets.length % 2 || !offsets.every(isInt)) fail('statements');
  if (!Array.isArray(docs) || docs.length !== offsets.length / 2 + 1) fail('lists');
  const statements = [];
  for (let i = 0; i < offsets.length; i += 2) statements.push({ start: offsets[i], end: offsets[i + 1], quote: null });
  const metas = docs.map((d, i): DocMeta => {
    if (!Array.isArray(d) || d.length !== 7) fail('doc');
    const [did, date, spk, inst, kind, official, name] = d as unknown[];
    if (!isInt(did) || !isStrOrNull(date) || !isStrList(spk) || !isStrList(inst)) fail('doc fields');
    if (!isInt(kind) || !(kind in KIND_CODES) || !isInt(official) || !(official in OFFICIAL_CODES)) fail('doc facets');
    if (!isInt(name) || !(name in names)) fail('doc names');
    const si = i - 1;
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
      kind: KIND_CODES[kind] as StatementKind | null,
      official: OFFICIAL_CODES[official],
      names: names[name],
    };
  });
  return { id, headline: null, subheadline: null, body: '', statements, docs: metas };
}

/** Unpacks a chunk of texts: [article id, its texts]. */
export function unpackTexts(x: unknown): [string, ArticleTexts][] {
  if (!Array.isArray(x)) fail('texts chunk shape');
  return x.map((t): [string, ArticleTexts] => {
    if (!Array.isArray(t) || t.length !== 6) fail('texts shape');
    const [id, headline, subheadline, body, quotes, own] = t as unknown[];
    if (!isStr(id) || !isStrOrNull(headline) || !isStrOrNull(subheadline) || !isStr(body)) fail('texts');
    if (!Array.isArray(quotes) || !quotes.every(isStrOrNull) || !Array.isArray(own) || own.length !== quotes.length) fail('statement texts');
    if (!own.every((o) => o === 0 || isStr(o))) fail('statement own texts');
    return [
      id,
      {
        headline,
        subheadline,
        body,
        statements: quotes.map((quote, i) => (own[i] === 0 ? { quote } : { quote, text: own[i] as string })),
      },
    ];
  });
}
