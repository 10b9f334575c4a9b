/**
 * Extraction of raw records into library articles, given what the library knows: the chrome
 * model (lines recurring across the library's files are site chrome) and the user's lists. Holds
 * no store, so the same code runs in the ingest worker and in its extraction helpers
 * (extract-worker.ts), which receive the chrome model and the lists in a message.
 */
import type { Article, RawRecord } from '../lib/model/article';
import { articleId } from '../lib/model/ids';
import { extractArticle, FINGERPRINTS, type ChromeModel, type ExtractContext } from '../lib/extract';
import { SpeakerIndex } from '../lib/extract/speakers';
import { addUserSpeakers, SPEAKERS } from '../lib/extract/speakers/speaker-list';
import type { UserLists } from '../lib/user-lists/user-lists';
import type { StoryRecord } from './stores';
import { storyRecord } from './story-record';

/** Everything an extraction depends on besides the record (structured-cloneable). */
export interface ExtractorSetup {
  chrome: ChromeModel;
  lists: UserLists;
}

/** One file's records to extract. */
export interface FileJob {
  path: string;
  fileId: string;
  records: RawRecord[];
}

export interface Extractor {
  extract(rec: RawRecord, path: string, fileId: string): Promise<Article>;
  /** The same article extracted anew from its original text (id and file kept). */
  reextract(article: Article): Article;
}

function contextOf(lists: UserLists): Omit<ExtractContext, 'chrome'> {
  return {
    speakers: lists.speakers.length ? new SpeakerIndex(addUserSpeakers(SPEAKERS, lists.speakers)) : undefined,
    fingerprints: lists.fingerprints.length ? [...FINGERPRINTS, ...lists.fingerprints] : undefined,
  };
}

export function createExtractor({ chrome, lists }: ExtractorSetup): Extractor {
  const context = { ...contextOf(lists), chrome };
  return {
    async extract(rec, path, fileId) {
      const { subheadSpans: _spans, ...extraction } = extractArticle(rec, context);
      return {
        ...extraction,
        id: await articleId(rec.text),
        file: path,
        record: rec.record,
        entry: rec.entry,
        raw: rec.text,
        meta: rec.meta,
        fileId,
        addedAt: Date.now(),
      };
    },

    reextract(old) {
      const rec: RawRecord = { text: old.raw, meta: old.meta, record: old.record, entry: old.entry };
      const { subheadSpans: _spans, ...extraction } = extractArticle(rec, context);
      const { id, file, record, entry, raw, meta, fileId, addedAt } = old;
      return { ...extraction, id, file, record, entry, raw, meta, fileId, addedAt };
    },
  };
}

/** A file's extraction: its articles in record order, and what the story index keeps of each. */
export interface Extracted {
  articles: Article[];
  stories: StoryRecord[];
}

/** Extracts a file's records (or a chunk of them) in this thread. */
export async function extractFile(extractor: Extractor, job: FileJob): Promise<Extracted> {
  // All at once: each article's id (a Web Crypto digest, answered off this thread) is computed
  // while the next records are extracted, instead of this thread waiting for each in turn.
  const articles = await Promise.all(job.records.map((rec) => extractor.extract(rec, job.path, job.fileId)));
  return { articles, stories: articles.map(storyRecord) };
}
