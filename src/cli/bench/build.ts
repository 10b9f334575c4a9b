/**
 * Makes sure dist/ holds a build of the current sources before the browser runs: rebuilds with
 * `npx vite build` when dist/index.html is missing or older than anything under src/, public/,
 * index.html or vite.config.ts. Also bundles the floor worker (floor-worker.ts, with the app's
 * encoder) for the page, with esbuild (the bundler tsx itself runs on).
 */

import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO } from './corpus-files';

function newest(path: string): number {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

/** Builds the app when dist/ is stale; returns true when it did. */
export function ensureBuild(): boolean {
  const built = newest(join(REPO, 'dist', 'index.html'));
  const sources = Math.max(
    ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newest(join(REPO, p))),
  );
  if (built && built >= sources) return false;
  console.log('building the app (dist/ is missing or older than the sources)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit' });
  return true;
}

/** Bundles src/cli/bench/floor-worker.ts to `outFile` (an ES module worker). */
export async function bundleFloorWorker(outFile: string): Promise<void> {
  await build({
    entryPoints: [join(REPO, 'src', 'cli', 'bench', 'floor-worker.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: outFile,
    logLevel: 'warning',
  });
}
