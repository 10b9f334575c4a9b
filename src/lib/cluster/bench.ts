/**
 * Benchmark (not a test): builds a synthetic corpus of about 50,000 articles of about 400 words
 * from the seed pages' sentences, signs and clusters them, and prints the time of each stage and
 * the pair precision/recall. Run: npx tsx src/lib/cluster/bench.ts [articles] [options-json]
 */
import { ClusterIndex, signature } from './index';
import { goldPairs, poolSentences, syntheticCorpus } from './synthetic-corpus';
import { loadSeeds } from './test-fixtures';

const target = Number(process.argv[2] ?? 50000);
const opts = JSON.parse(process.argv[3] ?? '{}');
const texts = loadSeeds().map((s) => s.body);

// Wall-clock and CPU time per stage (CPU time is the steadier figure on a busy machine).
let t = performance.now();
let cpu = process.cpuUsage();
const lap = () => {
  const now = performance.now();
  const c = process.cpuUsage(cpu);
  const d = now - t;
  t = now;
  cpu = process.cpuUsage();
  return `${(d / 1000).toFixed(2)} s wall, ${((c.user + c.system) / 1e6).toFixed(2)} s cpu`;
};

// About 3 articles per story on average (original + 1–3 rewrites), plus 40 % unrelated.
const stories = Math.round((target * 0.6) / 3);
const corpus = syntheticCorpus(poolSentences(texts), {
  seed: 7,
  stories,
  unrelated: target - stories * 3,
  sentences: [18, 30],
});
const words = corpus.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
console.log(
  `generated ${corpus.length} articles, ${(words / corpus.length).toFixed(0)} words on average: ${lap()}`,
);

const start = { wall: performance.now(), cpu: process.cpuUsage() };
const sigs = corpus.map((a) => signature(a, opts));
console.log(`signatures: ${lap()}`);

const index = new ClusterIndex(opts);
for (const s of sigs) index.add(s);
console.log(`index (LSH + verification): ${lap()}`);

const clusters = index.clusters();
console.log(`clusters: ${clusters.length} (${lap()})`);
const total = process.cpuUsage(start.cpu);
console.log(
  `total signatures + index + clusters: ${((performance.now() - start.wall) / 1000).toFixed(2)} s wall, ` +
    `${((total.user + total.system) / 1e6).toFixed(2)} s cpu; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB, typed arrays ${(process.memoryUsage().arrayBuffers / 2 ** 20).toFixed(0)} MB`,
);

const gold = goldPairs(corpus);
let predicted = 0;
let tp = 0;
for (const c of clusters) {
  for (let i = 0; i < c.length; i++)
    for (let j = i + 1; j < c.length; j++) {
      predicted++;
      if (gold.has(c[i] < c[j] ? `${c[i]}|${c[j]}` : `${c[j]}|${c[i]}`)) tp++;
    }
}
console.log(
  `pairs: predicted ${predicted}, gold ${gold.size}, precision ${(tp / predicted).toFixed(3)}, recall ${(tp / gold.size).toFixed(3)}`,
);
