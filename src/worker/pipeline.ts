/**
 * Turns raw records into library articles inside the worker. PROVISIONAL until the extraction
 * engine lands: an article is its raw text with a provisional title.
 */
import type { Article, RawRecord } from '../lib/model/article';
import { articleId } from '../lib/model/ids';
import type { Stores } from './stores';

export interface Pipeline {
  /** Learns which lines recur across the files of a drop (site chrome). */
  learnChrome(recordsPerFile: RawRecord[][]): void;
  extract(rec: RawRecord, path: string, fileId: string): Promise<Article>;
  /** Links new articles to near-duplicates in the library; returns stored articles that changed. */
  link(articles: Article[]): Promise<Article[]>;
  save(): Promise<void>;
}

export async function createPipeline(_stores: Stores): Promise<Pipeline> {
  return {
    learnChrome() {},
    async extract(rec, path, fileId) {
      const text = rec.text;
      return {
        id: await articleId(text),
        file: path,
        record: rec.record,
        entry: rec.entry,
        raw: text,
        meta: rec.meta,
        fileId,
        addedAt: Date.now(),
        nearDuplicates: [],
        language: /[\u0600-\u06ff]/.test(text) ? 'ar' : /[а-яё]/i.test(text) ? 'ru' : 'en',
        headline: rec.meta.title ?? null,
        subheadline: null,
        subheads: [],
        body: text,
        removed: [],
        outlet: null,
        outletEvidence: null,
        creditedSource: null,
        creditedSourceEvidence: null,
        url: rec.meta.url ?? null,
        date: { date: null, precision: null, window: null, evidence: null, source: null },
        statements: [],
      };
    },
    async link() {
      return [];
    },
    async save() {},
  };
}
