/**
 * The Chromium the tests and the benchmark drive: Debian's when installed (CI installs it), else
 * Playwright's own (undefined path), launched with the same flags everywhere.
 */
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM: string | undefined = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
