/**
 * The in-browser part of the benchmark, one fresh Playwright context (empty IndexedDB) per run,
 * against the built app served by static-server.ts, in Debian's Chromium with the flags of
 * playwright.config.ts:
 *   floor     decode + tokenize the corpus bytes in a Web Worker of the page (floor-worker.ts);
 *   ingest    the chunk files picked through the page's file input, timed on the page's clock
 *             from the input's change event to the drop report's appearance (page-script.ts),
 *             with the main thread's longest task (PerformanceObserver "longtask") meanwhile;
 *   heap      the app worker's used JS heap after a forced GC (CDP Runtime.getHeapUsage on the
 *             worker target), and the size of the stored search index (the tasrih-search store);
 *   queries   each query sent through window.__tasrihBench (no UI debounce): the round trip in
 *             the page and the engine's own tookMs from the worker;
 *   timeline  the timeline opened with every statement, then a scripted zoom/pan sequence: open
 *             time, frame times, draw times, longest main-thread task (timeline-frames.ts);
 *   reopen    the page opened again (its address without the view in the fragment) with the
 *             library in place, until the first search is answered.
 */

import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import type { CorpusFiles } from './corpus-files';
import { workerHeapMB } from './cdp-heap';
import { initScript } from './page-script';
import type { PageGlobals } from './page-globals';
import { timelinePass, type TimelineRun } from './timeline-frames';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
}

type G = PageGlobals;

export interface QueryTiming {
  q: string;
  rttMs: number;
  tookMs: number;
  total: number;
}

export interface BrowserRun {
  floorMs: number;
  floorTokens: number;
  ingestMs: number | null;
  ingestError: string | null;
  longestTaskMs: number | null;
  longTasks: number;
  heapMB: number | null;
  indexExportMB: number | null;
  /** Time from the ingest's reply until the search index was saved (the save runs after the reply). */
  indexSaveMs: number | null;
  articles: number;
  queries: QueryTiming[];
  reopenMs: number | null;
  reopenFirstTookMs: number | null;
  /** The timeline's open time and zoom/pan frames (timeline-frames.ts), after the queries. */
  timeline: TimelineRun | null;
  timelineError: string | null;
}

/** An ingest that ended without a drop report; the articles stored before the failure stay. */
export class IngestFailed extends Error {
  constructor(
    message: string,
    readonly articles: number,
    /** The main thread's longest task until the job ended. */
    readonly longestTaskMs: number,
  ) {
    super(message);
  }
}

function libraryCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number((globalThis as unknown as G).document.querySelector('[data-testid="library-count"]')?.getAttribute('data-n') ?? NaN),
  );
}

export async function openPage(browser: Browser, base: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(initScript());
  const page = await context.newPage();
  await page.goto(base + '?bench');
  await page.getByTestId('file-input').waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForFunction(() => !!(globalThis as unknown as G).__benchPage.first, null, { timeout: 60_000 });
  await page.evaluate(() => (globalThis as unknown as G).__benchPage.first);
  return page;
}

/** Decode + tokenize every chunk file in a fresh worker of the page. */
export function floorPass(page: Page, corpus: CorpusFiles): Promise<{ ms: number; tokens: number; bytes: number }> {
  const urls = corpus.files.map((f) => `/bench-data/${corpus.size}/${f}`);
  return page.evaluate(
    (urls) =>
      new Promise<{ ms: number; tokens: number; bytes: number }>((resolve, reject) => {
        const w = new (globalThis as unknown as G).Worker('/bench-data/floor-worker.js', { type: 'module' });
        w.onmessage = (e) => {
          resolve(e.data as { ms: number; tokens: number; bytes: number });
          w.terminate();
        };
        w.onerror = (e) => reject(new Error(e.message || 'floor worker failed'));
        w.postMessage({ urls });
      }),
    urls,
  );
}

/** Drops the corpus through the file input; ingest time and the longest main-thread task. */
export async function ingest(page: Page, corpus: CorpusFiles, timeoutS: number) {
  await page.getByTestId('file-input').setInputFiles(corpus.files.map((f) => join(corpus.dir, f)));
  const t0 = Date.now();
  let told = t0;
  for (;;) {
    const done = await page
      .waitForFunction(
        () => {
          const B = (globalThis as unknown as G).__benchPage;
          return B.reportAt !== null || B.progressGoneAt !== null;
        },
        null,
        { timeout: 5000, polling: 250 },
      )
      .then(
        () => true,
        () => false,
      );
    if (done) break;
    if (Date.now() - t0 > timeoutS * 1000) throw new Error(`ingest did not finish in ${timeoutS} s`);
    if (Date.now() - told >= 60_000) {
      told = Date.now();
      const p = await page.getByTestId('progress').textContent().catch(() => null);
      console.log(`  … ${Math.round((told - t0) / 1000)} s: ${(p ?? '').replace(/\s+/g, ' ').trim().slice(0, 120)}`);
    }
  }
  // the library list renders after the report: let the main thread settle before reading
  await page.getByTestId('progress').waitFor({ state: 'detached' });
  await page.waitForTimeout(1500);
  const figures = await page.evaluate(() => {
    const B = (globalThis as unknown as G).__benchPage;
    const start = B.ingestStart ?? 0;
    const during = B.longtasks.filter(([s]) => s >= start - 50);
    return {
      ingestMs: (B.reportAt ?? NaN) - start,
      longestTaskMs: during.reduce((m, [, d]) => Math.max(m, d), 0),
      longTasks: during.length,
      articles: Number((globalThis as unknown as G).document.querySelector('[data-testid="library-count"]')?.getAttribute('data-n') ?? NaN),
    };
  });
  const failed = await page.evaluate(() => {
    const B = (globalThis as unknown as G).__benchPage;
    if (B.reportAt !== null) return null;
    const errors = B.workerErrors.map((m) => JSON.stringify(m)).join(', ');
    return `no drop report; the worker answered with error ${errors || '(none recorded)'}`;
  });
  if (failed) {
    const n = await libraryCount(page);
    throw new IngestFailed(`${failed}; ${n} articles in the library`, n, figures.longestTaskMs);
  }
  return figures;
}

/**
 * Stored size in bytes of the search index (values of the tasrih-search store): 2 bytes per
 * UTF-16 code unit, as the chunks are strings of gzip output packed two bytes per unit.
 */
export function indexExportBytes(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = (globalThis as unknown as G).indexedDB.open('tasrih-search');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          let n = 0;
          const cursor = db.transaction('search').objectStore('search').openCursor();
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) {
              db.close();
              resolve(n);
              return;
            }
            const v: string = typeof c.value === 'string' ? c.value : JSON.stringify(c.value);
            n += 2 * v.length;
            c.continue();
          };
        };
      }),
  );
}

/** Every query once, in order, through the bench hook. */
export function timeQueries(page: Page, queries: string[]): Promise<QueryTiming[]> {
  return page.evaluate(async (qs) => {
    const hook = (globalThis as unknown as G).__tasrihBench;
    const out: QueryTiming[] = [];
    for (const q of qs) {
      const t = performance.now();
      const r = await hook.search(q, { limit: 20 });
      out.push({ q, rttMs: performance.now() - t, tookMs: r.tookMs, total: r.total });
    }
    return out;
  }, queries);
}

/** Reloads the page (library in place); ms from navigation start until the first search answers. */
export async function reopen(page: Page): Promise<{ ms: number; tookMs: number }> {
  // The page as a user opens it again: its address without the fragment (the runs before left
  // the timeline's view there, whose data a reload would load first).
  await page.goto(page.url().split('#')[0], { waitUntil: 'commit' });
  await page.waitForFunction(() => !!(globalThis as unknown as G).__benchPage?.first, null, { timeout: 120_000, polling: 50 });
  const f = await page.evaluate(() => (globalThis as unknown as G).__benchPage.first!);
  return { ms: f.answeredAt, tookMs: f.tookMs };
}

/** One full run in a fresh context. */
export async function browserRun(
  browser: Browser,
  base: string,
  corpus: CorpusFiles,
  queries: string[],
  timeoutS: number,
  onPage?: (page: Page) => Promise<void>,
  floorOnly = false,
): Promise<BrowserRun> {
  const page = await openPage(browser, base);
  try {
    const floor = await floorPass(page, corpus);
    const run: BrowserRun = {
      floorMs: floor.ms,
      floorTokens: floor.tokens,
      ingestMs: null,
      ingestError: null,
      longestTaskMs: null,
      longTasks: 0,
      heapMB: null,
      indexExportMB: null,
      indexSaveMs: null,
      articles: 0,
      queries: [],
      reopenMs: null,
      reopenFirstTookMs: null,
      timeline: null,
      timelineError: null,
    };
    if (floorOnly) {
      run.ingestError = 'skipped';
      return run;
    }
    let complete = true;
    try {
      Object.assign(run, await ingest(page, corpus, timeoutS));
    } catch (e) {
      run.ingestError = (e as Error).message.split('\n')[0];
      if (!(e instanceof IngestFailed) || !e.articles) return run;
      // the articles stored before the failure are indexed in the open session: queries still run
      run.articles = e.articles;
      run.longestTaskMs = e.longestTaskMs;
      complete = false;
    }
    if (complete) {
      // The index is saved after the ingest's reply: wait for it (and time it) before measuring
      // its size, and so that the reload below opens a saved index.
      const t = Date.now();
      const { indexSaved } = await page.evaluate(() => (globalThis as unknown as G).__tasrihBench.persisted());
      run.indexSaveMs = Date.now() - t;
      if (!indexSaved) complete = false;
      run.indexExportMB = (await indexExportBytes(page)) / 1e6;
    }
    // After the index's save (which holds its export in memory while it runs).
    run.heapMB = await workerHeapMB(page).catch(() => null);
    await timeQueries(page, queries); // warm-up pass
    run.queries = [...(await timeQueries(page, queries)), ...(await timeQueries(page, queries))];
    run.timeline = await timelinePass(page).catch((e: Error) => ((run.timelineError = e.message.split('\n')[0]), null));
    if (onPage) await onPage(page);
    if (!complete) return run; // the index was not saved: a reload would rebuild it
    const r = await reopen(page);
    run.reopenMs = r.ms;
    run.reopenFirstTookMs = r.tookMs;
    return run;
  } finally {
    await page.context().close();
  }
}
