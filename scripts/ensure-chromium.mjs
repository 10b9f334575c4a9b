// Makes sure a Chromium is there for the end-to-end tests: Debian's package (installed here when
// running as root, with the Noto fonts so Arabic renders), or Playwright's own browser if the user
// has one. Otherwise says how to get one and fails.
import { existsSync, readdirSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const fonts = existsSync('/usr/share/fonts/truetype/noto');
const isRoot = process.getuid?.() === 0;

if ((!system || !fonts) && isRoot && existsSync('/usr/bin/apt-get')) {
  console.error('[tests] installing Debian packages: chromium fonts-noto-core');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core', {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.exit(0);
}
if (system) process.exit(0);

const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
if (existsSync(cache) && readdirSync(cache).some((d) => d.startsWith('chromium'))) process.exit(0);

console.error(`No Chromium found for the end-to-end tests.
  On Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-core
  Or Playwright's:   npx playwright install chromium`);
process.exit(1);
