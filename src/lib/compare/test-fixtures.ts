/**
 * Test and benchmark fixtures (Node only; nothing in the app imports this): the article text of
 * seed pages 000 (RT Arabic's page: from 'أكد أناتولي' to before the 'المصدر: تاس' credit line)
 * and 002 (a newspaper's rewrite of the same story, taken whole), read from ../shared/corpus/seeds,
 * or from public/samples when the shared corpus is not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIRS = ['../../../../shared/corpus/seeds/', '../../../public/samples/'].map((d) =>
  fileURLToPath(new URL(d, import.meta.url)),
);

export function readSeed(file: string): string {
  for (const d of DIRS) if (existsSync(d + file)) return readFileSync(d + file, 'utf8');
  throw new Error(`fixture: seed ${file} not found`);
}

/** The text between `from` (included) and `to` (excluded). */
export function between(text: string, from: string, to: string): string {
  const s = text.indexOf(from);
  const e = text.indexOf(to, s);
  if (s < 0 || e < 0) throw new Error(`fixture: markers not found: ${from} … ${to}`);
  return text.slice(s, e);
}

export function seed000(): string {
  return between(readSeed('000_61c6d0c0c15cf111.txt'), 'أكد أناتولي', 'المصدر: تاس');
}

export function seed002(): string {
  return readSeed('002_b35af55de502860c.txt');
}

export function seed001(): string {
  return readSeed('001_62a002b87947c43e.txt');
}
