/**
 * Command line of `npm run bench`: which corpus sizes, how many runs, and a few switches for
 * working on the benchmark itself. Unknown flags are an error, so a typo does not silently run
 * the 15-minute default.
 */

export interface BenchArgs {
  sizes: number[];
  runs: number;
  seed: number;
  /** Skip the Chromium part (floor, ingest, queries, reopen): Node comparisons only. */
  noBrowser: boolean;
  /** Skip MiniSearch/Orama/our engine in Node. */
  noNode: boolean;
  /** Skip the 50,000-article clustering figure. */
  noCluster: boolean;
  /** Keep bench/tmp/ (the corpus files and article dumps) after the run. */
  keep: boolean;
  /** Abandon one in-browser ingest after this many seconds. */
  ingestTimeoutS: number;
  /** Largest size ingested in the browser; above it only the floor runs there (see bench.ts). */
  ingestMax: number;
}

const HELP = `npm run bench -- [--sizes 1000,10000,50000] [--runs 3] [--seed 42]
  [--no-browser] [--no-node] [--no-cluster] [--keep] [--ingest-timeout 900] [--ingest-max 10000]`;

export function parseArgs(argv: string[]): BenchArgs {
  const out: BenchArgs = {
    sizes: [1000, 10000, 50000],
    runs: 3,
    seed: 42,
    noBrowser: false,
    noNode: false,
    noCluster: false,
    keep: false,
    ingestTimeoutS: 900,
    ingestMax: 10000,
  };
  const num = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (!v || !Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number\n${HELP}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--sizes': {
        const v = value();
        out.sizes = (v ?? '').split(',').map((s) => num('--sizes', s.trim().replace(/_/g, '')));
        break;
      }
      case '--runs':
        out.runs = Math.round(num('--runs', value()));
        break;
      case '--seed':
        out.seed = Math.round(num('--seed', value()));
        break;
      case '--ingest-timeout':
        out.ingestTimeoutS = num('--ingest-timeout', value());
        break;
      case '--ingest-max':
        out.ingestMax = num('--ingest-max', value());
        break;
      case '--no-browser':
        out.noBrowser = true;
        break;
      case '--no-node':
        out.noNode = true;
        break;
      case '--no-cluster':
        out.noCluster = true;
        break;
      case '--keep':
        out.keep = true;
        break;
      case '--help':
      case '-h':
        console.log(HELP);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${a}\n${HELP}`);
    }
  }
  return out;
}
