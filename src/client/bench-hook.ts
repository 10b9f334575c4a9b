/**
 * The benchmark's handle on a running page (`npm run bench`, src/cli/bench/): when the page URL
 * has `?bench`, `window.__tasrihBench.search(query, opts)` sends a search straight to the worker,
 * without the search box's debounce, and resolves with the worker's SearchResponse (its `tookMs`
 * is the engine time). Nothing is installed on a normal page load.
 */
import type { SearchResponse } from '../protocol';
import type { Engine } from './engine.svelte';

export interface TasrihBench {
  search(query: string, opts?: { limit?: number; offset?: number }): Promise<SearchResponse>;
}

export function installBenchHook(engine: Engine): void {
  if (!new URLSearchParams(location.search).has('bench')) return;
  const hook: TasrihBench = {
    search: (query, opts) => engine.call('search', { query, limit: opts?.limit ?? 20, offset: opts?.offset ?? 0 }),
  };
  (window as unknown as { __tasrihBench?: TasrihBench }).__tasrihBench = hook;
}
