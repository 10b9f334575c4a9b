/**
 * Turns raw records into library articles inside the worker, with what the library knows:
 * the cross-document chrome model (lines recurring across all files ever dropped are site chrome)
 * and the incremental story-cluster index (near-duplicates across the whole library, and the
 * dates that dated members lend to undated ones). Both persist in the `meta` and `signatures`
 * stores and are loaded lazily, on the first ingest of a session.
 */
import type { Article, RawRecord } from '../lib/model/article';
import { articleId } from '../lib/model/ids';
import {
  addToChromeModel,
  dateStatements,
  extractArticle,
  FINGERPRINTS,
  restoreChromeModel,
  type ChromeModel,
  type ExtractContext,
} from '../lib/extract';
import { ENGINE_VERSION } from '../lib/extract/version';
import { SpeakerIndex } from '../lib/extract/speakers';
import { addUserSpeakers, SPEAKERS } from '../lib/extract/speakers/speaker-list';
import { ClusterIndex, propagateDates, signature } from '../lib/cluster';
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
  /** The same article extracted anew from its original text (id, file and links kept). */
  reextract(article: Article): Article;
  /**
   * Links new (already stored) articles to their near-duplicates across the library and lends
   * dates inside each story. Returns every article whose nearDuplicates or date changed.
   */
  link(articles: Article[]): Promise<Article[]>;
  save(): Promise<void>;
}

const CHROME_KEY = 'chrome';

export async function createPipeline(stores: Stores): Promise<Pipeline> {
  let chrome: ChromeModel = restoreChromeModel(await stores.meta.get(CHROME_KEY));
  const context = contextOf(await loadUserLists(stores));
  const clusters = new ClusterIndex();
  for (const sig of await stores.signatures.values()) clusters.add(sig);

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
        nearDuplicates: [],
      };
    },

    reextract(old) {
      const rec: RawRecord = { text: old.raw, meta: old.meta, record: old.record, entry: old.entry };
      const { subheadSpans: _spans, ...extraction } = extractArticle(rec, { ...context, chrome });
      const { id, file, record, entry, raw, meta, fileId, addedAt, nearDuplicates } = old;
      return { ...extraction, id, file, record, entry, raw, meta, fileId, addedAt, nearDuplicates };
    },

    async link(articles) {
      const fresh = new Map(articles.map((a) => [a.id, a]));
      const sigs = articles.map((a) => signature({ id: a.id, text: `${a.headline ?? ''}\n${a.body}` }));
      for (const sig of sigs) {
        if (clusters.has(sig.id)) clusters.remove(sig.id);
        clusters.add(sig);
      }
      await stores.signatures.setMany(sigs.map((s) => [s.id, s]));

      const changed: Article[] = [];
      for (const members of clusters.clusters()) {
        if (!members.some((id) => fresh.has(id))) continue;
        const oldIds = members.filter((id) => !fresh.has(id));
        const old = (await stores.articles.getMany(oldIds)).filter((a): a is Article => a !== undefined);
        const group = [...members.flatMap((id) => fresh.get(id) ?? [])];
        group.push(...old);
        // NOTE: dates are lent from what each member's own text says, never from a lent date.
        const own = group.map((a) => ({ id: a.id, headline: a.headline, date: a.ownDate ?? a.date }));
        const lent = propagateDates(own, [group.map((a) => a.id)]);
        for (const a of group) {
          const nearDuplicates = group.map((b) => b.id).filter((id) => id !== a.id).sort();
          const date = lent.get(a.id);
          const sameLinks = nearDuplicates.join() === [...a.nearDuplicates].sort().join();
          const sameDate = !date || JSON.stringify(date) === JSON.stringify(a.date);
          if (sameLinks && sameDate) continue;
          changed.push({
            ...a,
            nearDuplicates,
            ...(date && !sameDate
              ? { date, ownDate: a.ownDate ?? a.date, statements: dateStatements(a.statements, date, a.language) }
              : {}),
          });
        }
      }
      return changed;
    },

    async save() {
      await stores.meta.setMany([[CHROME_KEY, chrome]]);
    },
  };
}
