/**
 * The Node part of the benchmark, run as a child process (its own heap, sized by the parent):
 * on the articles the browser run stored (dumped to articles.jsonl, so every engine sees the very
 * same texts) and the generated queries, it builds and queries, each `runs` times —
 *   ours        lib/search SearchEngine (articles + statements, speaker list, engine time);
 *   minisearch  MiniSearch with its defaults, and with our tokenizer (index: encoder terms and
 *               clitic alternatives; query: the query encoder);
 *   orama       Orama with its defaults, and with our tokenizer as a custom tokenizer;
 * the other engines index one document per article: title (headline) and text (body).
 * Query time is one call with a 20-hit page where the API has one (ours, Orama); MiniSearch
 * always returns every match. Ours pays for what the app gets: exact facet counts over the whole
 * match set and highlight ranges for the page. Every engine is timed the same way: a warm-up pass
 * over the queries, then PASSES timed passes; query_p50/p95 are nearest-rank percentiles over all
 * timed calls, query_p50/p95_steady over the queries of each query's median call (less sensitive
 * to the scheduler on a busy machine). `ratios` gives, per other engine, its p50/p95 divided by
 * ours (> 1: ours is faster). Recall takes every match (ours paged, Orama with a limit of the
 * whole collection). Prints one JSON object on stdout.
 *
 *   tsx src/cli/bench/node-compare.ts <articles.jsonl> <queries.json> <runs>
 */

import { readFileSync } from 'node:fs';
import { SPEAKERS } from '../../lib/extract/speakers/speaker-list';
import type { Article } from '../../lib/model/article';
import { SearchEngine, speakerSpellingsFrom } from '../../lib/search';
import { readJsonLines } from './jsonl';
import { median, percentile } from './stats';
import { minisearchEngine, oramaEngine } from './other-engines';
import type { Doc, Engine } from './other-engines';

export interface NodeQuery {
  q: string;
  expected: string[];
}

export interface EngineFigures {
  build_ms: number;
  query_p50_ms: number;
  query_p95_ms: number;
  query_p50_steady_ms: number;
  query_p95_steady_ms: number;
  recall: number;
  /** Per query: number of matches (ours: documents, others: articles). */
  totals: number[];
}

const [articlesPath, queriesPath, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const articles = readJsonLines<Article>(articlesPath);
const { queries, names } = JSON.parse(readFileSync(queriesPath, 'utf8')) as {
  queries: NodeQuery[];
  /** Article id → generated names (identical texts share an id). */
  names: Record<string, string[]>;
};

function recallOf(found: Set<string>, q: NodeQuery): number {
  if (!q.expected.length) return 1;
  let n = 0;
  for (const name of q.expected) if (found.has(name)) n++;
  return n / q.expected.length;
}

function namesOf(ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) for (const n of names[id] ?? []) out.add(n);
  return out;
}

/** Timed passes over the queries per run (after one warm-up pass). */
const PASSES = 5;

/** Build + PASSES timed passes over the queries (after a warm-up pass), `runs` times; recall once. */
async function measure(make: () => Engine): Promise<EngineFigures> {
  const builds: number[] = [];
  const p50: number[] = [];
  const p95: number[] = [];
  const s50: number[] = [];
  const s95: number[] = [];
  let engine: Engine | null = null;
  for (let r = 0; r < runs; r++) {
    engine = null;
    (globalThis as { gc?: () => void }).gc?.();
    const t = performance.now();
    engine = make();
    await engine.build();
    builds.push(performance.now() - t);
    for (const q of queries) await engine.query(q.q);
    const times: number[] = [];
    const perQuery: number[][] = queries.map(() => []);
    for (let pass = 0; pass < PASSES; pass++)
      for (let i = 0; i < queries.length; i++) {
        const s = performance.now();
        await engine.query(queries[i].q);
        const t = performance.now() - s;
        times.push(t);
        perQuery[i].push(t);
      }
    p50.push(percentile(times, 50));
    p95.push(percentile(times, 95));
    const steady = perQuery.map((ts) => median(ts));
    s50.push(percentile(steady, 50));
    s95.push(percentile(steady, 95));
  }
  const recalls: number[] = [];
  const totals: number[] = [];
  for (const q of queries) {
    const { ids, total } = await engine!.all(q.q);
    recalls.push(recallOf(namesOf(ids), q));
    totals.push(total);
  }
  return {
    build_ms: median(builds),
    query_p50_ms: median(p50),
    query_p95_ms: median(p95),
    query_p50_steady_ms: median(s50),
    query_p95_steady_ms: median(s95),
    recall: recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length),
    totals,
  };
}

function ours(): Engine {
  const engine = new SearchEngine({ speakerSpellings: speakerSpellingsFrom(SPEAKERS) });
  return {
    build: async () => {
      for (const a of articles) engine.add(a);
    },
    query: async (q) => void engine.search(q, { limit: 20 }),
    all: async (q) => {
      const ids = new Set<string>();
      let total = 0;
      for (let offset = 0; ; offset += 1000) {
        const r = engine.search(q, { limit: 1000, offset });
        total = r.total;
        for (const h of r.hits) ids.add(h.articleId);
        if (offset + 1000 >= r.total) break;
      }
      return { ids, total };
    },
  };
}

type Figure = 'query_p50_ms' | 'query_p95_ms' | 'query_p50_steady_ms' | 'query_p95_steady_ms';
const FIGURES: Figure[] = ['query_p50_ms', 'query_p95_ms', 'query_p50_steady_ms', 'query_p95_steady_ms'];

/** Per other engine and figure: its time / ours (2 decimals; > 1 means ours is faster). */
function ratios(
  out: Record<string, EngineFigures | { error: string }>,
): Record<string, Partial<Record<Figure, number>>> {
  const ours = out.ours;
  const res: Record<string, Partial<Record<Figure, number>>> = {};
  if (!ours || 'error' in ours) return res;
  for (const [key, e] of Object.entries(out)) {
    if (key === 'ours' || 'error' in e) continue;
    res[key] = {};
    for (const f of FIGURES) if (ours[f] > 0) res[key][f] = Math.round((e[f] / ours[f]) * 100) / 100;
  }
  return res;
}

async function main() {
  const docs: Doc[] = articles.map((a) => ({ id: a.id, title: a.headline ?? '', text: a.body }));
  const out: Record<string, EngineFigures | { error: string }> = {};
  const tryMeasure = async (key: string, make: () => Engine) => {
    try {
      out[key] = await measure(make);
    } catch (e) {
      out[key] = { error: (e as Error).message };
    }
    process.stderr.write(`  node: ${key} done\n`);
  };
  await tryMeasure('ours', ours);
  await tryMeasure('minisearch', () => minisearchEngine(docs, false));
  await tryMeasure('minisearch_our_tokenizer', () => minisearchEngine(docs, true));
  await tryMeasure('orama', () => oramaEngine(docs, false));
  await tryMeasure('orama_our_tokenizer', () => oramaEngine(docs, true));
  process.stdout.write(
    JSON.stringify({ articles: articles.length, docs: docs.length, engines: out, ratios: ratios(out) }),
  );
}

void main();
