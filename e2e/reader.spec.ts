import { test, expect, type Page } from '@playwright/test';
import { expectLibraryCount, waitForReport } from './helpers';

async function openAntonov(page: Page) {
  await page.goto('./');
  await page.getByTestId('samples').click();
  await waitForReport(page);
  await expectLibraryCount(page, 5);
  await page.getByTestId('article-row').filter({ hasText: 'الدفاع الروسية: موسكو مستعدة' }).click();
  await expect(page.getByTestId('reader-body')).toBeVisible();
}

const statementCount = async (page: Page) => Number(await page.getByTestId('statement-count').getAttribute('data-n'));

test('the reader shows the cleaned article, its statements by speaker, and the date and outlet with evidence', async ({
  page,
}) => {
  await openAntonov(page);
  const body = page.getByTestId('reader-body');
  await expect(body).toContainText('أكد أناتولي أنطونوف، نائب وزير الدفاع الروسي');
  await expect(body).not.toContainText('أين يمكنك متابعتنا');
  await expect(body).not.toContainText('التعليقات');
  await expect(page.getByTestId('reader-title')).toContainText('الدفاع الروسية: موسكو مستعدة للعمل مع واشنطن');

  await expect(page.getByTestId('fact-date')).toContainText('11 October 2016');
  await expect(page.getByTestId('fact-date')).toContainText('11 أكتوبر');
  await expect(page.getByTestId('fact-outlet')).toContainText('RT Arabic');
  expect(await statementCount(page)).toBeGreaterThanOrEqual(10);
  await expect(body.locator('[data-speaker="Anatoly Antonov"]').first()).toBeVisible();

  await body.locator('[data-speaker="Anatoly Antonov"]').first().click();
  const card = page.getByTestId('statement-card');
  await expect(card.getByTestId('card-speaker')).toHaveText('Anatoly Antonov');
  await expect(card).toContainText('Deputy Minister of Defence');

  await page.getByTestId('toggle-removed').click();
  await expect(page.getByTestId('removed')).toContainText('أين يمكنك متابعتنا');
  await page.screenshot({ path: 'test-results/screenshots/reader-en.png', fullPage: true });
  await page.getByTestId('lang').click();
  // In Arabic, the card names the speaker and the post as Arabic news writes them.
  await expect(card.getByTestId('card-speaker')).toHaveText('أناتولي أنطونوف');
  await expect(card.getByTestId('card-role')).toHaveText('نائب وزير الدفاع الروسي');
  await page.screenshot({ path: 'test-results/screenshots/reader-ar.png', fullPage: true });
});

test('corrections of speaker, statement, date and outlet persist across a reload', async ({ page }) => {
  await openAntonov(page);
  const before = await statementCount(page);
  const body = page.getByTestId('reader-body');

  // Change the speaker of the first body statement.
  await body.getByTestId('statement-mark').first().click();
  await page.getByTestId('change-speaker').click();
  await page.getByTestId('speaker-input').fill('Sergey Lavrov');
  await page.getByTestId('speaker-save').click();
  await expect(page.getByTestId('card-speaker')).toHaveText('Sergey Lavrov');

  // Mark the last statement as not a statement.
  await body.getByTestId('statement-mark').last().click();
  await page.getByTestId('not-statement').click();
  await expect(page.getByTestId('statement-count')).toHaveAttribute('data-n', String(before - 1));

  // Correct the outlet.
  await page.getByTestId('edit-outlet').click();
  await page.getByTestId('fact-input').fill('Russia Today (Arabic)');
  await page.getByTestId('fact-save').click();
  await expect(page.getByTestId('fact-outlet')).toContainText('Russia Today (Arabic)');

  await page.reload();
  await expect(page.getByTestId('statement-count')).toHaveAttribute('data-n', String(before - 1));
  await expect(page.getByTestId('fact-outlet')).toContainText('corrected by you');
  await expect(body.locator('[data-speaker="Sergey Lavrov"]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page.getByTestId('article-row').filter({ hasText: 'Russia Today (Arabic)' })).toHaveCount(1);
});

test('a statement the engine missed can be added by selecting its text', async ({ page }) => {
  await openAntonov(page);
  const before = await statementCount(page);
  const target = 'لا سيما ضمن مجلس الأمن الدولي';
  // Select the words in the page, as a user dragging the mouse would.
  await page.evaluate((words) => {
    const root = document.querySelector('[data-testid="reader-body"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(words);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + words.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      n.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error('text not found');
  }, target);
  const add = page.getByTestId('add-statement');
  await expect(add).toContainText(target);
  await add.getByTestId('speaker-input').fill('Anatoly Antonov');
  await add.getByTestId('speaker-save').click();
  await expect(page.getByTestId('statement-count')).toHaveAttribute('data-n', String(before + 1));
  await page.reload();
  await expect(page.getByTestId('statement-count')).toHaveAttribute('data-n', String(before + 1));
});
