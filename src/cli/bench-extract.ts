/**
 * `npx tsx src/cli/bench-extract.ts [--size 2000] [--seed 42] [--runs 5] [--seeds-dir DIR]`:
 * extraction micro-benchmark. Runs the engine over a generated corpus (src/lib/bench/corpus.ts,
 * built from the seed files) and over the seed files themselves (repeated to --size records),
 * and prints per-stage ms/article (chrome, headline, language, statements, dates, outlet), the
 * total, and the "floor" on the same texts — TextDecoder decode + NFC + diacritics strip + token
 * split — each the median of --runs timed runs after one warm-up run. Stages (extract-article.ts):
 * chrome = segmentPage + assembleBody; headline = pickHeadlines + findSubheads; language;
 * statements = extractStatements + tenure constraints; dates = resolveArticleDate + the
 * statements' own dates; outlet = fingerprints, dateline, URL, outlet and credited source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../lib/bench/corpus';
import { DEFAULT_SEEDS_DIR } from './eval-run';
import { extractArticleStaged } from '../lib/extract/extract-article';
import type { Stage } from '../lib/extract/extract-article';
import type { RawRecord } from '../lib/model/article';

const STAGES: Stage[] = ['chrome', 'headline', 'language', 'statements', 'dates', 'outlet'];

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One timed pass: ms per stage, and the whole. */
function runOnce(recs: RawRecord[]): Record<Stage | 'total', number> {
  const acc: Record<Stage | 'total', number> = {
    chrome: 0,
    headline: 0,
    language: 0,
    statements: 0,
    dates: 0,
    outlet: 0,
    total: 0,
  };
  let last = 0;
  const done = (stage: Stage) => {
    const now = performance.now();
    acc[stage] += now - last;
    last = now;
  };
  const t0 = performance.now();
  for (const r of recs) {
    last = performance.now();
    extractArticleStaged(r, {}, done);
  }
  acc.total = performance.now() - t0;
  return acc;
}

function floorOnce(bytes: Uint8Array[]): number {
  const dec = new TextDecoder();
  let n = 0;
  const t0 = performance.now();
  for (const b of bytes) {
    const s = dec
      .decode(b)
      .normalize('NFC')
      .replace(/[\u064B-\u0652\u0640]/g, '');
    n += s.split(/[^\p{L}\p{N}]+/u).length;
  }
  const ms = performance.now() - t0;
  if (n < 0) console.log(n);
  return ms;
}

function bench(label: string, texts: string[], runs: number): void {
  const recs: RawRecord[] = texts.map((text, i) => ({
    text,
    meta: { format: 'txt' },
    record: i,
    entry: null,
  }));
  const enc = new TextEncoder();
  const bytes = texts.map((t) => enc.encode(t));
  runOnce(recs);
  floorOnce(bytes);
  const passes: Record<Stage | 'total', number>[] = [];
  const floors: number[] = [];
  for (let i = 0; i < runs; i++) {
    passes.push(runOnce(recs));
    floors.push(floorOnce(bytes));
  }
  const n = texts.length;
  const floor = median(floors) / n;
  const kb = texts.reduce((s, t) => s + enc.encode(t).length, 0) / n / 1024;
  console.log(`\n${label}: ${n} articles, ${kb.toFixed(1)} KB/article (UTF-8), median of ${runs} runs`);
  console.log(`  ${'stage'.padEnd(11)}${'ms/article'.padStart(11)}${'× floor'.padStart(9)}`);
  for (const k of [...STAGES, 'total'] as const) {
    const ms = median(passes.map((p) => p[k])) / n;
    console.log(`  ${k.padEnd(11)}${ms.toFixed(3).padStart(11)}${(ms / floor).toFixed(2).padStart(9)}`);
  }
  console.log(`  ${'floor'.padEnd(11)}${floor.toFixed(3).padStart(11)}${'1.00'.padStart(9)}`);
}

const size = Number(arg('--size', '2000'));
const seed = Number(arg('--seed', '42'));
const runs = Math.max(3, Number(arg('--runs', '5')));
const seedDir = arg('--seeds-dir', DEFAULT_SEEDS_DIR);
const seedTexts = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedDir, f), 'utf8'));

const t0 = performance.now();
const corpus = generateCorpus({ size, seed, seedTexts });
console.log(`generated ${size} articles (seed ${seed}) in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
bench(
  'generated corpus',
  corpus.articles.map((a) => a.text),
  runs,
);
bench(
  'seed files',
  Array.from({ length: size }, (_, i) => seedTexts[i % seedTexts.length]),
  runs,
);
