import { test, expect, type Request } from '@playwright/test';
import { dropFiles, expectLibraryCount, seedFiles, waitForReport } from './helpers';

test('a whole visit makes no request to another origin and nothing but GETs of the app', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  await page.goto('./');
  await page.getByTestId('samples').click();
  await waitForReport(page);
  await dropFiles(page, seedFiles());
  await waitForReport(page);
  await page.getByTestId('article-row').first().click();
  await expect(page.getByTestId('reader-body')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByTestId('clear').click();
  await page.getByTestId('confirm-yes').click();
  await expectLibraryCount(page, 0);

  expect(requests.length).toBeGreaterThan(0);
  const bad = requests.filter((r) => {
    const url = new URL(r.url());
    const own = url.origin === origin || url.protocol === 'blob:' || url.protocol === 'data:';
    return !own || r.method() !== 'GET';
  });
  expect(bad.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(violations).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
});

test('a whole visit with a comparison and its link makes no request to another origin and no non-GET', async ({ page, browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: Request[] = [];
  const record = (p: import('@playwright/test').Page) => p.on('request', (r) => requests.push(r));
  record(page);

  await page.goto('./');
  await page.getByTestId('samples').click();
  await waitForReport(page);
  await dropFiles(page, seedFiles());
  await waitForReport(page);
  await page.getByTestId('search-input').fill('أنطونوف');
  await expect(page.getByTestId('hit').first()).toBeVisible();
  await page.getByTestId('nav-timeline').click();
  await expect(page.getByTestId('lane').first()).toBeVisible({ timeout: 30_000 });
  await page.goBack();
  await page.goBack();
  await page.getByTestId('search-input').fill('');
  const row = page.locator('.row-wrap').filter({ has: page.getByTestId('row-cluster') }).first();
  await row.getByTestId('row-compare-versions').click();
  await expect(page.getByTestId('versions')).toHaveAttribute('data-n', '2', { timeout: 30_000 });
  await page.getByTestId('copy-link').click();
  const link = await page.getByTestId('link-field').inputValue();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  record(other);
  await other.goto(link);
  await expect(other.getByTestId('versions')).toHaveAttribute('data-n', '2', { timeout: 30_000 });
  await fresh.close();

  expect(requests.length).toBeGreaterThan(0);
  const bad = requests.filter((r) => {
    const url = new URL(r.url());
    const own = url.origin === origin || url.protocol === 'blob:' || url.protocol === 'data:';
    return !own || r.method() !== 'GET';
  });
  expect(bad.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
});
