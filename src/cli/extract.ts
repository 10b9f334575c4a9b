/**
 * `npm run --silent extract -- FILE...`: reads each file (any supported format, zip included;
 * directories recursively) as the app would, extracts every article with cross-document evidence
 * over all inputs, and prints JSON Lines per ../shared/extraction-output.md in input order.
 * Exit 0 when every file was read, 1 when anything was rejected, 2 on bad usage.
 */
import { extractBatch } from '../lib/extract/extract-batch';
import { articleLine, rejectedLine } from './json-line';
import type { JsonLine } from './json-line';
import { readInputs } from './read-inputs';

const USAGE = 'usage: npm run --silent extract -- FILE_OR_DIR...';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const paths = argv.filter((a) => a !== '--');
  if (paths.length === 0) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const items = readInputs(paths);
  const records = items.flatMap((it) => (it.kind === 'record' ? [it.record] : []));
  const started = Date.now();
  const { articles } = await extractBatch(records);
  let k = 0;
  let rejected = 0;
  // Lines go out as they are made, in pieces of about a megabyte: a large corpus's output is
  // longer than the longest string V8 can hold.
  let out = '';
  const flush = async () => {
    if (!out) return;
    const piece = out;
    out = '';
    if (!process.stdout.write(piece)) await new Promise((r) => process.stdout.once('drain', r));
  };
  for (const it of items) {
    let line: JsonLine;
    if (it.kind === 'record') line = articleLine(it.file, articles[k++]);
    else {
      rejected++;
      line = rejectedLine(it.file, it.entry, it.reason);
      process.stderr.write(`rejected ${it.file}${it.entry ? ` (${it.entry})` : ''}: ${it.reason}\n`);
    }
    out += JSON.stringify(line) + '\n';
    if (out.length >= 1 << 20) await flush();
  }
  await flush();
  process.stderr.write(
    `${articles.length} article(s), ${rejected} rejection(s) in ${Date.now() - started} ms\n`,
  );
  return rejected > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`extract failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
