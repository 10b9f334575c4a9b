/**
 * The library's search index inside the worker: opened from IndexedDB on first use (no
 * re-indexing on reopen), rebuilt from the stored articles — with progress — when the stored
 * index is missing or of another schema or encoder version, kept current as articles are stored
 * or corrected (articles are indexed as the user sees them, corrections applied), and saved
 * after each job.
 */
import { emptyQuery, openIndex, saveIndex, speakerSpellingsFrom, type SearchEngine } from '../lib/search';
import { addUserSpeakers, SPEAKERS } from '../lib/extract/speakers/speaker-list';
import type { Article } from '../lib/model/article';
import type { IngestProgress, SearchResponse } from '../protocol';
import { loadUserLists } from './pipeline';
import { hitView } from './search-view';
import { startProgress } from '../progress';
import type { Stores } from './stores';

const BATCH = 500;

export class SearchService {
  #engine: Promise<SearchEngine> | null = null;
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly stores: Stores,
    /** The article as served (corrections applied). */
    private readonly served: (a: Article) => Promise<Article>,
  ) {}

  engine(progress?: (p: IngestProgress) => void): Promise<SearchEngine> {
    return (this.#engine ??= this.#open(progress));
  }

  async #open(progress?: (p: IngestProgress) => void): Promise<SearchEngine> {
    const lists = await loadUserLists(this.stores);
    const speakerSpellings = speakerSpellingsFrom(addUserSpeakers(SPEAKERS, lists.speakers));
    const { engine, needsRebuild } = await openIndex(this.stores.searchIndex, { speakerSpellings });
    if (!needsRebuild) return engine;
    const ids = await this.stores.summaries.keys();
    const p = startProgress('indexing', { articlesTotal: ids.length });
    for (let i = 0; i < ids.length; i += BATCH) {
      progress?.({ ...p });
      const batch = (await this.stores.articles.getMany(ids.slice(i, i + BATCH))).filter((a): a is Article => !!a);
      for (const a of batch) engine.add(await this.served(a));
      p.articlesDone += batch.length;
    }
    this.#dirty = true;
    await this.#save(engine);
    return engine;
  }

  /** Indexes stored articles (replacing earlier versions), if the index is open or stored. */
  async add(articles: Article[]) {
    if (articles.length === 0) return;
    const engine = await this.engine();
    for (const a of articles) engine.add(a);
    this.#dirty = true;
  }

  async save() {
    clearTimeout(this.#timer);
    if (this.#engine) await this.#save(await this.#engine);
  }

  /** Saves after a quiet moment: a correction changes one article, an export rewrites them all. */
  saveSoon(ms = 1500) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.save(), ms);
  }

  async #save(engine: SearchEngine) {
    if (!this.#dirty) return;
    await saveIndex(engine, this.stores.searchIndex);
    this.#dirty = false;
  }

  /** Forgets the open index (after the library was cleared or the speaker list changed). */
  reset() {
    clearTimeout(this.#timer);
    this.#engine = null;
    this.#dirty = false;
  }

  async search(
    query: string,
    opts: { limit?: number; offset?: number },
    progress?: (p: IngestProgress) => void,
  ): Promise<SearchResponse> {
    const engine = await this.engine(progress);
    const t0 = performance.now();
    const res = engine.search(query, { limit: opts.limit ?? 50, offset: opts.offset ?? 0 });
    const tookMs = performance.now() - t0;
    const ids = [...new Set(res.hits.map((h) => h.articleId))];
    const articles = new Map<string, Article>();
    const stored = await this.stores.articles.getMany(ids);
    for (const a of stored) if (a) articles.set(a.id, await this.served(a));
    return {
      query,
      total: res.total,
      hits: res.hits.flatMap((h) => {
        const a = articles.get(h.articleId);
        return a ? [hitView(h, a)] : [];
      }),
      facets: res.facets,
      undatedExcluded: res.undatedExcluded,
      notes: res.notes,
      tookMs,
    };
  }

  /**
   * Statements that hold any of the words (each word's best `perWord` matches) or that any of the
   * speakers made (their `perWord` best), without duplicates: candidates for related statements.
   */
  async statementsWith(words: string[], speakers: string[], perWord = 100): Promise<{ articleId: string; statementIndex: number }[]> {
    const engine = await this.engine();
    const seen = new Set<string>();
    const out: { articleId: string; statementIndex: number }[] = [];
    const lookups = [...words.map((w) => ({ words: [w], speaker: [] as string[] })), ...speakers.map((id) => ({ words: [], speaker: [id] }))];
    for (const l of lookups) {
      const res = engine.search({ ...emptyQuery(), ...l, type: ['statement'] }, { limit: perWord });
      for (const h of res.hits) {
        if (h.statementIndex === null) continue;
        const key = `${h.articleId}:${h.statementIndex}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ articleId: h.articleId, statementIndex: h.statementIndex });
      }
    }
    return out;
  }
}
