/**
 * Turns raw records into library articles inside the worker, with what the library knows: the
 * cross-document chrome model (lines recurring across all files ever dropped are site chrome,
 * kept in the `meta` store and loaded on the first ingest of a session) and the user's lists.
 * Stories across articles are stories.ts's job.
 */
import type { Article, RawRecord } from '../lib/model/article';
import { addToChromeModel, restoreChromeModel, type ChromeModel } from '../lib/extract';
import { ENGINE_VERSION } from '../lib/extract/version';
import { restoreUserLists, type UserLists } from '../lib/user-lists/user-lists';
import { createExtractor, type Extractor, type ExtractorSetup } from './extractor';
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

export interface Pipeline extends Extractor {
  /** Learns which lines recur across the files of a drop (site chrome). */
  learnChrome(recordsPerFile: RawRecord[][]): void;
  /** What an extractor elsewhere (an extraction helper worker) needs to extract as this one does. */
  setup(): ExtractorSetup;
  save(): Promise<void>;
}

const CHROME_KEY = 'chrome';

export async function createPipeline(stores: Stores): Promise<Pipeline> {
  let chrome: ChromeModel = restoreChromeModel(await stores.meta.get(CHROME_KEY));
  const lists = await loadUserLists(stores);
  let extractor = createExtractor({ chrome, lists });

  return {
    learnChrome(recordsPerFile) {
      chrome = addToChromeModel(
        chrome,
        recordsPerFile.flatMap((records) => records.map((r) => r.text)),
      );
      extractor = createExtractor({ chrome, lists });
    },
    setup: () => ({ chrome, lists }),
    extract: (rec, path, fileId) => extractor.extract(rec, path, fileId),
    reextract: (old: Article) => extractor.reextract(old),
    async save() {
      await stores.meta.setMany([[CHROME_KEY, chrome]]);
    },
  };
}
