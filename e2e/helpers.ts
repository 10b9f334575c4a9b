/** Shared steps of the end-to-end tests: the seed files, a real drop, the library count. */
import { expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const SEEDS_DIR = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url));

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function seedFiles(): TestFile[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(SEEDS_DIR, name)) }));
}

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
);

/** Dispatches a real drop event carrying a DataTransfer with these files on the page. */
export async function dropFiles(page: Page, files: TestFile[]) {
  const payload = files.map((f) => ({ name: f.name, type: f.mimeType, b64: f.buffer.toString('base64') }));
  await page.evaluate((items) => {
    const dt = new DataTransfer();
    for (const it of items) {
      const bytes = Uint8Array.from(atob(it.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], it.name, { type: it.type }));
    }
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, payload);
}

export async function expectLibraryCount(page: Page, n: number) {
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-n', String(n), { timeout: 30_000 });
}

/** Waits for the drop report of a finished ingest. */
export async function waitForReport(page: Page) {
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('progress')).toHaveCount(0);
}
