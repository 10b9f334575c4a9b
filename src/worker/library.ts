/**
 * The library as stored: listing (summaries), writing articles in the order that keeps an
 * interrupted job consistent (articles → summaries; see stores.ts), and serving articles with
 * the user's corrections applied.
 */
import type { ArticleSummary, CorrectedArticle, LibraryInfo } from '../protocol';
import type { Article } from '../lib/model/article';
import { applyCorrections, type Correction } from '../lib/corrections/apply';
import { summarise } from './summary';
import type { Stories } from './stories';
import { EXTRACTION_KEY, extractionKey, loadUserLists } from './pipeline';
import type { Stores } from './stores';

/** Told of every article as the user sees it (corrections applied) whenever it is stored or corrected. */
export type OnStored = (served: Article[]) => Promise<void>;

/** Summaries per page of the library list. */
export const LIST_PAGE = 2000;

export class Library {
  onStored: OnStored = async () => {};

  constructor(
    private readonly stores: Stores,
    private readonly stories: Stories,
  ) {}

  /** The whole list as of the last first page (later pages are cut from it, so that they agree). */
  #list: Promise<Omit<LibraryInfo, 'offset' | 'total'>> | null = null;

  /**
   * The library list, newest first, one page of it: a page starts a new listing when it is the
   * first (offset 0) and is cut from that listing otherwise, so a reader taking pages in order
   * gets one consistent list however large (each page is one message to the page, so none takes
   * long to receive).
   */
  async info({ offset = 0, limit = LIST_PAGE }: { offset?: number; limit?: number } = {}): Promise<LibraryInfo> {
    if (offset === 0 || !this.#list) this.#list = this.#listAll();
    const all = await this.#list;
    return { ...all, articles: all.articles.slice(offset, offset + limit), offset, total: all.articles.length };
  }

  async #listAll(): Promise<Omit<LibraryInfo, 'offset' | 'total'>> {
    const { stores } = this;
    const [stored, files, key, lists] = await Promise.all([
      stores.summaries.values(),
      stores.files.keys(),
      stores.meta.get(EXTRACTION_KEY),
      loadUserLists(stores),
    ]);
    const facts = await this.stories.facts(stored);
    // Only articles in a story of several carry its facts (fewer objects to send for a large list).
    const articles = stored.map((s) => {
      const story = facts.get(s.id)!;
      return story.versions > 1 ? { ...s, story } : s;
    });
    articles.sort((a, b) => b.addedAt - a.addedAt || a.file.localeCompare(b.file));
    return { articles, files: files.length, stale: articles.length > 0 && key !== extractionKey(lists) };
  }

  /** Records that the stored articles are extracted with the current engine and lists. */
  async markFresh() {
    await this.stores.meta.setMany([[EXTRACTION_KEY, extractionKey(await loadUserLists(this.stores))]]);
  }

  /** Writes articles, then their summaries (corrections applied). */
  async store(articles: Article[]) {
    if (articles.length === 0) return;
    // A summary is written only once its article is (the list never shows what cannot be
    // opened); the derived work (timeline records, search index) runs while the writes commit.
    const written = this.stores.articles.setMany(articles.map((a) => [a.id, a]));
    const corrections = await this.stores.corrections.getMany(articles.map((a) => a.id));
    const served = articles.map((a, i) => this.#apply(a, corrections[i] ?? []));
    const summaries = served.map((c): [string, ArticleSummary] => [c.article.id, summarise(c.article)]);
    const listed = written.then(() => this.stores.summaries.setMany(summaries));
    await Promise.all([listed, this.onStored(served.map((c) => c.article))]);
  }

  /** The article as the user sees it (corrections applied), without its story. */
  async served(article: Article): Promise<Omit<CorrectedArticle, 'story'>> {
    return this.#apply(article, (await this.stores.corrections.get(article.id)) ?? []);
  }

  #apply(article: Article, corrections: Correction[]): Omit<CorrectedArticle, 'story'> {
    if (corrections.length === 0) return { article, corrections, orphaned: [] };
    return { ...applyCorrections(article, corrections), corrections };
  }

  /** The article as the reader shows it: corrections applied, the other versions of its story. */
  async #withStory(article: Article): Promise<CorrectedArticle> {
    const [served, story] = await Promise.all([this.served(article), this.stories.others(article.id)]);
    return { ...served, story };
  }

  async article(id: string): Promise<CorrectedArticle | null> {
    const article = await this.stores.articles.get(id);
    return article ? this.#withStory(article) : null;
  }

  async correct(articleId: string, update: (old: Correction[]) => Correction[]): Promise<CorrectedArticle> {
    const article = await this.stores.articles.get(articleId);
    if (!article) throw new Error('This article is not in the library.');
    const corrections = update((await this.stores.corrections.get(articleId)) ?? []);
    if (corrections.length) await this.stores.corrections.setMany([[articleId, corrections]]);
    else await this.stores.corrections.delMany([articleId]);
    const served = await this.#withStory(article);
    await this.stores.summaries.setMany([[articleId, summarise(served.article)]]);
    await this.onStored([served.article]);
    return served;
  }
}
