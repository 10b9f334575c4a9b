/**
 * Benchmark (not a test): compares two ~10 KB Arabic articles built from the seed pages (000 and
 * its rewrite 002, padded with page 001 and a spelling variant of it) and prints the time per
 * comparison, cold and warm, two-way and four-way. Run: npx tsx src/lib/compare/bench.ts [runs]
 */
import { compareTexts } from './index';
import type { VersionInput } from './types';
import { seed000, seed001, seed002 } from './test-fixtures';

const runs = Number(process.argv[2] ?? 200);
const pad = seed001().slice(0, 4000);
const a = `${seed000()}\n\n${pad}\n\n${seed000()}`.slice(0, 10240);
const b = `${seed002()}\n\n${pad.replace(/سوريا/g, 'سورية')}\n\n${seed002()}`.slice(0, 10240);
const two: VersionInput[] = [
  { id: 'a', text: a, language: 'ar' },
  { id: 'b', text: b, language: 'ar' },
];
const four: VersionInput[] = [
  ...two,
  { id: 'c', text: b.replace(/الولايات/g, 'الولايـات'), language: 'ar' },
  { id: 'd', text: a.replace(/موسكو/g, 'موسكـو').replace(/ لم /g, ' لن '), language: 'ar' },
];

function time(label: string, vs: VersionInput[], n: number) {
  const t = performance.now();
  const c = process.cpuUsage();
  for (let i = 0; i < n; i++) compareTexts(vs);
  const cpu = process.cpuUsage(c);
  const wall = (performance.now() - t) / n;
  console.log(
    `${label}: ${wall.toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms cpu per comparison`,
  );
}

console.log(`texts: ${a.length} and ${b.length} UTF-16 units`);
time('cold (first call, builds word tables)', two, 1);
time('warm-up', two, 20);
time('two-way', two, runs);
time('four-way', four, Math.ceil(runs / 2));
const r = compareTexts(two).summary;
console.log(
  `similarity ${r.similarity} %, ${r.wordsChanged} words changed, ${r.meaningChanges.length} meaning changes`,
);
