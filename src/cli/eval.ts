/**
 * `npm run eval [-- --dir DIR --gold FILE --verbose]`: runs the engine on the annotated seed files
 * and prints, per file and in total, the body checks, headline, date, outlet and credited source,
 * statement recall and precision, quotes, non-Russian speakers marked Russian and not-quotes taken
 * as quotes. Exits 1 when a target is missed (every body check, headline and date right; recall
 * and precision ≥ 0.95; no non-Russian statement marked Russian), 2 on bad usage.
 */
import { resolve } from 'node:path';
import { tallyRatio } from '../lib/extract/eval-score';
import type { Tally } from '../lib/extract/eval-score';
import { DEFAULT_GOLD, DEFAULT_SEEDS_DIR, runEval } from './eval-run';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

const t = (x: Tally): string => `${x.hit}/${x.total}`;
const yn = (b: boolean): string => (b ? 'ok' : 'MISS');

async function main(argv: string[]): Promise<number> {
  const dir = arg(argv, '--dir');
  const gold = arg(argv, '--gold');
  if ((argv.includes('--dir') && !dir) || (argv.includes('--gold') && !gold)) {
    process.stderr.write('usage: npm run eval -- [--dir DIR] [--gold FILE] [--verbose]\n');
    return 2;
  }
  const { report } = await runEval(
    dir ? resolve(dir) : DEFAULT_SEEDS_DIR,
    gold ? resolve(gold) : DEFAULT_GOLD,
  );
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const out: string[] = [];
  for (const f of report.files) {
    out.push(
      `${f.file}: body +${t(f.bodyInclude)} -${t(f.bodyExclude)} | headline ${yn(f.headline)} | date ${yn(f.date)} | ` +
        `outlet ${yn(f.outlet)} | credit ${yn(f.creditedSource)} | recall ${t(f.recall)} | precision ${t(f.precision)} | ` +
        `quotes ${t(f.quotes)} | non-Russian as Russian ${f.nonRussianAsRussian} | not-quotes as quotes ${f.notQuotesAsQuotes}`,
    );
    if (verbose || f.misses.length <= 12) for (const m of f.misses) out.push(`    - ${m}`);
    else out.push(`    (${f.misses.length} misses; --verbose lists them)`);
  }
  const x = report.totals;
  out.push('');
  out.push(
    `TOTAL body include ${t(x.bodyInclude)}, body exclude ${t(x.bodyExclude)}, headline ${t(x.headline)}, date ${t(x.date)}`,
  );
  out.push(`      outlet ${t(x.outlet)}, credited source ${t(x.creditedSource)}`);
  out.push(
    `      recall ${t(x.recall)} = ${tallyRatio(x.recall).toFixed(3)}, precision ${t(x.precision)} = ${tallyRatio(x.precision).toFixed(3)}, ` +
      `quotes ${t(x.quotes)}, non-Russian as Russian ${x.nonRussianAsRussian}, not-quotes as quotes ${x.notQuotesAsQuotes}`,
  );
  out.push(report.failures.length ? `TARGETS MISSED: ${report.failures.join('; ')}` : 'all targets met');
  process.stdout.write(out.join('\n') + '\n');
  return report.failures.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`eval failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
