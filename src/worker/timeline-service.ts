/**
 * The timeline's data in the worker: every statement of the library (as the user sees it,
 * corrections applied) turned into points by lib/timeline, filtered as the view asks, and —
 * when the view has a query — restricted to what the search index matches; with the Arabic and
 * Russian names of the listed speakers in it, for the lane labels.
 *
 * The points are built from light records (lib/timeline/record.ts: no raw text, body or
 * statement text), one per article in the `timeline` store, written whenever the library stores
 * or corrects an article (library.onStored → `stored`). Opening the timeline reads that store in
 * one request and keeps the records in memory, patched as articles are stored. An article with a
 * summary but no current record (a library from before the records, or a job interrupted between
 * the two writes) gets its record built from the article once, and saved.
 */
import type { Article } from '../lib/model/article';
import {
  isCurrentRecord,
  speakerNames,
  timelinePoints,
  toTimelineRecord,
  type NamedSpeaker,
  type TimelineData,
  type TimelineRecord,
} from '../lib/timeline';
import type { TimelineParams } from '../protocol';
import type { SearchService } from './search-service';
import type { Stores } from './stores';

const PAGE = 1000;
const MAX_MATCHES = 200_000;
const BUILD_BATCH = 500;

export class TimelineService {
  #records: Promise<Map<string, TimelineRecord>> | null = null;
  /** The records in library order, rebuilt after a change. */
  #list: TimelineRecord[] | null = null;

  constructor(
    private readonly stores: Stores,
    private readonly search: SearchService,
    private readonly served: (a: Article) => Promise<Article>,
    /** The speaker list with the user's additions (for the lane names). */
    private readonly speakers: () => Promise<readonly NamedSpeaker[]> = async () => [],
  ) {}

  /** Forget what is loaded (after the library is cleared). */
  invalidate() {
    this.#records = null;
    this.#list = null;
  }

  /** Writes the records of articles just stored or corrected (as served) and keeps them loaded. */
  async stored(served: readonly Article[]): Promise<void> {
    if (!served.length) return;
    const records = served.map(toTimelineRecord);
    await this.stores.timeline.setMany(records.map((r) => [r.id, r]));
    const loaded = this.#records;
    if (!loaded) return;
    const map = await loaded;
    for (const r of records) map.set(r.id, r);
    this.#list = null;
  }

  async #load(): Promise<Map<string, TimelineRecord>> {
    const [ids, stored] = await Promise.all([this.stores.summaries.keys(), this.stores.timeline.values()]);
    const byId = new Map<string, TimelineRecord>();
    for (const r of stored) if (isCurrentRecord(r)) byId.set(r.id, r);
    const missing = ids.filter((id) => !byId.has(id));
    for (let i = 0; i < missing.length; i += BUILD_BATCH) {
      const built: TimelineRecord[] = [];
      for (const a of await this.stores.articles.getMany(missing.slice(i, i + BUILD_BATCH)))
        if (a) built.push(toTimelineRecord(await this.served(a)));
      await this.stores.timeline.setMany(built.map((r) => [r.id, r]));
      for (const r of built) byId.set(r.id, r);
    }
    // Library (summary) order; records of articles not in the library are left out.
    const out = new Map<string, TimelineRecord>();
    for (const id of ids) {
      const r = byId.get(id);
      if (r) out.set(id, r);
    }
    return out;
  }

  async #all(): Promise<TimelineRecord[]> {
    const records = (this.#records ??= this.#load());
    try {
      const map = await records;
      return (this.#list ??= [...map.values()]);
    } catch (e) {
      if (this.#records === records) this.#records = null; // try again next time
      throw e;
    }
  }

  /** Keys (`articleId:index`) of the statements a query matches (the timeline shows statements). */
  async #allowed(query: string): Promise<Set<string>> {
    const keys = new Set<string>();
    for (let offset = 0; offset < MAX_MATCHES; offset += PAGE) {
      const res = await this.search.search(query, { limit: PAGE, offset });
      for (const h of res.hits) if (h.statementIndex !== null) keys.add(`${h.articleId}:${h.statementIndex}`);
      if (offset + PAGE >= res.total) break;
    }
    return keys;
  }

  async data(p: TimelineParams): Promise<TimelineData> {
    const [records, allowedKeys, list] = await Promise.all([
      this.#all(),
      p.query.trim() ? this.#allowed(p.query) : undefined,
      this.speakers(),
    ]);
    const data = timelinePoints(records, {
      officialsOnly: p.officialsOnly,
      aboutSyriaOnly: p.aboutSyriaOnly,
      speakers: new Set(p.speakers),
      institutions: new Set(p.institutions),
      outlets: new Set(p.outlets),
      languages: new Set(p.languages),
      kinds: new Set(p.kinds),
      allowedKeys,
    });
    const keys = new Set<string>();
    for (const x of data.points) keys.add(x.speaker);
    for (const x of data.undated) keys.add(x.speaker);
    return { ...data, names: speakerNames(list, keys) };
  }
}
