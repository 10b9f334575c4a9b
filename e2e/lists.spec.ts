import { test, expect } from '@playwright/test';
import { expectLibraryCount, waitForReport } from './helpers';

const PAGE = [
  'موقع الاختبار — كل الأخبار',
  'قال المسؤول الروسي إيفان تيستوف اليوم إن روسيا ستواصل دعم الحل السياسي في سوريا، مشددا على أهمية الحوار.',
  'وأضاف تيستوف أن موسكو مستعدة للتعاون مع جميع الأطراف في سوريا من أجل تسوية الأزمة.',
].join('\n\n');

test('a speaker and an outlet added by the user are found after re-extraction, and stay after a reload', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Paste text' }).click();
  await page.getByTestId('paste-text').fill(PAGE);
  await page.getByRole('button', { name: 'Add to library' }).click();
  await waitForReport(page);
  await expectLibraryCount(page, 1);
  const row = page.getByTestId('article-row').first();
  await expect(row).not.toContainText('Test Outlet');

  await page.getByTestId('nav-lists').click();
  const sf = page.getByTestId('speaker-form');
  await sf.getByTestId('sf-name').fill('Ivan Testov');
  await sf.getByTestId('sf-ar').fill('إيفان تيستوف\nتيستوف');
  await sf.getByTestId('sf-role').fill('Test envoy');
  await sf.getByTestId('sf-add').click();
  await expect(page.getByTestId('user-speakers')).toContainText('Ivan Testov');
  const ff = page.getByTestId('fingerprint-form');
  await ff.getByTestId('ff-outlet').fill('Test Outlet');
  await ff.getByTestId('ff-patterns').fill('~موقع الاختبار');
  await ff.getByTestId('ff-add').click();
  await page.getByTestId('lists-save').click();
  await expect(page.getByTestId('lists-save')).toBeDisabled();

  await page.reload();
  await expect(page.getByTestId('user-speakers')).toContainText('Ivan Testov');
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page.getByTestId('article-row').first()).toContainText('Test Outlet');
  await page.getByTestId('article-row').first().click();
  const marks = page.getByTestId('reader-body').locator('[data-speaker="Ivan Testov"]');
  await expect(marks.first()).toBeVisible();
  expect(await marks.count()).toBeGreaterThanOrEqual(2);
});
