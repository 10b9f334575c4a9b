/**
 * Comparisons: the versions of a story (seeds 000 and 002, Antonov) side by side with the flagged
 * differences; statements picked from search results side by side; a share link opened in a fresh
 * browser context with an empty library (texts from the link), and a short reference-only link
 * that asks for the files and resolves once they are dropped.
 */
import { test, expect, type Page } from '@playwright/test';
import { dropFiles, seedFiles, waitForReport } from './helpers';
import { decodeFragment, encodeFragment } from '../src/lib/share/codec';

const SEED = (n: string) => seedFiles().filter((f) => f.name.startsWith(n));

/** Opens the reader on the clustered Antonov article and its "compare versions". */
async function openAntonovVersions(page: Page) {
  const row = page.locator('.row-wrap').filter({ has: page.getByTestId('row-cluster') }).first();
  await row.getByTestId('article-row').click();
  await expect(page.getByTestId('reader-cluster')).toBeVisible();
  await page.getByTestId('compare-versions').click();
  await expect(page.getByTestId('versions')).toHaveAttribute('data-n', '2', { timeout: 30_000 });
}

async function expectAntonovComparison(page: Page) {
  await expect(page.getByTestId('version-head')).toHaveCount(2);
  await expect(page.getByTestId('meaning-change').first()).toHaveAttribute('data-kinds', /negation/);
  await expect(page.locator('mark.chg.meaning').first()).toBeVisible();
  await expect(page.getByTestId('only-here').first()).toBeVisible();
  const sim = Number(await page.getByTestId('similarity').getAttribute('data-n'));
  expect(sim).toBeGreaterThan(40);
  return sim;
}

test('the versions of Antonov’s statement side by side, with the flagged differences', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('./');
  await page.getByTestId('samples').click();
  await waitForReport(page);
  // The library lists both versions as one story (one outlet known), one marked the earliest.
  await expect(page.getByTestId('row-cluster')).toHaveCount(2);
  await expect(page.getByTestId('row-cluster').first()).toContainText('reported by 1 outlet (2 versions)');
  await expect(page.getByTestId('row-earliest')).toHaveCount(1);
  await openAntonovVersions(page);
  await expectAntonovComparison(page);
  expect(new URL(page.url()).hash).toMatch(/^#c=1\./);

  // Spelling variants are quiet and can be hidden; the state is in the URL.
  const spelling = await page.locator('mark.chg.spelling').count();
  expect(spelling).toBeGreaterThan(0);
  await page.getByTestId('hide-spelling').check();
  await expect(page.locator('mark.chg.spelling')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('hide-spelling')).toBeChecked({ timeout: 30_000 });
  await expect(page.locator('mark.chg.spelling')).toHaveCount(0);
  await page.getByTestId('hide-spelling').uncheck();

  await page.getByTestId('jump').first().click();
  await expect(page.locator('p[id^="cmp-v"]:focus')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/compare-en.png', fullPage: true });
  await page.getByTestId('lang').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.screenshot({ path: 'test-results/screenshots/compare-ar.png', fullPage: true });
  await page.getByTestId('lang').click();
});

test('a Putin and a Zakharova statement, added to a comparison, side by side', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('samples').click();
  await waitForReport(page);
  for (const [q, name] of [
    ['بوتين', 'Vladimir Putin'],
    ['زاخاروفا', 'Maria Zakharova'],
  ]) {
    await page.getByTestId('search-input').fill(q);
    await expect(page.getByTestId('results')).toHaveAttribute('data-query', q);
    const hit = page.getByTestId('hit').filter({ has: page.getByTestId('hit-speaker').getByText(name, { exact: true }) }).first();
    await hit.getByTestId('hit-add').click();
  }
  await expect(page.getByTestId('basket')).toHaveAttribute('data-n', '2');
  await page.getByTestId('basket-compare').click();
  const cols = page.getByTestId('compared-statement');
  await expect(cols).toHaveCount(2, { timeout: 30_000 });
  const names = await page.getByTestId('cmp-speaker').allTextContents();
  expect(names.sort()).toEqual(['Maria Zakharova', 'Vladimir Putin']);
  await expect(page.getByTestId('related')).toBeVisible();
  // Sorted by date (undated last) by default; the order can be switched to the order picked.
  await expect(page.getByTestId('sort-date')).toBeChecked();
});

test('a comparison link works alone in a fresh browser; a short link resolves once the files are dropped', async ({ page, browser }) => {
  await page.goto('./');
  await dropFiles(page, seedFiles());
  await waitForReport(page);
  await openAntonovVersions(page);
  const sim = await expectAntonovComparison(page);

  await page.getByTestId('copy-link').click();
  const field = page.getByTestId('link-field');
  await expect(field).toHaveAttribute('data-embed', 'true');
  const link = await field.inputValue();
  expect(link).toMatch(/#c=1\.[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('link-size')).toHaveAttribute('data-bytes', String(Buffer.byteLength(link)));
  await page.getByTestId('copy-short').click();
  await expect(field).toHaveAttribute('data-embed', 'false');
  const short = await field.inputValue();
  expect(short.length).toBeLessThan(link.length / 5);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('versions')).toHaveAttribute('data-n', '2', { timeout: 30_000 });
  await expect(other.getByTestId('source-badge')).toHaveText(['from the link', 'from the link']);
  expect(await expectAntonovComparison(other)).toBe(sim);
  await expect(other.getByTestId('library-count')).toHaveCount(0);
  await other.goto(other.url().replace(/#.*$/, ''));
  await expect(other.getByTestId('library-count')).toHaveAttribute('data-n', '0');
  await fresh.close();

  const fresh2 = await browser.newContext();
  const third = await fresh2.newPage();
  await third.goto(short);
  await expect(third.getByTestId('drop-to-see')).toContainText('Drop the files to see this comparison');
  await dropFiles(third, [...SEED('000'), ...SEED('002')]);
  await expect(third.getByTestId('versions')).toHaveAttribute('data-n', '2', { timeout: 30_000 });
  await expect(third.getByTestId('source-badge')).toHaveText(['in your library', 'in your library']);
  await expect(third.getByTestId('drop-to-see')).toHaveCount(0);
  expect(await expectAntonovComparison(third)).toBe(sim);
  await fresh2.close();
});

/** The link with the first item's embedded text altered (its content id kept): a hand-crafted link. */
async function tampered(link: string): Promise<string> {
  const hash = link.slice(link.indexOf('#'));
  const decoded = await decodeFragment(hash);
  if (!decoded.ok || decoded.state.view !== 'compare') throw new Error('the copied link does not decode');
  const items = decoded.state.spec.items.map((it, i) =>
    i === 0 ? { ...it, text: it.text!.replace('موسكو', 'واشنطن') } : it,
  );
  expect(items[0].text).not.toBe(decoded.state.spec.items[0].text);
  const fragment = await encodeFragment({ ...decoded.state, spec: { ...decoded.state.spec, items } });
  return link.slice(0, link.indexOf('#')) + fragment;
}

test('a link whose text differs from its id says so, against the library and alone', async ({ page, browser }) => {
  await page.goto('./');
  await dropFiles(page, [...SEED('000'), ...SEED('002')]);
  await waitForReport(page);
  await openAntonovVersions(page);
  await page.getByTestId('copy-link').click();
  const link = await tampered(await page.getByTestId('link-field').inputValue());

  // Where the library holds that id: the library's text is shown, and the view says the link's differs.
  await page.goto(link);
  await expect(page.getByTestId('versions')).toHaveAttribute('data-n', '2', { timeout: 30_000 });
  await expect(page.getByTestId('source-badge').first()).toHaveAttribute('data-source', 'library-differs');
  await expect(page.getByTestId('source-badge').first()).toHaveText('your library holds a different text under this id');
  await expect(page.getByTestId('source-badge').nth(1)).toHaveAttribute('data-source', 'in-library');
  await expect(page.getByTestId('id-mismatch')).toHaveCount(1);
  await expect(page.getByTestId('library-count')).toHaveCount(0);

  // Alone (empty library): the link's text is shown, marked as from the link and as not matching its id.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('versions')).toHaveAttribute('data-n', '2', { timeout: 30_000 });
  await expect(other.getByTestId('source-badge')).toHaveText(['from the link', 'from the link']);
  await expect(other.getByTestId('id-mismatch')).toHaveCount(1);
  await fresh.close();
});
