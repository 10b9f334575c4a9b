import { test, expect } from '@playwright/test';
import { dropFiles, expectLibraryCount, seedFiles, waitForReport } from './helpers';

test('after a first visit the app loads and reads dropped files offline', async ({ page, context }) => {
  await page.goto('./');
  // Wait until the service worker controls the page (it claims clients once installed).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve()));
    }
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('library-count')).toBeVisible();
  await dropFiles(page, seedFiles().slice(0, 2));
  await waitForReport(page);
  await expectLibraryCount(page, 2);
  // The sample files are cached too.
  await page.getByRole('button', { name: 'Clear library' }).click();
  await page.getByTestId('confirm-yes').click();
  await page.getByTestId('samples').click();
  await waitForReport(page);
  await expectLibraryCount(page, 5);
  await context.setOffline(false);
});
