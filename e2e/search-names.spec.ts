import { test, expect } from '@playwright/test';
import { expectLibraryCount, waitForReport } from './helpers';

test('search "Lavrov" and find Arabic statements', async ({ page }) => {
  // In the sample files Lavrov never speaks, but Antonov's and Syromolotov's Arabic statements
  // name "سيرغي لافروف" / "سيرجي لافروف": the Latin query must find them through his spellings.
  await page.goto('./');
  await page.getByTestId('samples').click();
  await waitForReport(page);
  await expectLibraryCount(page, 5);

  for (const q of ['Lavrov', 'Лавров']) {
    await page.getByTestId('search-input').fill(q);
    const results = page.getByTestId('results');
    await expect(results).toHaveAttribute('data-query', q);
    const statements = results.locator('[data-testid="hit"][data-type="statement"]');
    await expect(statements.first()).toBeVisible();
    const speakers = await statements.getByTestId('hit-speaker').allTextContents();
    expect(speakers.some((s) => s !== 'Sergey Lavrov')).toBe(true);
    const marked = await statements.locator('mark').allTextContents();
    expect(marked.some((m) => m.includes('لافروف'))).toBe(true);
  }
});
