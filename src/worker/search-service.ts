/**
 * The library's search index inside the worker: opened from IndexedDB on first use (no
 * re-indexing on reopen), rebuilt from the stored articles — with progress — when the stored
 * index is missing or of another schema or encoder version, kept current as articles are stored
 * or corrected (articles are indexed as the user sees them, corrections applied), and saved
 * after each job.
 */
import { emptyQuery, needsTexts, openIndex, parseQuery, saveIndex, SearchEngine, speakerSpellingsFrom } from '../lib/search';
import { addUserSpeakers, SPEAKERS } from '../lib/extract/speakers/speaker-list';
import type { Article } from '../lib/model/article';
import type { IngestProgress, SearchResponse } from '../protocol';
import { loadUserLists } from './pipeline';
import { hitView } from './search-view';
import { startProgress } from '../progress';
import type { Stores } from './stores';

const BATCH = 500;

/** Set in `meta` while the open index holds changes not yet saved (see SearchService). */
export const INDEX_DIRTY_KEY = 'searchIndexDirty';

export class SearchService {
  #engine: Promise<SearchEngine> | null = null;
  /** Changes since the last save started (bumped by every add). */
  #changes = 0;
  /** Changes the stored index holds. */
  #saved = 0;
  /** Whether the dirty mark is in the store. */
  #marked = false;
  /** The save under way, if any (saves run one after another). */
  #saving: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The opened index's texts arriving (persist.ts loadTexts); settled when it has them all. */
  #texts: Promise<void> = Promise.resolve();
  /** The stored index being opened by warm(), until engine() takes it. */
  #warming: Promise<SearchEngine | null> | null = null;
  /** Bumped by reset(): an index opened before belongs to no one. */
  #generation = 0;

  constructor(
    private readonly stores: Stores,
    /** The article as served (corrections applied). */
    private readonly served: (a: Article) => Promise<Article>,
  ) {}

  engine(progress?: (p: IngestProgress) => void): Promise<SearchEngine> {
    return (this.#engine ??= this.#open(progress));
  }

  /**
   * The open index with every article's texts: what changes, saves and phrase searches need (an
   * index opened from storage reads its texts just after opening).
   */
  async #complete(): Promise<SearchEngine> {
    const engine = await this.engine();
    await this.#texts;
    return engine;
  }

  /**
   * Opens the stored index ahead of the first search, when there is one to open; a rebuild is
   * left to the first request, which shows its progress.
   */
  warm(): void {
    if (!this.#engine) this.#warming ??= this.#openStored();
  }

  async #open(progress?: (p: IngestProgress) => void): Promise<SearchEngine> {
    const warming = this.#warming;
    this.#warming = null;
    const stored = await (warming ?? this.#openStored());
    if (stored) return stored;
    const lists = await loadUserLists(this.stores);
    const engine = new SearchEngine({ speakerSpellings: speakerSpellingsFrom(addUserSpeakers(SPEAKERS, lists.speakers)) });
    await this.#rebuild(engine, progress);
    return engine;
  }

  /** The stored index, opened (its texts on their way), or null when it must be rebuilt. */
  async #openStored(): Promise<SearchEngine | null> {
    const generation = this.#generation;
    const lists = await loadUserLists(this.stores);
    const speakerSpellings = speakerSpellingsFrom(addUserSpeakers(SPEAKERS, lists.speakers));
    const { engine, needsRebuild, loadTexts } = await openIndex(this.stores.searchIndex, { speakerSpellings });
    // A library changed after the stored index was saved (the page closed before the save
    // ended): the stored index may miss articles or hold old versions, so it is rebuilt.
    if (needsRebuild || (await this.stores.meta.get(INDEX_DIRTY_KEY)) === true) return null;
    if (generation !== this.#generation) return null; // reset meanwhile: this index is not used
    // Searches start now; the texts follow. Unreadable texts: the index is rebuilt in place.
    this.#texts = loadTexts().catch(async () => {
      engine.clear();
      await this.#rebuild(engine);
    });
    return engine;
  }

  /** Indexes every stored article into the (empty) engine and saves it. */
  async #rebuild(engine: SearchEngine, progress?: (p: IngestProgress) => void) {
    const ids = await this.stores.summaries.keys();
    const p = startProgress('indexing', { articlesTotal: ids.length });
    for (let i = 0; i < ids.length; i += BATCH) {
      progress?.({ ...p });
      const batch = (await this.stores.articles.getMany(ids.slice(i, i + BATCH))).filter((a): a is Article => !!a);
      for (const a of batch) engine.add(await this.served(a));
      p.articlesDone += batch.length;
    }
    this.#changes++;
    await this.#saveNow(engine);
  }

  /** Indexes stored articles (replacing earlier versions). Until the next save, the stored index is marked out of date. */
  async add(articles: Article[]) {
    if (articles.length === 0) return;
    const engine = await this.#complete();
    for (const a of articles) engine.add(a);
    this.#changes++;
    if (!this.#marked) {
      this.#marked = true;
      await this.stores.meta.setMany([[INDEX_DIRTY_KEY, true]]);
    }
  }

  /** Saves the index now (after any save under way). */
  save(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.#engine) return this.#saving;
    return (this.#saving = this.#saving.then(async () => this.#saveNow(await this.#complete())).catch(() => {}));
  }

  /** Saves after a quiet moment: a correction changes one article, an export rewrites them all. */
  saveSoon(ms = 1500) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.save(), ms);
  }

  /** Resolves when no save is under way (a later change may start another). */
  idle(): Promise<void> {
    return this.#saving;
  }

  /** Writes the index (which must have all its texts) if it changed since the last save. */
  async #saveNow(engine: SearchEngine) {
    const at = this.#changes;
    if (at === this.#saved) return;
    await saveIndex(engine, this.stores.searchIndex);
    this.#saved = at;
    // Changes made while saving keep the mark: the next save clears it.
    if (this.#changes === at) {
      await this.stores.meta.setMany([[INDEX_DIRTY_KEY, false]]);
      this.#marked = false;
    }
  }

  /** Forgets the open index (after the library was cleared or the speaker list changed); wait for idle() first. */
  reset() {
    clearTimeout(this.#timer);
    this.#engine = null;
    this.#warming = null;
    this.#generation++;
    this.#changes = 0;
    this.#saved = 0;
    this.#marked = false;
  }

  async search(
    query: string,
    opts: { limit?: number; offset?: number },
    progress?: (p: IngestProgress) => void,
  ): Promise<SearchResponse> {
    const engine = await this.engine(progress);
    const parsed = parseQuery(query);
    if (needsTexts(parsed)) await this.#texts;
    const run = () => engine.search(parsed, { limit: opts.limit ?? 50, offset: opts.offset ?? 0 });
    const t0 = performance.now();
    let res = run();
    let tookMs = performance.now() - t0;
    const ids = [...new Set(res.hits.map((h) => h.articleId))];
    const articles = new Map<string, Article>();
    const stored = await this.stores.articles.getMany(ids);
    for (const a of stored) if (a) articles.set(a.id, await this.served(a));
    // Texts still on their way: the page's own come from its articles, for the highlights.
    const missing = engine.missingTexts(ids);
    if (missing.length) {
      for (const id of missing) {
        const a = articles.get(id);
        if (a) engine.supplyTexts(a);
      }
      const t1 = performance.now();
      res = run();
      tookMs += performance.now() - t1;
    }
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
