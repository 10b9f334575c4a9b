/**
 * Fallback source of articles for the Node comparisons when no browser run stored them (the
 * in-browser ingest was skipped or did not finish): the worker's own reading and extraction code
 * (worker/read-drop-file.ts, worker/pipeline.ts) over the same chunk files, in Node, with
 * Map-backed stores — chrome learnt across the drop, duplicates dropped as the worker drops them.
 * Story linking (near-duplicates, lent dates) is left out: it changes neither texts nor matches.
 * Run as a child process; writes <dir>/articles.jsonl and prints {names} (article id → row keys).
 *
 *   tsx src/cli/bench/node-extract.ts <dir> <file>…
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../../lib/ingest';
import { MemoryKV } from '../../lib/kv';
import type { RawRecord } from '../../lib/model/article';
import { createPipeline } from '../../worker/pipeline';
import { readDropFile } from '../../worker/read-drop-file';
import type { Stores } from '../../worker/stores';
import { JsonLinesWriter } from './jsonl';

async function main() {
  const [dir, ...files] = process.argv.slice(2);
  const stores: Stores = {
    articles: new MemoryKV(),
    summaries: new MemoryKV(),
    files: new MemoryKV(),
    corrections: new MemoryKV(),
    signatures: new MemoryKV(),
    searchIndex: new MemoryKV(),
    timeline: new MemoryKV(),
    meta: new MemoryKV(),
  };
  const read: { path: string; fileId: string; records: RawRecord[] }[] = [];
  for (const path of files) {
    const r = await readDropFile({ path, file: new Blob([readFileSync(join(dir, path))]) }, new Map(), DEFAULT_LIMITS);
    if ('records' in r) read.push({ path, fileId: r.fileId, records: r.records });
  }
  const pipe = await createPipeline(stores);
  pipe.learnChrome(read.map((r) => r.records));
  const seen = new Set<string>();
  const out = new JsonLinesWriter(join(dir, 'articles.jsonl'));
  let n = 0;
  for (const r of read) {
    for (const rec of r.records) {
      const a = await pipe.extract(rec, r.path, r.fileId);
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      const { id, file, record, language, headline, subheadline, body, outlet, date, statements } = a;
      out.write({ id, file, record, language, headline, subheadline, body, outlet, date, statements });
      n++;
    }
  }
  out.close();
  process.stdout.write(JSON.stringify({ articles: n }));
}

void main();
