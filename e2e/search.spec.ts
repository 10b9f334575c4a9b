import { test, expect } from '@playwright/test';
import { expectLibraryCount, waitForReport } from './helpers';

test('search finds every spelling of Syria, filters by speaker, and works after a reload without re-indexing', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByTestId('samples').click();
  await waitForReport(page);
  await expectLibraryCount(page, 5);

  const box = page.getByTestId('search-input');
  await box.fill('سورية');
  const results = page.getByTestId('results');
  await expect(results).toHaveAttribute('data-query', 'سورية');
  // The SANA article writes سورية, the others سوريا: all five speak of Syria.
  const titles = await results.locator('.hit .title').allTextContents();
  const distinct = new Set(titles);
  expect(distinct.size).toBe(5);
  await expect(results.locator('mark').first()).toBeVisible();
  const marked = await results.locator('mark').allTextContents();
  expect(marked.some((m) => m.includes('سوريا'))).toBe(true);
  expect(marked.some((m) => m.includes('سورية'))).toBe(true);

  // Filter by speaker with a facet chip: only her statements remain.
  await page.locator('[data-testid="chip"][data-facet="speaker"][data-value="zakharova"]').click();
  await expect(box).toHaveValue(/speaker:zakharova/);
  await expect(results).toHaveAttribute('data-query', 'سورية speaker:zakharova');
  const speakers = await results.getByTestId('hit-speaker').allTextContents();
  expect(speakers.length).toBeGreaterThan(0);
  expect(new Set(speakers)).toEqual(new Set(['Maria Zakharova']));

  // Names in another script find the same speaker.
  await box.fill('Захарова');
  await expect(results).toHaveAttribute('data-query', 'Захарова');
  await expect(results.getByTestId('hit-speaker').first()).toHaveText('Maria Zakharova');

  await page.screenshot({ path: 'test-results/screenshots/search-en.png', fullPage: true });

  // After a reload the search (kept in the URL) is back, answered by the saved index at once:
  // the progress panel never appears.
  await page.addInitScript(() => {
    const w = window as unknown as { __progressSeen?: boolean };
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="progress"]')) w.__progressSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.getByTestId('results')).toHaveAttribute('data-query', 'Захарова');
  await page.getByTestId('search-input').fill('أنطونوف');
  await expect(page.getByTestId('results')).toHaveAttribute('data-query', 'أنطونوف');
  await expect(page.getByTestId('hit-speaker').first()).toHaveText('Anatoly Antonov');
  expect(await page.evaluate(() => (window as unknown as { __progressSeen?: boolean }).__progressSeen)).toBeUndefined();
});
