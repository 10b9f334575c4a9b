// `npm test`: every test. Unit tests (Vitest, Node), then the production build, then the
// end-to-end tests (Playwright against `vite preview`, in Chromium). Ends with one line,
// "N passed, N failed", summed over both; exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const readJson = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);

let passed = 0;
let failed = 0;
let problems = [];

rmSync('test-results/unit.json', { force: true });
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numFailedTests > 0 || !unit.success) problems.push('unit tests');
} else problems.push('unit tests did not report');

let e2eRan = false;
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) problems.push('build');
else if (run('node', ['scripts/ensure-chromium.mjs']) !== 0) problems.push('no Chromium');
else {
  rmSync('test-results/e2e.json', { force: true });
  run('npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    e2eRan = true;
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
    if (e2e.stats.unexpected > 0 || (e2e.errors ?? []).length > 0) problems.push('e2e tests');
  } else problems.push('e2e tests did not report');
}

if (problems.length) console.log(`\nFailed: ${problems.join(', ')}`);
if (!e2eRan && failed === 0) failed = 1; // a run that could not reach the e2e tests is a failure
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', summary + '\n');
console.log(summary);
process.exit(problems.length ? 1 : 0);
