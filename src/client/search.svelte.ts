/**
 * Search as you type: the query box's text, debounced, sent to the worker; the newest query wins
 * (answers to older ones are dropped). Facet chips edit the query text, so what the user sees in
 * the box is always the whole query.
 */
import type { SearchResponse } from '../protocol';
import type { Engine } from './engine.svelte';

export class SearchState {
  query = $state('');
  results = $state.raw<SearchResponse | null>(null);
  searching = $state(false);
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly engine: Engine) {}

  /** Sets the query and searches after a short pause in typing. */
  type(q: string, delay = 120) {
    this.query = q;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(), delay);
  }

  async run() {
    const q = this.query.trim();
    const n = ++this.#latest;
    if (!q) {
      this.results = null;
      this.searching = false;
      return;
    }
    this.searching = true;
    try {
      // The first search of a session may (re)build the index: show its progress.
      const r = await this.engine.call('search', { query: q, limit: 100 }, (p) => (this.engine.progress = p));
      if (n === this.#latest) this.results = r;
    } catch (e) {
      if (n === this.#latest) this.engine.error = (e as Error).message;
    } finally {
      if (this.engine.progress?.phase === 'indexing') this.engine.progress = null;
      if (n === this.#latest) this.searching = false;
    }
  }

  /** The query with a facet filter (`speaker:lavrov`) added, or removed when present. */
  withFacetToggled(facet: string, value: string): string {
    const term = `${facet}:${/\s/.test(value) ? `"${value}"` : value}`;
    const parts = this.query.split(/\s+/).filter(Boolean);
    return (parts.includes(term) ? parts.filter((p) => p !== term) : [...parts, term]).join(' ');
  }

  hasFacet(facet: string, value: string): boolean {
    return this.query.split(/\s+/).includes(`${facet}:${value}`);
  }

  clear() {
    this.type('', 0);
  }
}
