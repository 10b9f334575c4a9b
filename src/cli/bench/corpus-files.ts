/**
 * The benchmark corpus on disk: reads the seed files (../shared/corpus/seeds next to the repo,
 * else public/samples), generates a seeded corpus of `size` articles with src/lib/bench/corpus.ts
 * and writes it to bench/tmp/<size>/ as JSON Lines chunk files of 500 articles — the fields a
 * scraper exports (text, title, date, url, source) — which is what the browser run drops into
 * the page. The manifest maps (file, line) back to the generated article's name, so hits can be
 * checked against the queries' known answers.
 */

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCorpus } from '../../lib/bench/corpus';
import type { BenchQuery } from '../../lib/bench/corpus';

export const REPO = resolve(import.meta.dirname, '../../..');
export const TMP = join(REPO, 'bench', 'tmp');
const PER_FILE = 500;

const DOMAINS: Record<string, string> = {
  'RT Arabic': 'arabic.rt.com',
  SANA: 'sana.sy',
  Elaph: 'elaph.com',
  Reuters: 'reuters.com',
  TASS: 'tass.com',
  'RIA Novosti': 'ria.ru',
};

export interface CorpusFiles {
  size: number;
  dir: string;
  /** Chunk file names, in order (inside `dir`). */
  files: string[];
  /** names[file][line] = generated article name. */
  names: Record<string, string[]>;
  queries: BenchQuery[];
  /** Generated article name → its text. */
  texts: Map<string, string>;
  bytes: number;
}

/** Texts of the seed files, and where they came from. */
export function readSeeds(): { texts: string[]; from: string } {
  for (const dir of [join(REPO, '..', 'shared', 'corpus', 'seeds'), join(REPO, 'public', 'samples')]) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    } catch {
      continue;
    }
    if (names.length) return { texts: names.map((f) => readFileSync(join(dir, f), 'utf8')), from: dir };
  }
  throw new Error('no seed files: neither ../shared/corpus/seeds nor public/samples has .txt files');
}

export function writeCorpus(size: number, seed: number, seedTexts: string[]): CorpusFiles {
  const corpus = generateCorpus({ size, seed, seedTexts });
  const dir = join(TMP, String(size));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const names: Record<string, string[]> = {};
  const texts = new Map(corpus.articles.map((a) => [a.name, a.text]));
  let bytes = 0;
  for (let i = 0; i < corpus.articles.length; i += PER_FILE) {
    const part = corpus.articles.slice(i, i + PER_FILE);
    const file = `chunk-${String(i / PER_FILE).padStart(3, '0')}.jsonl`;
    const lines = part.map((a) => {
      const t = a.truth;
      const rec: Record<string, string> = { text: a.text };
      if (t.headline) rec.title = t.headline;
      rec.date = t.date;
      rec.url = `https://${(t.outlet && DOMAINS[t.outlet]) || 'news.example'}/${a.name.replace(/\.txt$/, '')}`;
      if (t.outlet) rec.source = t.outlet;
      return JSON.stringify(rec);
    });
    const data = lines.join('\n') + '\n';
    writeFileSync(join(dir, file), data);
    bytes += Buffer.byteLength(data);
    files.push(file);
    names[file] = part.map((a) => a.name);
  }
  return { size, dir, files, names, queries: corpus.queries, texts, bytes };
}
