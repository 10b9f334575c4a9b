/**
 * Benchmark script (Node only, not a test, not imported by the app): builds ~10,000 synthetic
 * Arabic articles from the seed paragraphs (shuffled, with numbers, names and spelling variants
 * mixed in, ~8 statements each with speakers from the speaker list), then measures index build
 * time, memory, export/import, removal, and query latency p50/p95 over a mixed query set.
 *
 *   npx tsx src/lib/search/bench-search.ts [articles=10000]
 *   node --expose-gc --import tsx src/lib/search/bench-search.ts   (for heap figures after GC)
 */

import { MemoryKV } from '../kv';
import type { Article, Statement, StatementKind } from '../model/article';
import { SPEAKERS } from '../extract/speakers/speaker-list';
import { speakerSpellingsFrom } from './article-docs';
import { tokenize } from './encoder';
import { SearchEngine } from './engine';
import { openIndex, saveIndex } from './persist';
import { articleFrom, seedArticles } from './test-fixtures';

const N = Number(process.argv[2] ?? 10000);

let seed = 42;
function rnd(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

const OUTLETS = [
  'RT Arabic',
  'SANA',
  'Elaph',
  'Al Mayadeen',
  'Sputnik Arabic',
  'Al Jazeera',
  'Asharq Al-Awsat',
  'Enab Baladi',
];
const VARIANTS = [
  'سوريا',
  'سورية',
  'السورية',
  'بسوريا',
  'سيرغي',
  'سيرجي',
  'مسؤول',
  'مسئول',
  'رئيس',
  'الرئيس',
];
const KINDS: StatementKind[] = ['reported', 'reported', 'quote', 'headline'];
const VOCAB = 200_000;
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** The n-th pseudo-word: 4–8 Arabic letters, the same for the same n. */
function pseudoWord(n: number): string {
  let w = '';
  let x = n + 1;
  for (let i = 0; i < 4 + (n % 5); i++) {
    w += LETTERS[x % LETTERS.length];
    x = Math.floor(x / LETTERS.length) + i * 7 + 3;
  }
  return w;
}

function synthetic(paragraphs: string[]): Article[] {
  const people = SPEAKERS.filter((s) => s.names.ar.length);
  const out: Article[] = [];
  for (let i = 0; i < N; i++) {
    const paras: string[] = [];
    const count = 10 + Math.floor(rnd() * 12);
    for (let k = 0; k < count; k++) {
      const words = pick(paragraphs).split(' ');
      // vary vocabulary: numbers, names, spelling variants, and pseudo-words drawn with a
      // Zipf-like skew from a large vocabulary (the seeds alone have only a few thousand words)
      for (let w = 0; w < words.length; w++) {
        const r = rnd();
        if (r < 0.15) words[w] = pseudoWord(Math.floor(VOCAB * rnd() ** 3));
        else if (w % 7) continue;
        else if (r < 0.3) words[w] = String(Math.floor(rnd() * 5000));
        else if (r < 0.5) words[w] = pick(pick(people).names.ar);
        else if (r < 0.6) words[w] = pick(VARIANTS);
        else if (r < 0.7) words[w] = words[w] + 'ات';
      }
      paras.push(words.join(' '));
    }
    const body = paras.join('\n\n');
    const statements: Statement[] = [];
    let at = 0;
    for (let s = 0; s < 8 && at < body.length; s++) {
      const start = body.indexOf(' ', at + Math.floor(rnd() * 300)) + 1;
      if (start <= 0) break;
      let end = body.indexOf('.', start);
      if (end < 0 || end - start > 400) end = Math.min(body.length, start + 150);
      const sp = pick(people);
      statements.push({
        speaker: {
          id: sp.id,
          nameEn: sp.nameEn,
          asWritten: pick(sp.names.ar),
          role: null,
          russianOfficial: sp.russianOfficial,
          institution: sp.institution,
          listed: true,
        },
        kind: pick(KINDS),
        aboutSyria: true,
        text: body.slice(start, end),
        quote: null,
        date: null,
        start,
        end,
      });
      at = end;
    }
    const y = 2011 + Math.floor(rnd() * 14);
    const date = rnd() < 0.85 ? `${y}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-15` : null;
    out.push(
      articleFrom(`syn-${i}`, body, {
        headline: paras[0].slice(0, 80),
        outlet: pick(OUTLETS),
        date,
        statements,
      }),
    );
  }
  return out;
}

const QUERIES = [
  'سوريا',
  'سورية',
  'لافروف',
  'Lavrov',
  'Лавров',
  'بوتين',
  'موسكو',
  'الإرهاب',
  'واشنطن',
  'جنيف',
  'أنطونوف',
  'التسوية السياسية',
  '"التسوية السياسية"',
  '"وزير الخارجية"',
  '"جبهة النصرة"',
  'مجلس الأمن',
  'لافروف سوريا',
  'بوتين -أوكرانيا',
  'speaker:lavrov',
  'speaker:putin سوريا',
  'kind:quote',
  'official:yes الإرهاب',
  'outlet:sana',
  'from:2016 to:2016 سوريا',
  'from:2015-09 to:2015-12',
  'lang:ar type:article موسكو',
  'حلب',
  'الهدنة',
  'وقف إطلاق النار',
  '"وقف إطلاق النار"',
  'داعش',
  'مسؤول',
  'سيرجي',
  'zzzz',
  '1234',
  'الأسد',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1e6);
}

async function main() {
  const paragraphs = seedArticles()
    .flatMap((a) => a.body.split(/\n+/))
    .filter((p) => p.split(' ').length > 12);
  const articles = synthetic(paragraphs);
  const chars = articles.reduce((n, a) => n + a.body.length, 0);
  const stmts = articles.reduce((n, a) => n + a.statements.length, 0);
  console.log(
    `${articles.length} articles, ${stmts} statements, ${(chars / 1e6).toFixed(1)} M chars of body`,
  );

  let t = performance.now();
  let tokens = 0;
  for (const a of articles.slice(0, 1000)) tokens += tokenize(a.body).length;
  const tokMs = performance.now() - t;
  console.log(
    `tokenizer: ${(articles.slice(0, 1000).reduce((n, a) => n + a.body.length, 0) / 1e6 / (tokMs / 1000)).toFixed(1)} M chars/s (${tokens} tokens)`,
  );

  const heap0 = heapMB();
  const engine = new SearchEngine({ speakerSpellings: speakerSpellingsFrom(SPEAKERS) });
  t = performance.now();
  for (const a of articles) engine.add(a);
  const buildMs = performance.now() - t;
  const heap1 = heapMB();
  console.log(
    `build: ${(buildMs / 1000).toFixed(1)} s (${(buildMs / articles.length).toFixed(2)} ms/article); heap +${heap1 - heap0} MB (index + side tables + the articles themselves)`,
  );

  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const s = performance.now();
      engine.search(q, { limit: 20 });
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  console.log(
    `query (${times.length} runs, limit 20): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
  );
  for (const q of QUERIES) {
    const s = performance.now();
    const r = engine.search(q, { limit: 20 });
    console.log(
      `  ${(performance.now() - s).toFixed(1).padStart(7)} ms  ${String(r.total).padStart(6)}  ${q}`,
    );
  }

  const kv = new MemoryKV<string>();
  t = performance.now();
  const meta = await saveIndex(engine, kv);
  const saveMs = performance.now() - t;
  const size = [...kv.map.values()].reduce((n, v) => n + v.length, 0);
  const flexSize = [...kv.map.entries()]
    .filter(([k]) => k.startsWith('flex:'))
    .reduce((n, [, v]) => n + v.length, 0);
  console.log(
    `save: ${saveMs.toFixed(0)} ms, ${meta.flexKeys.length} flex chunks + ${meta.tableChunks} table chunks, ${(size / 1e6).toFixed(1)} M chars (flexsearch ${(flexSize / 1e6).toFixed(1)} M)`,
  );
  t = performance.now();
  const opened = await openIndex(kv, { speakerSpellings: speakerSpellingsFrom(SPEAKERS) });
  console.log(`open: ${(performance.now() - t).toFixed(0)} ms, needsRebuild ${opened.needsRebuild}`);
  t = performance.now();
  const gone = articles.slice(0, 1000).map((a) => a.id);
  opened.engine.removeMany(gone);
  console.log(
    `remove 1000 articles: ${(performance.now() - t).toFixed(0)} ms (garbage ${(opened.engine.garbage * 100).toFixed(0)}%)`,
  );
  t = performance.now();
  opened.engine.compact();
  console.log(
    `compact (rebuild flexsearch from side tables): ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}

void main();
