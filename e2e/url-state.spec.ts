import { test, expect, type Request } from '@playwright/test';
import { expectLibraryCount, waitForReport } from './helpers';

test('every view is in the URL: Back and Forward move between library, search and article', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('samples').click();
  await waitForReport(page);

  await page.getByTestId('search-input').fill('زاخاروفا');
  await expect(page.getByTestId('results')).toHaveAttribute('data-query', 'زاخاروفا');
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#q=زاخاروفا');
  await page.getByTestId('hit').first().locator('button.row').click();
  await expect(page.getByTestId('reader-body')).toBeVisible();
  expect(page.url()).toMatch(/#article=a[0-9a-f]{24}$/);

  await page.goBack();
  await expect(page.getByTestId('results')).toHaveAttribute('data-query', 'زاخاروفا');
  await expect(page.getByTestId('search-input')).toHaveValue('زاخاروفا');
  await page.goForward();
  await expect(page.getByTestId('reader-body')).toBeVisible();

  // A search link opens the same search for a colleague with the same library.
  const link = page.url().replace(/#.*$/, '#q=' + encodeURIComponent('سورية speaker:zakharova'));
  await page.goto(link);
  await expect(page.getByTestId('results')).toHaveAttribute('data-query', 'سورية speaker:zakharova');
});

test('a hostile or broken link shows a notice and the normal app, and does nothing else', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.goto('./');
  await page.getByTestId('samples').click();
  await waitForReport(page);
  const before = await page.getByTestId('library-count').getAttribute('data-n');
  for (const bad of [
    '#article=<img src=x onerror=alert(1)>',
    '#c=1.' + 'A'.repeat(5000),
    '#c=9.eJwLycgsVgCi4pLSxJLMvHQA',
    '#t=1.!!!!',
    '#q=%E0%A4%A',
    '#javascript:alert(1)',
  ]) {
    await page.goto(new URL('./', baseURL).toString() + bad);
    await expect(page.getByRole('status').filter({ hasText: /link/ })).toBeVisible();
    await expectLibraryCount(page, Number(before));
  }
  expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
  expect(requests.filter((r) => !r.url().startsWith(origin)).map((r) => r.url())).toEqual([]);
});
