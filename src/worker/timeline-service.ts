/**
 * The timeline's data in the worker: every statement of the library (as the user sees it,
 * corrections applied) turned into points by lib/timeline, filtered as the view asks, and —
 * when the view has a query — restricted to what the search index matches. Keeps a light copy
 * of the articles (no raw text or body) in memory, dropped whenever the library changes.
 */
import type { Article } from '../lib/model/article';
import { timelinePoints, type TimelineData } from '../lib/timeline';
import type { TimelineParams } from '../protocol';
import type { SearchService } from './search-service';
import type { Stores } from './stores';

const PAGE = 1000;
const MAX_MATCHES = 200_000;

type Light = Pick<Article, 'id' | 'date' | 'outlet' | 'language' | 'statements' | 'headline'>;

export class TimelineService {
  #light: Promise<Article[]> | null = null;

  constructor(
    private readonly stores: Stores,
    private readonly search: SearchService,
    private readonly served: (a: Article) => Promise<Article>,
  ) {}

  /** Forget the cached statements (after any change to the library). */
  invalidate() {
    this.#light = null;
  }

  async #articles(): Promise<Article[]> {
    return (this.#light ??= (async () => {
      const ids = await this.stores.summaries.keys();
      const out: Article[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        for (const a of await this.stores.articles.getMany(ids.slice(i, i + 500))) {
          if (!a) continue;
          const s = await this.served(a);
          const light: Light = { id: s.id, date: s.date, outlet: s.outlet, language: s.language, statements: s.statements, headline: s.headline };
          out.push(light as Article);
        }
      }
      return out;
    })());
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
    const articles = await this.#articles();
    const allowedKeys = p.query.trim() ? await this.#allowed(p.query) : undefined;
    return timelinePoints(articles, {
      officialsOnly: p.officialsOnly,
      aboutSyriaOnly: p.aboutSyriaOnly,
      speakers: new Set(p.speakers),
      institutions: new Set(p.institutions),
      outlets: new Set(p.outlets),
      languages: new Set(p.languages),
      kinds: new Set(p.kinds),
      allowedKeys,
    });
  }
}
