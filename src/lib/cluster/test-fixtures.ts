/**
 * Test and benchmark fixtures (Node only; nothing in the app imports this): the five seed pages
 * shipped in public/samples, as read from disk ("raw": with site chrome, related headlines and
 * comments) and as a rough article-body slice (what the pipeline's extraction hands over).
 * The slicing is deliberately crude — cut at the headline and at the outlet's credit line — so
 * the tests do not depend on the extraction module.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLES_DIR = fileURLToPath(new URL('../../../public/samples/', import.meta.url));

export const SEED_FILES = [
  '000_61c6d0c0c15cf111.txt',
  '001_62a002b87947c43e.txt',
  '002_b35af55de502860c.txt',
  '003_d6c00d9b6c816f3c.txt',
  '004_a8f4b5e32d361335.txt',
] as const;

function slice(text: string, start: string | null, end: string | null): string {
  const s = start === null ? 0 : text.indexOf(start);
  if (s < 0) throw new Error(`fixture: start marker not found: ${start}`);
  const e = end === null ? text.length : text.indexOf(end, s);
  if (e < 0) throw new Error(`fixture: end marker not found: ${end}`);
  return text.slice(s, e);
}

export interface Seed {
  /** File name without extension's hash part: '000' … '004'. */
  id: string;
  file: string;
  raw: string;
  body: string;
}

export function loadSeeds(): Seed[] {
  const cuts: [string | null, string | null][] = [
    ['الدفاع الروسية: موسكو', 'المصدر:'],
    ['موسكو: جميع خطواتنا', 'المصدر:'],
    [null, null],
    [null, 'تابعوا آخر'],
    [null, 'التعليقات'],
  ];
  return SEED_FILES.map((file, i) => {
    const raw = readFileSync(SAMPLES_DIR + file, 'utf8');
    return { id: file.slice(0, 3), file, raw, body: slice(raw, ...cuts[i]) };
  });
}
