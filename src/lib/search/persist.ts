/**
 * Saving the search index to a KV<string> store and opening it again, so the app does not
 * re-encode the whole library on every start. Written: `meta` (versions, chunk keys, counts,
 * compression), `flex:<n>` (flexsearch export chunks), `table:<n>` (side-table entries),
 * `texts:<n>` (their articles' texts, read after the rest: loadTexts) and the
 * statement postings (`statements:terms`, `statements:postings`, statement-postings.ts), the
 * chunks gzip-compressed (chunk-codec.ts), all in one atomic setMany; keys of an older save that are no longer used are deleted after.
 * On open, a stored index whose INDEX_SCHEMA_VERSION or ENCODER_VERSION differs from the running
 * code, or that is missing or unreadable, is not loaded: `needsRebuild` tells the caller to
 * re-add the stored articles (flexsearch's export carries no encoder, so terms made by another
 * encoder would silently stop matching).
 *
 * NOTE: bump INDEX_SCHEMA_VERSION when upgrading flexsearch changes its export format.
 */

import type { KV } from '../kv';
import { CHUNK_COMPRESSION, decodeBytes, decodeChunk, encodeBytes, encodeChunk } from './chunk-codec';
import type { ChunkCompression } from './chunk-codec';
import { ENCODER_VERSION } from './encoder';
import { SearchEngine } from './engine';
import type { EngineOptions } from './engine';
import { INDEX_SCHEMA_VERSION } from './schema';
import { StatementPostings } from './statement-postings';

export const META_KEY = 'meta';
const FLEX_PREFIX = 'flex:';
const TABLE_PREFIX = 'table:';
const TEXTS_PREFIX = 'texts:';
const STATEMENT_TERMS_KEY = 'statements:terms';
const STATEMENT_POSTINGS_KEY = 'statements:postings';

export interface IndexMeta {
  schema: number;
  encoder: number;
  savedAt: number;
  nextId: number;
  articles: number;
  docs: number;
  /** flexsearch export keys, in export order; chunk i is stored under flex:i. */
  flexKeys: string[];
  tableChunks: number;
  /** Ids of removed documents still inside the flexsearch chunks (see SearchEngine.garbage). */
  stale: number[];
  /** How the chunks are stored (chunk-codec.ts); absent = as they are. */
  compression?: ChunkCompression;
}

export interface OpenResult {
  engine: SearchEngine;
  /** True when the caller must re-add its stored articles to `engine` (which is then empty). */
  needsRebuild: boolean;
  /**
   * Reads the articles' texts into the opened engine, which until then answers searches without
   * phrases (SearchEngine.textsComplete); rejects when they are unreadable (then rebuild).
   * Resolves at once after a rebuild or when there is nothing to load.
   */
  loadTexts: () => Promise<void>;
  /** Why a rebuild is needed, or null. */
  reason: string | null;
  meta: IndexMeta | null;
}

/** Writes the engine's index to `kv` (replacing what an earlier save left there). */
export async function saveIndex(engine: SearchEngine, kv: KV<string>, now = Date.now()): Promise<IndexMeta> {
  // side tables and counts first: everything is read before the first await
  const { entries: table, texts } = engine.table.toChunks();
  const { nextId } = engine.table;
  const { articles, docs } = engine.size;
  const staleIds = engine.staleIds;
  const statements = engine.statementPostings.toChunk();
  const flex = await engine.flexIndex.exportChunks();
  const meta: IndexMeta = {
    schema: INDEX_SCHEMA_VERSION,
    encoder: ENCODER_VERSION,
    savedAt: now,
    nextId,
    articles,
    docs,
    flexKeys: flex.map(([k]) => k),
    tableChunks: table.length,
    stale: staleIds,
    compression: CHUNK_COMPRESSION,
  };
  const enc = (data: string) => encodeChunk(data, CHUNK_COMPRESSION);
  const entries: [string, string][] = [
    ...(await Promise.all(flex.map(async ([, data], i): Promise<[string, string]> => [FLEX_PREFIX + i, await enc(data)]))),
    ...(await Promise.all(table.map(async (data, i): Promise<[string, string]> => [TABLE_PREFIX + i, await enc(data)]))),
    ...(await Promise.all(texts.map(async (data, i): Promise<[string, string]> => [TEXTS_PREFIX + i, await enc(data)]))),
    [STATEMENT_TERMS_KEY, await enc(statements.terms)],
    [STATEMENT_POSTINGS_KEY, await encodeBytes(statements.postings, CHUNK_COMPRESSION)],
    [META_KEY, JSON.stringify(meta)],
  ];
  const written = new Set(entries.map(([k]) => k));
  const before = await kv.keys();
  await kv.setMany(entries);
  const unused = before.filter(
    (k) => !written.has(k) && [FLEX_PREFIX, TABLE_PREFIX, TEXTS_PREFIX].some((p) => k.startsWith(p)),
  );
  if (unused.length) await kv.delMany(unused);
  return meta;
}

function readMeta(raw: string | undefined): IndexMeta | null {
  if (typeof raw !== 'string') return null;
  try {
    const m = JSON.parse(raw) as IndexMeta;
    const ok =
      m &&
      Number.isInteger(m.schema) &&
      Number.isInteger(m.encoder) &&
      Number.isInteger(m.nextId) &&
      Array.isArray(m.flexKeys) &&
      m.flexKeys.every((k) => typeof k === 'string') &&
      Number.isInteger(m.tableChunks) &&
      Array.isArray(m.stale) &&
      m.stale.every((id) => Number.isInteger(id)) &&
      (m.compression === undefined || m.compression === null || m.compression === 'gzip');
    return ok ? m : null;
  } catch {
    return null;
  }
}

/** Opens the index stored in `kv`, or an empty engine with `needsRebuild` and the reason. */
export async function openIndex(kv: KV<string>, options: EngineOptions = {}): Promise<OpenResult> {
  const rebuild = (reason: string, meta: IndexMeta | null = null): OpenResult => ({
    engine: new SearchEngine(options),
    needsRebuild: true,
    loadTexts: () => Promise.resolve(),
    reason,
    meta,
  });
  const rawMeta = await kv.get(META_KEY);
  if (rawMeta === undefined) return rebuild('no stored index');
  const meta = readMeta(rawMeta);
  if (!meta) return rebuild('stored index metadata is unreadable');
  if (meta.schema !== INDEX_SCHEMA_VERSION) {
    return rebuild(`index schema ${meta.schema} stored, ${INDEX_SCHEMA_VERSION} expected`, meta);
  }
  if (meta.encoder !== ENCODER_VERSION) {
    return rebuild(`encoder version ${meta.encoder} stored, ${ENCODER_VERSION} expected`, meta);
  }
  try {
    const flexData = await kv.getMany(meta.flexKeys.map((_, i) => FLEX_PREFIX + i));
    const tableData = await kv.getMany(Array.from({ length: meta.tableChunks }, (_, i) => TABLE_PREFIX + i));
    const [terms, postings] = await kv.getMany([STATEMENT_TERMS_KEY, STATEMENT_POSTINGS_KEY]);
    if (
      flexData.some((d) => typeof d !== 'string') ||
      tableData.some((d) => typeof d !== 'string') ||
      typeof terms !== 'string' ||
      typeof postings !== 'string'
    ) {
      return rebuild('stored index is incomplete', meta);
    }
    const how = meta.compression ?? null;
    const dec = (data: string | undefined) => decodeChunk(data as string, how);
    const [flexTexts, tableTexts, termsText, postingBytes] = await Promise.all([
      Promise.all(flexData.map(dec)),
      Promise.all(tableData.map(dec)),
      dec(terms),
      decodeBytes(postings, how),
    ]);
    const engine = new SearchEngine(options);
    const flexChunks = meta.flexKeys.map((k, i): [string, string] => [k, flexTexts[i]]);
    const statements = StatementPostings.fromChunk(termsText, postingBytes);
    await engine.restore(tableTexts, meta.nextId, flexChunks, statements, meta.stale);
    if (engine.size.articles !== meta.articles || engine.size.docs !== meta.docs) {
      return rebuild('stored index does not add up', meta);
    }
    const loadTexts = async () => {
      for (let i = 0; i < meta.tableChunks; i++) {
        const data = await kv.get(TEXTS_PREFIX + i);
        if (typeof data !== 'string') throw new Error('stored index texts are incomplete');
        engine.loadTexts(await decodeChunk(data, how));
      }
      if (!engine.textsComplete) throw new Error('stored index texts do not cover every article');
    };
    return { engine, needsRebuild: false, loadTexts, reason: null, meta };
  } catch (e) {
    return rebuild(`stored index could not be read (${e instanceof Error ? e.message : String(e)})`, meta);
  }
}
