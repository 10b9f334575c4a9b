import { test, expect } from '@playwright/test';
import { SEEDS_DIR, expectLibraryCount, waitForReport } from './helpers';

test('the built app works under a sub-path of a static host', async ({ page, baseURL }) => {
  const root = new URL(baseURL!);
  const prefix = '/some/deep/sub-path';
  // Serve the built files under the prefix, as a static host would.
  await page.route(`${root.origin}${prefix}/**`, async (route) => {
    const url = new URL(route.request().url());
    url.pathname = url.pathname.slice(prefix.length) || '/';
    const response = await route.fetch({ url: url.toString() });
    await route.fulfill({ response });
  });
  const outside: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === root.origin && !u.pathname.startsWith(prefix)) outside.push(u.pathname);
  });
  await page.goto(`${root.origin}${prefix}/`);
  await page.getByTestId('samples').click();
  await waitForReport(page);
  await expectLibraryCount(page, 5);
  expect(outside).toEqual([]);
});

test('a whole folder can be picked', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('folder-input').setInputFiles(SEEDS_DIR);
  await waitForReport(page);
  await expectLibraryCount(page, 5);
  await expect(page.getByTestId('report')).toContainText('000_61c6d0c0c15cf111.txt');
});
