/**
 * The benchmark's handle on a running page (`npm run bench`, src/cli/bench/): when the page URL
 * has `?bench`, `window.__tasrihBench.search(query, opts)` sends a search straight to the worker,
 * without the search box's debounce, and resolves with the worker's SearchResponse (its `tookMs`
 * is the engine time). For the timeline figures (src/cli/bench/timeline-frames.ts) it switches the
 * timeline's draw log on (timeline-bench.ts), `openTimeline(all)` navigates to the timeline (with
 * every statement when `all`: officials-only and about-Syria filters off) and `draws(since)`
 * returns the lanes' draws since a page time; `persisted()` waits for the search index's save,
 * which runs after an ingest's reply. Nothing is installed on a normal page load.
 */
import type { SearchResponse } from '../protocol';
import { DEFAULT_TIMELINE_SPEC } from '../lib/share/spec';
import type { Engine } from './engine.svelte';
import { drawsSince, recordDraws, type DrawRecord } from './timeline-bench';
import { urlState } from './url-state.svelte';

export interface TasrihBench {
  search(query: string, opts?: { limit?: number; offset?: number }): Promise<SearchResponse>;
  openTimeline(all: boolean): Promise<void>;
  draws(since: number): DrawRecord[];
  /** Resolves when the worker has saved the search index (after an ingest's reply). */
  persisted(): Promise<{ indexSaved: boolean }>;
}

export function installBenchHook(engine: Engine): void {
  if (!new URLSearchParams(location.search).has('bench')) return;
  recordDraws(true);
  const hook: TasrihBench = {
    search: (query, opts) => engine.call('search', { query, limit: opts?.limit ?? 20, offset: opts?.offset ?? 0 }),
    openTimeline: (all) =>
      urlState.go({
        view: 'timeline',
        spec: all ? { ...DEFAULT_TIMELINE_SPEC, officialsOnly: false, aboutSyriaOnly: false } : { ...DEFAULT_TIMELINE_SPEC },
      }),
    draws: (since) => drawsSince(since),
    persisted: () => engine.call('persisted', {}),
  };
  (window as unknown as { __tasrihBench?: TasrihBench }).__tasrihBench = hook;
}
