/**
 * The worker's API: one function per request type of the protocol, over the Stores interface, so
 * the same code runs in the Web Worker (IndexedDB) and in Node tests (Map-backed stores).
 */
import { PROTOCOL_VERSION } from '../protocol';
import type { Api, IngestProgress } from '../protocol';
import { DEFAULT_LIMITS, type IngestLimits } from '../lib/ingest';
import { restoreUserLists } from '../lib/user-lists/user-lists';
import { addUserSpeakers, SPEAKERS } from '../lib/extract/speakers/speaker-list';
import { speakerOptions } from './speaker-options';
import { createPipeline, LISTS_KEY, loadUserLists, type Pipeline } from './pipeline';
import { Library } from './library';
import { INDEX_DIRTY_KEY, SearchService } from './search-service';
import { TimelineService } from './timeline-service';
import { packTimelineData } from '../lib/timeline/data-codec';
import { CompareService } from './compare-service';
import { Stories } from './stories';
import type { ExtractPool } from './extract-pool';
import { ingestFiles, reextractAll, type JobDeps } from './ingest-job';
import type { Stores } from './stores';

export type Handlers = {
  [K in keyof Api]: (params: Api[K]['params'], progress: (p: IngestProgress) => void) => Promise<Api[K]['result']>;
};

export function createHandlers(
  stores: Stores,
  limits: IngestLimits = DEFAULT_LIMITS,
  pool: ExtractPool | null = null,
): Handlers {
  let pipeline: Pipeline | null = null;
  const stories = new Stories(stores);
  const library = new Library(stores, stories);
  const search = new SearchService(stores, async (a) => (await library.served(a)).article);
  const timeline = new TimelineService(stores, search, async (a) => (await library.served(a)).article, async () =>
    addUserSpeakers(SPEAKERS, (await loadUserLists(stores)).speakers),
  );
  library.onStored = async (served) => {
    await timeline.stored(served);
    return search.add(served);
  };
  const deps: JobDeps = { stores, library, stories, limits, pool, pipeline: async () => (pipeline ??= await createPipeline(stores)) };
  const compare = new CompareService(stores, library, deps.pipeline, search);
  const reextract = async (progress: (p: IngestProgress) => void) => {
    pipeline = null; // rebuilt with the current lists
    await search.idle();
    search.reset(); // speaker spellings may have changed
    const info = await reextractAll(deps, progress);
    await search.save();
    return info;
  };

  return {
    hello: async () => ({ version: PROTOCOL_VERSION }),
    ingest: async ({ files }, progress) => {
      const result = await ingestFiles(deps, files, progress);
      // The index is saved after the reply (it is a copy of what the stores hold; until saved,
      // the stored index is marked out of date and a reopen rebuilds it).
      void search.save();
      return result;
    },
    search: ({ query, limit, offset }, progress) => search.search(query, { limit, offset }, progress),
    timeline: async (params) => packTimelineData(await timeline.data(params)),
    compare: ({ spec }) => compare.compare(spec),
    library: async ({ offset, limit }) => {
      const info = await library.info({ offset, limit });
      // A session's first listing: open the search index meanwhile, so the first search is quick.
      if (!offset && info.total > 0) setTimeout(() => search.warm(), 0);
      return info;
    },
    article: ({ articleId }) => library.article(articleId),
    correct: async ({ articleId, correction }) => {
      const served = await library.correct(articleId, (old) => [
        ...old,
        { ...correction, at: Math.max(correction.at, ...old.map((c) => c.at + 1)) },
      ]);
      search.saveSoon();
      return served;
    },
    uncorrect: async ({ articleId, at }) => {
      const served = await library.correct(articleId, (old) => (at === undefined ? [] : old.filter((c) => c.at !== at)));
      search.saveSoon();
      return served;
    },
    speakers: async () => speakerOptions(addUserSpeakers(SPEAKERS, (await loadUserLists(stores)).speakers)),
    lists: () => loadUserLists(stores),
    setLists: async ({ lists }, progress) => {
      await stores.meta.setMany([[LISTS_KEY, restoreUserLists(lists)]]);
      return reextract(progress);
    },
    reextract: (_params, progress) => reextract(progress),
    persisted: async () => {
      await search.idle();
      return { indexSaved: (await stores.meta.get(INDEX_DIRTY_KEY)) !== true };
    },
    clear: async ({ forgetCorrections }) => {
      const lists = forgetCorrections ? undefined : await stores.meta.get(LISTS_KEY);
      await search.idle(); // a save under way would write the old index back
      search.reset();
      if (forgetCorrections) await stores.corrections.clear();
      const all = [stores.files, stores.summaries, stores.articles, stores.signatures, stores.searchIndex, stores.timeline, stores.meta];
      for (const store of all) await store.clear();
      stories.reset();
      timeline.invalidate();
      if (lists) await stores.meta.setMany([[LISTS_KEY, lists]]);
      pipeline = null;
      return library.info();
    },
  };
}
