/**
 * Timing of the timeline core at 50,000 statements (Node only: `npx tsx src/lib/timeline/bench.ts`).
 * Builds a synthetic library (5,000 articles × 10 statements, 2011–2024, 70 speakers, some
 * month- and year-precise dates), then times points, lanes, index build and the per-frame
 * queries. Prints figures; asserts nothing.
 */

import { performance } from 'node:perf_hooks';
import { SPEAKERS, makeArticle } from './test-fixtures';
import { timelinePoints } from './points';
import { assignLanes } from './lanes';
import { buildIndex, chooseUnit, density, visible } from './buckets';
import { ticks } from './scale';
import { toCSV } from './export';
import { toSVG } from './svg';
import type { Article } from '../model/article';

let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];

const base = Object.keys(SPEAKERS).filter((k) => SPEAKERS[k].russianOfficial);
for (let i = 0; i < 64; i++) {
  const id = `official-${i}`;
  SPEAKERS[id] = { ...SPEAKERS[pick(base)], id, nameEn: `Official ${i}` };
}
const speakers = Object.keys(SPEAKERS).filter((k) => SPEAKERS[k].russianOfficial);
const outlets = ['RT Arabic', 'SANA', 'TASS', 'Elaph', 'Sputnik', 'Al Mayadeen'];

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const start = Date.UTC(2011, 0, 1);
const span = Date.UTC(2025, 0, 1) - start;
const articles: Article[] = [];
for (let a = 0; a < 5000; a++) {
  const r = rnd();
  const t = start + Math.floor(rnd() * span);
  const precision = r < 0.1 ? 'month' : r < 0.12 ? 'year' : 'day';
  const date =
    precision === 'month'
      ? iso(t).slice(0, 8) + '01'
      : precision === 'year'
        ? iso(t).slice(0, 5) + '01-01'
        : iso(t);
  articles.push(
    makeArticle({
      id: `a${a}`,
      date,
      precision,
      outlet: pick(outlets),
      statements: Array.from({ length: 10 }, () => ({
        speaker: pick(speakers),
        text: 'قال المسؤول الروسي إن موسكو مستعدة للتعاون في سوريا مع جميع الأطراف المعنية بالتسوية',
      })),
    }),
  );
}

/** Runs `fn` `runs` times after a warm-up; prints the median and the fastest run (load-robust). */
function time<T>(label: string, fn: () => T, runs = 1): T {
  let out!: T;
  fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const med = ms[Math.floor(ms.length / 2)];
  console.log(
    `${label.padEnd(46)} median ${med.toFixed(3).padStart(9)} ms   min ${ms[0].toFixed(3).padStart(9)} ms`,
  );
  return out;
}

const { points } = time('timelinePoints (50k statements)', () => timelinePoints(articles), 15);
console.log('points', points.length);
const lanes = time('assignLanes by speaker', () => assignLanes(points, { by: 'speaker' }), 20);
console.log('lanes', lanes.length);
const index = time('buildIndex', () => buildIndex(points, lanes), 30);
const all: [number, number] = [start, start + span];
const year: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)];
const month: [number, number] = [Date.UTC(2016, 9, 1), Date.UTC(2016, 10, 1)];
const v = time('visible, all lanes, whole range (50k)', () => visible(index, all), 50);
console.log('  →', v.length);
time('visible, all lanes, one year', () => visible(index, year), 200);
time('visible, one lane, one month', () => visible(index, month, lanes[0].id), 2000);
time(
  'visible, every lane, one year (per-lane loop)',
  () => lanes.map((l) => visible(index, year, l.id)),
  100,
);
time('density month, all, 14 years', () => density(index, all, 'month'), 200);
time('density week, all, 14 years', () => density(index, all, 'week'), 100);
time('density day, all, 14 years', () => density(index, all, 'day'), 50);
time(
  'density month, by 70 lanes, 14 years',
  () =>
    density(
      index,
      all,
      'month',
      lanes.map((l) => l.id),
    ),
  50,
);
time(
  'density day, by 70 lanes, one year',
  () =>
    density(
      index,
      year,
      'day',
      lanes.map((l) => l.id),
    ),
  50,
);
console.log('chooseUnit(14 y over 1200 px) =', chooseUnit(span / 1200));
time(
  'ticks ar, 14 years / one month, 1200 px',
  () => [ticks(all, 1200, 'ar'), ticks(month, 1200, 'ar')],
  200,
);
time('toCSV 50k', () => toCSV(v, articles), 3);
const svg = time(
  'toSVG one year, 70 lanes of marks',
  () =>
    toSVG({
      width: 1200,
      domain: year,
      rtl: true,
      lang: 'ar',
      lanes: lanes.map((l) => ({ id: l.id, label: l.label, points: visible(index, year, l.id) })),
      density: density(index, year, 'week'),
    }),
  3,
);
console.log('  → svg', (svg.length / 1e6).toFixed(1), 'MB');
