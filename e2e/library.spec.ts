import { test, expect } from '@playwright/test';
import { zipSync } from 'fflate';
import { PNG, dropFiles, expectLibraryCount, seedFiles, waitForReport } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('library-count')).toBeVisible();
});

test('an empty library greets with a drop target and the sample files', async ({ page }) => {
  await expectLibraryCount(page, 0);
  await expect(page.getByRole('heading', { name: /Drop scraped news pages/ })).toBeVisible();
  await page.getByTestId('samples').click();
  await waitForReport(page);
  await expectLibraryCount(page, 5);
  await expect(page.getByTestId('report').locator('li[data-status="added"]')).toHaveCount(5);
});

test('a real drop adds the five seeds; dropping them again says they are already there', async ({ page }) => {
  await dropFiles(page, seedFiles());
  await waitForReport(page);
  await expectLibraryCount(page, 5);
  await expect(page.getByTestId('article-row')).toHaveCount(5);

  await dropFiles(page, seedFiles());
  await waitForReport(page);
  const report = page.getByTestId('report');
  await expect(report.locator('li[data-status="duplicate"]')).toHaveCount(5);
  await expect(report).toContainText('already in the library');
  await expectLibraryCount(page, 5);
});

test('the file input adds files; a zip of the seeds plus a PNG gives five skipped and one rejected', async ({
  page,
}) => {
  await page.getByTestId('file-input').setInputFiles(seedFiles());
  await waitForReport(page);
  await expectLibraryCount(page, 5);

  const entries: Record<string, Uint8Array> = {};
  for (const f of seedFiles()) entries[`pages/${f.name}`] = new Uint8Array(f.buffer);
  entries['pages/photo.png'] = new Uint8Array(PNG);
  const zip = Buffer.from(zipSync(entries));
  await dropFiles(page, [
    { name: 'seeds.zip', mimeType: 'application/zip', buffer: zip },
    { name: 'picture.txt', mimeType: 'text/plain', buffer: PNG },
  ]);
  await waitForReport(page);
  const report = page.getByTestId('report');
  const zipRow = report.locator('li[data-status="duplicate"]', { hasText: 'seeds.zip' });
  await expect(zipRow).toContainText('already in the library (5 articles)');
  await expect(zipRow).toContainText('photo.png');
  await expect(zipRow).toContainText('PNG');
  const rejected = report.locator('li[data-status="rejected"]');
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText('picture.txt');
  await expect(rejected).toContainText('binary file (PNG image)');
  await expectLibraryCount(page, 5);
});

test('the library survives a reload, and Clear empties it after a confirmation', async ({ page }) => {
  await dropFiles(page, seedFiles());
  await waitForReport(page);
  await page.reload();
  await expectLibraryCount(page, 5);

  await page.getByTestId('clear').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Keep' }).click();
  await expectLibraryCount(page, 5);

  await page.getByTestId('clear').click();
  await page.getByTestId('confirm-yes').click();
  await expectLibraryCount(page, 0);
  await page.reload();
  await expectLibraryCount(page, 0);
});

test('an article opens and reads; Arabic flips the page to right-to-left', async ({ page }) => {
  await dropFiles(page, seedFiles());
  await waitForReport(page);
  await page.getByTestId('article-row').filter({ hasText: 'سانا' }).or(page.getByTestId('article-row').filter({ hasText: 'سيرومولوتوف' })).first().click();
  await expect(page.getByTestId('reader-body')).toContainText('أعلن نائب وزير الخارجية الروسي أوليغ سيرومولوتوف');
  await expect(page.locator('.article-text')).toHaveAttribute('dir', 'rtl');
  expect(page.url()).toMatch(/#article=a[0-9a-f]{24}$/);

  await page.goBack();
  await expect(page.getByTestId('article-row').first()).toBeVisible();

  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByTestId('lang').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { name: 'المكتبة' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/library-ar.png', fullPage: true });
  await page.getByTestId('lang').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.screenshot({ path: 'test-results/screenshots/library-en.png', fullPage: true });
});

test('pasted text becomes an article', async ({ page }) => {
  await page.getByRole('button', { name: 'Paste text' }).click();
  await page.getByTestId('paste-text').fill('قال وزير الخارجية الروسي سيرغي لافروف اليوم إن موسكو تدعم الحل السياسي في سوريا.');
  await page.getByRole('button', { name: 'Add to library' }).click();
  await waitForReport(page);
  await expectLibraryCount(page, 1);
});

test('cancel stops a large drop at once and keeps what was stored', async ({ page }) => {
  const base = seedFiles()[4].buffer.toString('utf8');
  const many = Array.from({ length: 400 }, (_, i) => ({
    name: `gen-${String(i).padStart(3, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`${base}\nنسخة رقم ${i} ${'تجربة '.repeat(i % 50)}`),
  }));
  await dropFiles(page, many);
  await expect(page.getByTestId('progress')).toBeVisible();
  await page.getByTestId('cancel').click();
  await expect(page.getByTestId('progress')).toHaveCount(0);
  await expect(page.getByText(/^Cancelled\./)).toBeVisible();
  const count = Number(await page.getByTestId('library-count').getAttribute('data-n'));
  expect(count).toBeLessThan(400);
  await page.reload();
  await expectLibraryCount(page, count);
  // The app still works after a cancel.
  await dropFiles(page, seedFiles().slice(0, 1));
  await waitForReport(page);
  await expectLibraryCount(page, count + 1);
});

test('a large drop is extracted by helper workers, with the same results as a small one', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
  const seeds = seedFiles();
  // 250 pages: the five seeds, each varied 50 times by a closing line (different articles, same story).
  const lines = Array.from({ length: 250 }, (_, i) =>
    JSON.stringify({ text: `${seeds[i % 5].buffer.toString('utf8')}\nتحديث رقم ${i}`, url: `https://example.org/${i}` }),
  );
  await dropFiles(page, [{ name: 'pages.jsonl', mimeType: 'application/json', buffer: Buffer.from(lines.join('\n')) }]);
  await waitForReport(page);
  await expectLibraryCount(page, 250);
  expect(scripts.some((p) => /extract-worker-[\w-]+\.js$/.test(p))).toBe(true);
  // Extraction in a helper finds what it finds in the ingest worker: Antonov's statements in the Antonov pages.
  await page.getByTestId('article-row').filter({ hasText: 'أناتولي أنطونوف' }).first().click();
  const body = page.getByTestId('reader-body');
  await expect(body).toContainText('أنطونوف');
  await expect(body.locator('[data-speaker="Anatoly Antonov"]').first()).toBeVisible();
  await expect(page.getByTestId('fact-date')).toContainText('11 October 2016');
});

test('a library larger than one page of the list (2,000) arrives whole and survives a reload', async ({ page }) => {
  const n = 2300;
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ title: `خبر رقم ${i}`, text: `خبر رقم ${i}\nقال المتحدث باسم الكرملين دميتري بيسكوف اليوم إن موسكو تتابع الوضع في سوريا عن كثب، رقم ${i}.` }),
  );
  await dropFiles(page, [{ name: 'many.jsonl', mimeType: 'application/json', buffer: Buffer.from(lines.join('\n')) }]);
  await waitForReport(page);
  await expectLibraryCount(page, n);
  // The list holds every page: scrolled to its end, its last rows are there.
  const list = page.getByRole('list', { name: 'Library' });
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.getByTestId('article-row').last()).toBeVisible();
  const ids = await page.getByTestId('article-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(new Set(ids).size).toBe(ids.length);
  await page.reload();
  await expectLibraryCount(page, n);
});
