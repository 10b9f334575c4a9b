/**
 * `npm run bench [-- --sizes 1000,10000,50000 --runs 3]`: the performance benchmark of issue #4.
 * For each size it generates a seeded corpus (src/lib/bench/corpus.ts, from the seed files),
 * writes it as JSON Lines chunk files, and measures — in headless Chromium on the built app
 * (src/cli/bench/browser.ts): the floor (decode + tokenize, in a worker of the page), the real
 * ingest through the file input, the longest main-thread task meanwhile, the worker's heap, the
 * stored index size, query times (engine and round trip), the timeline's open time and its frame
 * times under scripted zooms and pans (bench/timeline-frames.ts), and the reopen time; then in Node, on
 * the very articles the browser stored (node-compare.ts): our engine, MiniSearch and Orama with
 * their defaults and with our tokenizer, and recall against the queries' known answers. Also the
 * 50,000-article clustering figure (cluster.ts). Prints a table and merges bench/results.json.
 * bench/tmp/ holds the generated files and a snapshot of dist/ during the run (removed after,
 * unless --keep).
 */

import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { parseArgs } from './bench/args';
import { articleNames, dumpArticles } from './bench/article-dump';
import { launch, browserRun } from './bench/browser';
import type { BrowserRun } from './bench/browser';
import { bundleFloorWorker, ensureBuild } from './bench/build';
import { clusterBench } from './bench/cluster';
import { readSeeds, REPO, TMP, writeCorpus } from './bench/corpus-files';
import type { CorpusFiles } from './bench/corpus-files';
import { figures, mergeResults, printTable } from './bench/report';
import type { Figures, NodeResult } from './bench/report';
import { serve } from './bench/static-server';

const RESULTS = join(REPO, 'bench', 'results.json');
/** From this size an in-browser ingest, and the five Node builds, run once (marked in the notes). */
const ONE_RUN_FROM = 50_000;

function log(msg: string) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);
}

function child(script: string, args: string[], heapMB: number): string {
  return execFileSync('npx', ['tsx', join('src', 'cli', 'bench', script), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${heapMB} --expose-gc` },
  });
}

function nodeExtract(corpus: CorpusFiles): string {
  child('node-extract.ts', [corpus.dir, ...corpus.files], Math.max(4096, Math.ceil(corpus.size / 1000) * 150));
  return join(corpus.dir, 'articles.jsonl');
}

function nodeCompare(corpus: CorpusFiles, articlesPath: string, names: Record<string, string[]>, runs: number): NodeResult {
  const queriesPath = join(corpus.dir, 'queries.json');
  const queries = corpus.queries.map((q) => ({ q: q.q, expected: q.expectedNames }));
  writeFileSync(queriesPath, JSON.stringify({ queries, names }));
  const out = child('node-compare.ts', [articlesPath, queriesPath, String(runs)], Math.max(4096, Math.ceil(corpus.size / 1000) * 200));
  return JSON.parse(out) as NodeResult;
}

async function benchSize(browser: Browser | null, base: string, size: number, runs: number, seedTexts: string[], args: ReturnType<typeof parseArgs>): Promise<Figures> {
  const notes: string[] = [];
  log(`${size}: generating the corpus`);
  const corpus = writeCorpus(size, args.seed, seedTexts);
  log(`${size}: ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.queries.length} queries`);
  const queries = corpus.queries.map((q) => q.q);
  const browserRuns: BrowserRun[] = [];
  let dump: string | null = null;
  const floorOnly = size > args.ingestMax;
  const n = size >= ONE_RUN_FROM && !floorOnly ? 1 : runs;
  if (floorOnly)
    notes.push(
      `${size}: no in-browser ingest (above --ingest-max ${args.ingestMax}): story linking makes it quadratic on this corpus, see the report; floor only`,
    );
  else if (n < runs) notes.push(`${size}: one in-browser run only (an ingest of this size is too slow to repeat)`);
  if (browser) {
    for (let r = 0; r < n; r++) {
      log(`${size}: browser run ${r + 1}/${n}${floorOnly ? ' (floor only)' : ''}`);
      const onPage = async (page: Page) => {
        dump ??= await dumpArticles(page, corpus);
      };
      const run = await browserRun(browser, base, corpus, queries, args.ingestTimeoutS, onPage, floorOnly);
      browserRuns.push(run);
      log(
        `${size}: floor ${run.floorMs.toFixed(0)} ms, ingest ${run.ingestMs?.toFixed(0) ?? run.ingestError} ms, reopen ${run.reopenMs?.toFixed(0) ?? '–'} ms`,
      );
      if (run.ingestMs === null && !floorOnly) {
        notes.push(
          `${size}: ingest failed (${run.ingestError}); ` +
            (run.queries.length ? 'queries timed in the same session, no reopen (the index was not saved); ' : '') +
            'no further runs',
        );
        break;
      }
    }
  }
  let node: NodeResult | null = null;
  if (!args.noNode) {
    if (!dump) {
      log(`${size}: extracting in Node (no browser run stored the articles)`);
      notes.push(`${size}: Node comparisons on articles extracted in Node (worker code, story linking left out)`);
      dump = nodeExtract(corpus);
    }
    const nodeRuns = size >= ONE_RUN_FROM ? 1 : runs;
    if (nodeRuns < runs) notes.push(`${size}: Node builds and query passes run once (five engines × ${size} articles)`);
    log(`${size}: Node comparisons (${nodeRuns} run${nodeRuns > 1 ? 's' : ''} each)`);
    node = nodeCompare(corpus, dump, articleNames(dump, corpus), nodeRuns);
  }
  return figures(size, browserRuns, node, notes);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const seeds = readSeeds();
  log(`seeds: ${seeds.texts.length} files from ${seeds.from}; sizes ${args.sizes.join(', ')}; ${args.runs} runs`);
  let browser: Browser | null = null;
  let server: { url: string; close(): Promise<void> } | null = null;
  try {
    if (!args.noBrowser) {
      ensureBuild();
      // a snapshot, so a rebuild by someone else during the run cannot change the app under test
      rmSync(join(TMP, 'dist'), { recursive: true, force: true });
      cpSync(join(REPO, 'dist'), join(TMP, 'dist'), { recursive: true });
      await bundleFloorWorker(join(TMP, 'floor-worker.js'));
      server = await serve(join(TMP, 'dist'), TMP);
      browser = await launch();
    }
    let all: Record<string, Figures> = {};
    for (const size of args.sizes) {
      const f = await benchSize(browser, server?.url ?? '', size, args.runs, seeds.texts, args);
      all = mergeResults(RESULTS, size, f);
    }
    if (!args.noCluster) {
      log(`clustering 50,000 articles (${args.runs} runs)`);
      const c = clusterBench(50_000, args.runs);
      all = mergeResults(RESULTS, 50_000, { ...(all['50000'] ?? {}), ...c });
    }
    printTable(Object.fromEntries(Object.entries(all).filter(([k]) => args.sizes.includes(Number(k)) || k === '50000')));
    log(`written ${RESULTS}`);
  } finally {
    await browser?.close();
    await server?.close();
    if (!args.keep) rmSync(TMP, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
