/**
 * Runs the engine over a directory of annotated files and scores it against their gold file
 * (seeds.gold.json format). Node only (reads the files); shared by `npm run eval` and its test.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBatch } from '../lib/extract/extract-batch';
import { scoreAll } from '../lib/extract/eval-score';
import type { EvalReport, GoldFile, ScoredArticle } from '../lib/extract/eval-score';
import { articleLine } from './json-line';
import type { JsonLine } from './json-line';
import { readInputs } from './read-inputs';

/** The repository root (two levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SEEDS_DIR = resolve(REPO_ROOT, '../shared/corpus/seeds');
export const DEFAULT_GOLD = resolve(REPO_ROOT, '../shared/corpus/seeds.gold.json');

export interface EvalRun {
  report: EvalReport;
  lines: JsonLine[];
}

export async function runEval(dir = DEFAULT_SEEDS_DIR, goldPath = DEFAULT_GOLD): Promise<EvalRun> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const items = readInputs(gold.documents.map((d) => join(dir, d.file)));
  const records = items.flatMap((it) => (it.kind === 'record' ? [it] : []));
  const { articles } = await extractBatch(records.map((r) => r.record));
  const lines = articles.map((a, i) => articleLine(records[i].file, a));
  const byFile = new Map<string, ScoredArticle>();
  lines.forEach((l, i) => {
    const name = basename(l.file);
    if (byFile.has(name) || l.body === null) return;
    const a = articles[i].extraction;
    byFile.set(name, {
      language: l.language ?? undefined,
      headline: l.headline,
      body: l.body,
      date: l.date,
      dateWindow: l.dateWindow,
      outlet: l.outlet,
      creditedSource: l.creditedSource,
      removed: a.removed,
      statements: l.statements,
    });
  });
  return { report: scoreAll(gold, (f) => byFile.get(f) ?? null), lines };
}
