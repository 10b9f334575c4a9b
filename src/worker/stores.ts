/**
 * What the library keeps, store by store. Summaries are what the library list needs, kept apart
 * from the full articles so that opening a large library reads little.
 *
 * NOTE: write order on ingest is articles → summaries → files. An article is in the library when
 * its summary is; an interrupted ingest leaves at worst unreferenced article records, which the
 * next ingest of the same file overwrites.
 */
import type { Article } from '../lib/model/article';
import type { Correction } from '../lib/corrections/apply';
import type { Signature } from '../lib/cluster';
import type { MemoryKV, KV } from '../lib/kv';
import type { ArticleSummary } from '../protocol';

export interface FileRecord {
  fileId: string;
  path: string;
  size: number;
  addedAt: number;
  articleIds: string[];
}

export interface Stores {
  articles: KV<Article>;
  summaries: KV<ArticleSummary>;
  files: KV<FileRecord>;
  /** The user's corrections, by article id; kept apart so they survive re-extraction and re-ingest. */
  corrections: KV<Correction[]>;
  /** Story-cluster signatures (MinHash) of the articles, by article id. */
  signatures: KV<Signature>;
  /** The search index's export chunks (see lib/search/persist.ts). */
  searchIndex: KV<string>;
  meta: KV<unknown>;
}

export type MemoryStores = { [K in keyof Stores]: MemoryKV<Stores[K] extends KV<infer T> ? T : never> };
