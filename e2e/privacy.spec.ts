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
