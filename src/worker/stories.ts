/**
 * The library's stories: which articles report the same story (near-duplicates across outlets),
 * and the dates that dated members lend to undated ones. Membership is never written into the
 * articles: a story republished by thousands of pages would make every new copy rewrite every
 * other copy. Instead each article's MinHash signature is stored once (with the headline and the
 * date its own text gives, what date lending needs, and its verified links, so that reloading does
 * not match again), the incremental ClusterIndex is restored from those records when the worker
 * first needs it to link new articles, and stories are computed from it on demand; the story list
 * is saved after each link, so a session that only lists and reads never loads the index.
 * Only articles whose lent date changes are rewritten.
 *
 * NOTE: the index lives in this worker's memory; another tab's worker that adds articles is not
 * seen until this worker restarts (the same holds for the search index).
 */
import type { Article, DateInfo } from '../lib/model/article';
import { ClusterIndex, propagateDates } from '../lib/cluster';
import { dateStatements } from '../lib/extract';
import type { StoryFacts } from '../protocol';
import type { StoryRecord, Stores } from './stores';

/** The story list (groups of ≥ 2 ids) saved after each link, with the number of records it covers. */
const GROUPS_KEY = 'storyGroups';

function membersOf(groups: string[][]): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const group of groups) for (const id of group) members.set(id, group);
  return members;
}

const UNDATED: DateInfo = { date: null, precision: null, window: null, source: null, evidence: null };

/** The article dated as its story lends it (its own date kept in ownDate, statements re-dated). */
export function withLentDate(a: Article, date: DateInfo): Article {
  return { ...a, date, ownDate: a.ownDate ?? a.date, statements: dateStatements(a.statements, date, a.language) };
}

export class Stories {
  #loading: Promise<void> | null = null;
  #index = new ClusterIndex();
  #records = new Map<string, { headline: string | null; ownDate: DateInfo }>();
  /** id → the sorted ids of its story (only ids in a story of ≥ 2); null when stale. */
  #members: Map<string, string[]> | null = null;

  constructor(private readonly stores: Stores) {}

  #load(): Promise<void> {
    return (this.#loading ??= (async () => {
      const records = await this.stores.signatures.values();
      // Records saved with their links are restored without matching; any without are matched.
      for (const r of records) if (r.links) this.#put(r, r.links);
      for (const r of records) if (!r.links) this.#put(r);
    })());
  }

  #put(r: StoryRecord, links?: readonly string[]) {
    if (links) this.#index.restore(r, links);
    else this.#index.add(r);
    this.#records.set(r.id, { headline: r.headline ?? null, ownDate: r.ownDate ?? UNDATED });
  }

  /** Forget everything loaded (after the library is cleared). */
  reset() {
    this.#loading = null;
    this.#index = new ClusterIndex();
    this.#records.clear();
    this.#members = null;
  }

  /**
   * id → its story's sorted ids. Read from the saved story list when the index is not loaded (a
   * session that only lists and reads needs no index), else computed from the index.
   */
  async #stories(): Promise<Map<string, string[]>> {
    if (this.#members) return this.#members;
    if (!this.#loading) {
      const saved = await this.#savedGroups();
      if (saved) return (this.#members = membersOf(saved));
    }
    await this.#load();
    const groups = this.#index.clusters();
    this.#members = membersOf(groups);
    await this.#saveGroups(groups);
    return this.#members;
  }

  /** The story list saved by the last link, if it covers exactly the stored records. */
  async #savedGroups(): Promise<string[][] | null> {
    const [saved, ids] = await Promise.all([this.stores.meta.get(GROUPS_KEY), this.stores.signatures.keys()]);
    const v = saved as { records?: unknown; groups?: unknown } | undefined;
    if (!v || v.records !== ids.length || !Array.isArray(v.groups)) return null;
    if (!v.groups.every((g) => Array.isArray(g) && g.every((id) => typeof id === 'string'))) return null;
    return v.groups as string[][];
  }

  async #saveGroups(groups: string[][]) {
    await this.stores.meta.setMany([[GROUPS_KEY, { records: this.#index.size, groups }]]);
  }

  /**
   * Adds (or replaces) articles (their storyRecord) in the story index and returns the dates to
   * lend: article id → its new DateInfo, for every member of a story touched by these articles
   * whose lent date changes.
   */
  async link(records: StoryRecord[]): Promise<Map<string, DateInfo>> {
    await this.#load();
    // Every record whose links change is saved again: the new ones, their new partners, and the
    // former partners of a replaced one.
    const partners = new Set<string>();
    for (const r of records) {
      for (const id of this.#index.linked(r.id)) partners.add(id);
      this.#put(r);
    }
    for (const r of records) {
      r.links = this.#index.linked(r.id);
      for (const id of r.links) partners.add(id);
    }
    for (const r of records) partners.delete(r.id);
    this.#members = null;
    await this.stores.signatures.setMany(records.map((r) => [r.id, r]));
    const others = [...partners];
    for (let i = 0; i < others.length; i += 500) {
      const batch = (await this.stores.signatures.getMany(others.slice(i, i + 500))).filter((r): r is StoryRecord => !!r);
      await this.stores.signatures.setMany(batch.map((r) => [r.id, { ...r, links: this.#index.linked(r.id) }]));
    }

    const stories = await this.#stories(); // (saves the story list for the next session)
    const touched = new Set<string[]>();
    for (const a of records) {
      const group = stories.get(a.id);
      if (group) touched.add(group);
    }
    const groups = [...touched];
    const items = groups.flat().map((id) => ({ id, ...this.#records.get(id)!, date: this.#records.get(id)!.ownDate }));
    return propagateDates(items, groups);
  }

  /** The other articles of this article's story, sorted. */
  async others(id: string): Promise<string[]> {
    return ((await this.#stories()).get(id) ?? []).filter((x) => x !== id);
  }

  /** Story facts of every listed article, given each one's outlet and date as the user sees them. */
  async facts(list: readonly { id: string; outlet: string | null; date: DateInfo }[]): Promise<Map<string, StoryFacts>> {
    const stories = await this.#stories();
    const byId = new Map(list.map((a) => [a.id, a]));
    const perGroup = new Map<string[], StoryFacts>();
    const out = new Map<string, StoryFacts>();
    for (const a of list) {
      const group = stories.get(a.id);
      if (!group) {
        out.set(a.id, { versions: 1, outlets: a.outlet ? 1 : 0, earliest: a.date.date ? a.id : null });
        continue;
      }
      let f = perGroup.get(group);
      if (!f) {
        const outlets = new Set<string>();
        let earliest: { id: string; key: string } | null = null;
        for (const id of group) {
          const m = byId.get(id);
          if (!m) continue;
          if (m.outlet) outlets.add(m.outlet);
          if (!m.date.date) continue;
          // A version dated by its own text comes before one that borrowed the same date.
          const key = `${m.date.date}${m.date.source === 'cluster' ? 1 : 0}`;
          if (!earliest || key < earliest.key) earliest = { id, key };
        }
        f = { versions: group.length, outlets: outlets.size, earliest: earliest?.id ?? null };
        perGroup.set(group, f);
      }
      out.set(a.id, f);
    }
    return out;
  }
}
