/**
 * The story-clustering figure: runs the cluster module's own benchmark (src/lib/cluster/bench.ts,
 * 50,000 synthetic articles: signatures + LSH index + clusters) in a child process `runs` times
 * and takes the medians of its "total" line — wall clock and CPU time (the CPU figure is the
 * steadier one on a busy machine) — plus its pair precision and recall.
 */

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './corpus-files';
import { median } from './stats';

export interface ClusterFigures {
  cluster_articles: number;
  cluster_ms: number;
  cluster_cpu_ms: number;
  cluster_pair_precision: number | null;
  cluster_pair_recall: number | null;
}

export function clusterBench(articles: number, runs: number): ClusterFigures {
  const wall: number[] = [];
  const cpu: number[] = [];
  let precision: number | null = null;
  let recall: number | null = null;
  let generated = articles;
  for (let r = 0; r < runs; r++) {
    const out = execFileSync('npx', ['tsx', join('src', 'lib', 'cluster', 'bench.ts'), String(articles)], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const total = /total signatures \+ index \+ clusters: ([\d.]+) s wall, ([\d.]+) s cpu/.exec(out);
    if (!total) throw new Error(`cluster bench: unexpected output\n${out}`);
    wall.push(Number(total[1]) * 1000);
    cpu.push(Number(total[2]) * 1000);
    const pairs = /precision ([\d.]+), recall ([\d.]+)/.exec(out);
    if (pairs) [precision, recall] = [Number(pairs[1]), Number(pairs[2])];
    const gen = /generated (\d+) articles/.exec(out);
    if (gen) generated = Number(gen[1]);
  }
  return {
    cluster_articles: generated,
    cluster_ms: Math.round(median(wall)),
    cluster_cpu_ms: Math.round(median(cpu)),
    cluster_pair_precision: precision,
    cluster_pair_recall: recall,
  };
}
