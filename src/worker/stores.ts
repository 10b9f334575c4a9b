/**
 * What the library keeps, store by store. Summaries are what the library list needs, kept apart
 * from the full articles so that opening a large library reads little.
 *
 * NOTE: write order on ingest is articles → summaries → files. An article is in the library when
 * its summary is; an interrupted ingest leaves at worst unreferenced article records, which the
 * next ingest of the same file overwrites.
 */
import type { Article, DateInfo } from '../lib/model/article';
import type { Correction } from '../lib/corrections/apply';
import type { Signature } from '../lib/cluster';
import type { MemoryKV, KV } from '../lib/kv';
import type { TimelineRecord } from '../lib/timeline/record';
import type { StoredSummary } from './summary';

export interface FileRecord {
  fileId: string;
  path: string;
  size: number;
  addedAt: number;
  articleIds: string[];
}

/** An article as the story index keeps it: its signature, and what date lending needs. */
export interface StoryRecord extends Signature {
  headline: string | null;
  /** The date the article's own text gives (never a lent one). */
  ownDate: DateInfo;
  /** Ids of its verified near-duplicates (saved on both sides), so a reload need not match again. */
  links?: string[];
}

export interface Stores {
  articles: KV<Article>;
  summaries: KV<StoredSummary>;
  files: KV<FileRecord>;
  /** The user's corrections, by article id; kept apart so they survive re-extraction and re-ingest. */
  corrections: KV<Correction[]>;
  /** Story-cluster signatures (MinHash) of the articles, by article id (see stories.ts). */
  signatures: KV<StoryRecord>;
  /** The search index's export chunks (see lib/search/persist.ts). */
  searchIndex: KV<string>;
  /** The timeline's light copy of each article (lib/timeline/record.ts), as served, by article id. */
  timeline: KV<TimelineRecord>;
  meta: KV<unknown>;
}

export type MemoryStores = { [K in keyof Stores]: MemoryKV<Stores[K] extends KV<infer T> ? T : never> };
