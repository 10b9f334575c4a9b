/**
 * Turns the runs of one corpus size into the figures of bench/results.json (medians over runs;
 * which runtime each figure comes from is spelt out in `runtime`), prints them as a table, and
 * merges them into bench/results.json, keyed by size, so a run of one size keeps the others.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserRun } from './browser';
import { medianOf, percentile, round } from './stats';
import { TIMELINE_ROWS, timelineFigures } from './timeline-frames';

export type Figures = Record<string, unknown>;

interface EngineFigures {
  build_ms: number;
  query_p50_ms: number;
  query_p95_ms: number;
  recall: number;
  totals?: number[];
}
export type NodeResult = { articles: number; engines: Record<string, EngineFigures | { error: string }> };

const ok = (e: EngineFigures | { error: string } | undefined): e is EngineFigures => !!e && !('error' in e);

function engine(e: EngineFigures | { error: string } | undefined) {
  if (!ok(e)) return e ? { error: e.error } : null;
  return {
    build_ms: round(e.build_ms, 0),
    query_p50_ms: round(e.query_p50_ms, 3),
    query_p95_ms: round(e.query_p95_ms, 3),
    recall: round(e.recall, 4),
  };
}

export function figures(size: number, runs: BrowserRun[], node: NodeResult | null, notes: string[]): Figures {
  const done = runs.filter((r) => r.ingestMs !== null);
  const queried = runs.filter((r) => r.queries.length > 0);
  const q = (pick: (r: BrowserRun) => number[], p: number) => medianOf(queried, (r) => percentile(pick(r), p));
  const floor = medianOf(runs, (r) => r.floorMs);
  const ingest = medianOf(done, (r) => r.ingestMs);
  const e = node?.engines ?? {};
  const ours = ok(e.ours) ? e.ours : null;
  const mini = ok(e.minisearch) ? e.minisearch : null;
  const first = queried[0];
  const totalsMatch =
    first && ours?.totals ? first.queries.slice(0, ours.totals.length).every((x, i) => x.total === ours.totals![i]) : null;
  return {
    articles: Math.max(0, ...runs.map((r) => r.articles)) || node?.articles || null,
    runs: runs.length,
    runs_completed: done.length,
    floor_ms: round(floor, 1),
    ingest_ms: round(ingest, 0),
    ingest_vs_floor: round(ingest !== null && floor ? ingest / floor : null, 1),
    main_thread_longest_task_ms: round(medianOf(runs, (r) => r.longestTaskMs), 1),
    query_p50_ms: round(q((r) => r.queries.map((x) => x.tookMs), 50), 2),
    query_p95_ms: round(q((r) => r.queries.map((x) => x.tookMs), 95), 2),
    query_rtt_p50_ms: round(q((r) => r.queries.map((x) => x.rttMs), 50), 2),
    query_rtt_p95_ms: round(q((r) => r.queries.map((x) => x.rttMs), 95), 2),
    recall: ours ? round(ours.recall, 4) : null,
    reopen_ms: round(medianOf(done, (r) => r.reopenMs), 0),
    heap_mb: round(medianOf(queried, (r) => r.heapMB), 1),
    index_export_mb: round(medianOf(done, (r) => r.indexExportMB), 1),
    index_save_after_ingest_ms: round(medianOf(done, (r) => r.indexSaveMs), 0),
    ...timelineFigures(runs),
    minisearch: engine(e.minisearch),
    minisearch_our_tokenizer: engine(e.minisearch_our_tokenizer),
    orama: engine(e.orama),
    orama_our_tokenizer: engine(e.orama_our_tokenizer),
    node_ours: engine(e.ours),
    query_p95_vs_minisearch: round(mini && ours ? mini.query_p95_ms / ours.query_p95_ms : null, 1),
    query_p95_vs_orama: round(ok(e.orama) && ours ? e.orama.query_p95_ms / ours.query_p95_ms : null, 1),
    browser_totals_match_node: totalsMatch,
    ingest_errors: runs.map((r) => r.ingestError).filter((x) => x && x !== 'skipped'),
    runtime: {
      browser:
        'floor_ms, ingest_ms, main_thread_longest_task_ms, query_* (engine time = worker tookMs; rtt = page round trip), reopen_ms, heap_mb (app worker, used JS heap after GC), index_export_mb (stored bytes of the tasrih-search store, 2 per UTF-16 unit), timeline_* (timeline-frames.ts: open = navigation to first complete draw; frames = requestAnimationFrame deltas of a scripted zoom/pan sequence; longest task = main-thread longtask entries during it)',
      node: 'recall, node_ours, minisearch*, orama*, query_p95_vs_* (ratios of Node p95s)',
    },
    notes,
    measured_at: new Date().toISOString(),
  };
}

const fmt = (v: unknown) => (v === null || v === undefined ? '–' : String(v));

export function printTable(results: Record<string, Figures>): void {
  const sizes = Object.keys(results).sort((a, b) => Number(a) - Number(b));
  const rows: [string, (f: Figures) => unknown][] = [
    ['articles stored', (f) => f.articles],
    ['runs (completed)', (f) => `${f.runs} (${f.runs_completed})`],
    ['floor ms [browser]', (f) => f.floor_ms],
    ['ingest ms [browser]', (f) => f.ingest_ms],
    ['ingest / floor', (f) => f.ingest_vs_floor],
    ['longest main task ms', (f) => f.main_thread_longest_task_ms],
    ['query p50 ms [engine]', (f) => f.query_p50_ms],
    ['query p95 ms [engine]', (f) => f.query_p95_ms],
    ['query p95 ms [round trip]', (f) => f.query_rtt_p95_ms],
    ['recall', (f) => f.recall],
    ['reopen ms', (f) => f.reopen_ms],
    ['heap MB [worker]', (f) => f.heap_mb],
    ['index export MB', (f) => f.index_export_mb],
    ['index saved after ingest ms', (f) => f.index_save_after_ingest_ms],
    ...TIMELINE_ROWS,
    ['ours p95 ms [node]', (f) => (f.node_ours as EngineFigures | null)?.query_p95_ms],
    ['ours build ms [node]', (f) => (f.node_ours as EngineFigures | null)?.build_ms],
    ['MiniSearch p95 ms / recall', (f) => pair(f.minisearch)],
    ['  with our tokenizer', (f) => pair(f.minisearch_our_tokenizer)],
    ['Orama p95 ms / recall', (f) => pair(f.orama)],
    ['  with our tokenizer', (f) => pair(f.orama_our_tokenizer)],
    ['p95 × MiniSearch / Orama', (f) => `${fmt(f.query_p95_vs_minisearch)} / ${fmt(f.query_p95_vs_orama)}`],
    ['cluster ms (50k)', (f) => f.cluster_ms],
  ];
  const w = 28;
  console.log('\n' + ''.padEnd(w) + sizes.map((s) => s.padStart(18)).join(''));
  for (const [label, get] of rows) console.log(label.padEnd(w) + sizes.map((s) => fmt(get(results[s])).padStart(18)).join(''));
}

function pair(e: unknown): string {
  const f = e as EngineFigures | null;
  return f && 'query_p95_ms' in f ? `${fmt(f.query_p95_ms)} / ${fmt(f.recall)}` : '–';
}

export function mergeResults(path: string, size: number, f: Figures): Record<string, Figures> {
  let all: Record<string, Figures> = {};
  if (existsSync(path)) {
    try {
      all = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Figures>;
    } catch {
      all = {};
    }
  }
  all[String(size)] = f;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
  return all;
}
