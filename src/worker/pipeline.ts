/**
 * Turns raw records into library articles inside the worker, with what the library knows: the
 * cross-document chrome model (lines recurring across all files ever dropped are site chrome,
 * kept in the `meta` store and loaded on the first ingest of a session) and the user's lists.
 * Stories across articles are stories.ts's job.
 */
import type { Article, RawRecord } from '../lib/model/article';
import { articleId } from '../lib/model/ids';
import {
  addToChromeModel,
  extractArticle,
  FINGERPRINTS,
  restoreChromeModel,
  type ChromeModel,
  type ExtractContext,
} from '../lib/extract';
import { ENGINE_VERSION } from '../lib/extract/version';
import { SpeakerIndex } from '../lib/extract/speakers';
import { addUserSpeakers, SPEAKERS } from '../lib/extract/speakers/speaker-list';
import { restoreUserLists, type UserLists } from '../lib/user-lists/user-lists';
import type { Stores } from './stores';

export const LISTS_KEY = 'userLists';
export const EXTRACTION_KEY = 'extractionKey';

/** What an extraction depends on besides the text: the engine's version and the user's lists. */
export function extractionKey(lists: UserLists): string {
  const json = JSON.stringify(lists);
  let h = 2166136261;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 16777619);
  return `${ENGINE_VERSION}:${(h >>> 0).toString(36)}`;
}

export async function loadUserLists(stores: Stores): Promise<UserLists> {
  return restoreUserLists(await stores.meta.get(LISTS_KEY));
}

function contextOf(lists: UserLists): Omit<ExtractContext, 'chrome'> {
  return {
    speakers: lists.speakers.length ? new SpeakerIndex(addUserSpeakers(SPEAKERS, lists.speakers)) : undefined,
    fingerprints: lists.fingerprints.length ? [...FINGERPRINTS, ...lists.fingerprints] : undefined,
  };
}

export interface Pipeline {
  /** Learns which lines recur across the files of a drop (site chrome). */
  learnChrome(recordsPerFile: RawRecord[][]): void;
  extract(rec: RawRecord, path: string, fileId: string): Promise<Article>;
  /** The same article extracted anew from its original text (id and file kept). */
  reextract(article: Article): Article;
  save(): Promise<void>;
}

const CHROME_KEY = 'chrome';

export async function createPipeline(stores: Stores): Promise<Pipeline> {
  let chrome: ChromeModel = restoreChromeModel(await stores.meta.get(CHROME_KEY));
  const context = contextOf(await loadUserLists(stores));

  return {
    learnChrome(recordsPerFile) {
      chrome = addToChromeModel(
        chrome,
        recordsPerFile.flatMap((records) => records.map((r) => r.text)),
      );
    },

    async extract(rec, path, fileId) {
      const { subheadSpans: _spans, ...extraction } = extractArticle(rec, { ...context, chrome });
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
      const { subheadSpans: _spans, ...extraction } = extractArticle(rec, { ...context, chrome });
      const { id, file, record, entry, raw, meta, fileId, addedAt } = old;
      return { ...extraction, id, file, record, entry, raw, meta, fileId, addedAt };
    },

    async save() {
      await stores.meta.setMany([[CHROME_KEY, chrome]]);
    },
  };
}
