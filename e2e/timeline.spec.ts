/**
 * The timeline over the sample files: lanes per speaker at their dates, the undated tray, zoom to
 * October 2016 and a statement's card, the speaker filter, keyboard, brushing, the range in the
 * URL, dating an undated article, exports, and the axis running right to left in Arabic.
 *
 * Decision asserted here: a speaker whose statements are all undated (Zakharova, Syromolotov,
 * Bogdanov in the samples) keeps a lane, labelled with 0 dated + n undated statements; the lane
 * draws the faint date window and the statements themselves sit in the undated tray.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForReport } from './helpers';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(iso + 'T00:00:00Z');

async function openTimeline(page: Page) {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto('./');
  await page.getByTestId('samples').click();
  await waitForReport(page);
  await page.getByTestId('nav-timeline').click();
  await expect(page.getByTestId('lane').first()).toBeVisible({ timeout: 30_000 });
}

const lane = (page: Page, id: string) => page.locator(`[data-testid="lane"][data-lane="${id}"]`);
const axisRange = async (page: Page) => {
  const axis = page.getByTestId('axis');
  return [Number(await axis.getAttribute('data-from')), Number(await axis.getAttribute('data-to'))];
};

/** Page x of time t, from the axis's own scale (its x of the domain ends). */
async function pageX(page: Page, t: number): Promise<number> {
  const axis = page.getByTestId('axis');
  const box = (await axis.boundingBox())!;
  const [from, to] = await axisRange(page);
  const xf = Number(await axis.getAttribute('data-x-from'));
  const xt = Number(await axis.getAttribute('data-x-to'));
  return box.x + xf + ((t - from) / (to - from)) * (xt - xf);
}

/** Wheel-zooms at `t` until the view spans at most `days`. */
async function zoomInto(page: Page, t: number, days: number) {
  const lanes = (await page.getByTestId('lanes').boundingBox())!;
  for (let i = 0; i < 30; i++) {
    const [from, to] = await axisRange(page);
    if (to - from <= days * DAY) return;
    await page.mouse.move(await pageX(page, t), lanes.y + 10);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(60);
  }
  throw new Error('could not zoom in');
}

test('lanes per speaker at their dates, the undated tray, zoom to October 2016, a card, the Zakharova filter, Arabic RTL', async ({
  page,
}) => {
  await openTimeline(page);
  // Dated lanes: Putin (2015-10-13) and Antonov (2016-10-11, two articles).
  await expect(lane(page, 'putin')).toHaveAttribute('data-count', '18');
  await expect(lane(page, 'putin').getByTestId('lane-name')).toHaveText('Vladimir Putin');
  await expect(lane(page, 'antonov')).toHaveAttribute('data-count', '25');
  // Undated-only speakers keep a lane: 0 dated, n undated.
  for (const id of ['zakharova', 'syromolotov', 'bogdanov']) {
    await expect(lane(page, id)).toHaveAttribute('data-count', '0');
    expect(Number(await lane(page, id).getAttribute('data-undated'))).toBeGreaterThan(0);
  }
  // The tray holds the undated articles' statements, with their date windows.
  const tray = page.getByTestId('undated-tray');
  for (const id of ['zakharova', 'syromolotov', 'bogdanov'])
    await expect(tray.locator(`[data-testid="tray-lane"][data-lane="${id}"]`)).toBeVisible();
  await expect(tray.locator('[data-testid="undated-item"][data-lane="zakharova"]').first()).toContainText('30 September 2015');
  await expect(tray.locator('[data-testid="undated-item"][data-lane="syromolotov"]').first()).toContainText('27 March 2016');
  // Bogdanov spoke "أمس الأول" (two days before an article known only to be from 27 March 2016 on).
  await expect(tray.locator('[data-testid="undated-item"][data-lane="bogdanov"]').first()).toContainText('25 March 2016');
  await expect(page.getByTestId('timeline-count')).toHaveAttribute('data-dated', '48');

  // The whole range runs from before Putin's day to after Antonov's, earliest on the left.
  const [from, to] = await axisRange(page);
  expect(from).toBeLessThan(utc('2015-10-13'));
  expect(to).toBeGreaterThan(utc('2016-10-12'));
  expect(await pageX(page, utc('2015-10-13'))).toBeLessThan(await pageX(page, utc('2016-10-11')));
  await page.screenshot({ path: 'test-results/screenshots/timeline-en.png', fullPage: true });

  // Zoom into October 2016 with the wheel at Antonov's day: his statements are there.
  await zoomInto(page, utc('2016-10-11') + DAY / 2, 40);
  const [a, b] = await axisRange(page);
  expect(a).toBeGreaterThanOrEqual(utc('2016-09-01'));
  expect(b).toBeLessThanOrEqual(utc('2016-11-30'));
  const stack = page.locator('[data-testid="stack"][data-lane="antonov"]');
  await expect(stack).toHaveCount(1);
  await expect(stack).toHaveAttribute('data-n', '25');
  await expect(page.locator('[data-testid="mark"][data-lane="putin"], [data-testid="stack"][data-lane="putin"]')).toHaveCount(0);
  // A day's stack zooms to the day, where each statement is a mark of its own.
  await stack.click();
  await expect(page.locator('[data-testid="mark"][data-lane="antonov"]')).toHaveCount(25);
  const mark = page.locator('[data-testid="mark"][data-lane="antonov"]').first();
  await mark.hover();
  await expect(page.getByTestId('tooltip')).toContainText('Anatoly Antonov');
  await mark.click();
  const card = page.getByTestId('point-card');
  await expect(card.getByTestId('card-speaker')).toHaveText('Anatoly Antonov');
  await expect(card.getByTestId('card-date')).toContainText('11 October 2016');
  await expect(card).toContainText('Deputy Minister of Defence');
  await expect(card.getByTestId('card-text')).not.toBeEmpty();
  await expect(card.getByTestId('card-compare')).toBeVisible();
  // Antonov's statement is in a story two articles report (seeds 000 and 002).
  await expect(card.getByTestId('card-story')).toContainText('2 versions');
  await expect(card.getByTestId('card-compare-versions')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/timeline-en-card.png', fullPage: true });
  await card.getByTestId('card-close').click();
  await expect(card).toHaveCount(0);

  // The range is in the URL: a reload shows the same days.
  await page.waitForTimeout(500);
  const before = await axisRange(page);
  await page.reload();
  await expect(lane(page, 'antonov')).toBeVisible({ timeout: 30_000 });
  const after = await axisRange(page);
  expect(Math.abs(after[0] - before[0])).toBeLessThanOrEqual(DAY);
  expect(Math.abs(after[1] - before[1])).toBeLessThanOrEqual(DAY);

  // Filter to Zakharova: only her lane and her undated statements.
  await page.getByTestId('zoom-all').click();
  await page.getByTestId('filter-speakers').locator('summary').click();
  await page.getByTestId('filter-speakers').locator('input[data-value="zakharova"]').check();
  await expect(page.getByTestId('lane')).toHaveCount(1);
  await expect(lane(page, 'zakharova')).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('timeline-count')).toHaveAttribute('data-dated', '0');
  const items = tray.getByTestId('undated-item');
  expect(await items.count()).toBeGreaterThan(5);
  expect(new Set(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-lane'))))).toEqual(new Set(['zakharova']));
  await page.getByTestId('filter-speakers').locator('input[data-value="zakharova"]').uncheck();
  await expect(lane(page, 'putin')).toBeVisible();

  // Arabic: the axis runs right to left (earliest date on the right), in Arabic digits.
  await page.getByTestId('lang').click();
  await expect(page.getByTestId('axis')).toHaveAttribute('data-rtl', 'true');
  expect(await pageX(page, utc('2015-10-13'))).toBeGreaterThan(await pageX(page, utc('2016-10-11')));
  const ticks = await page.getByTestId('tick').evaluateAll((els) =>
    els.map((e) => ({ t: Number(e.getAttribute('data-t')), x: e.getBoundingClientRect().x })).sort((p, q) => p.t - q.t),
  );
  expect(ticks.length).toBeGreaterThan(2);
  expect(ticks[0].x).toBeGreaterThan(ticks[ticks.length - 1].x);
  await expect(page.getByTestId('timeline-count')).toContainText('٤٨');
  // Lane labels in Arabic: the speakers' Arabic names, and Arabic institution names.
  await expect(lane(page, 'putin').getByTestId('lane-name')).toHaveText('فلاديمير بوتين');
  await expect(lane(page, 'putin').getByTestId('lane-name')).toContainText('بوتين');
  await expect(lane(page, 'antonov').getByTestId('lane-name')).toHaveText('أناتولي أنطونوف');
  await expect(lane(page, 'zakharova').getByTestId('lane-name')).toHaveText('ماريا زاخاروفا');
  // The statement list and the card name the speaker in Arabic too.
  const putinRow = page.locator('[data-testid="list-item"][data-lane="putin"]').first();
  await expect(putinRow).toContainText('فلاديمير بوتين');
  await putinRow.click();
  await expect(page.getByTestId('point-card').getByTestId('card-speaker')).toHaveText('فلاديمير بوتين');
  await expect(page.getByTestId('point-card').getByTestId('card-role')).toHaveText('الرئيس الروسي');
  await page.screenshot({ path: 'test-results/screenshots/timeline-ar.png', fullPage: true });
  await page.getByTestId('lanes-by').selectOption('institution');
  await expect(lane(page, 'mfa').getByTestId('lane-name')).toHaveText('وزارة الخارجية');
  await expect(lane(page, 'kremlin').getByTestId('lane-name')).toHaveText('الكرملين');
  await page.getByTestId('lanes-by').selectOption('speaker');
  // Back in English, the names are English again.
  await page.getByTestId('lang').click();
  await expect(lane(page, 'putin').getByTestId('lane-name')).toHaveText('Vladimir Putin');
});

test('keyboard moves between statements and opens them; zoom buttons; brushing filters the list', async ({ page }) => {
  await openTimeline(page);
  const lanes = page.getByTestId('lanes');
  await lanes.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const card = page.getByTestId('point-card');
  await expect(card).toBeVisible();
  const first = await card.getAttribute('data-key');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(card).not.toHaveAttribute('data-key', first!);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);

  const [a0, b0] = await axisRange(page);
  await page.getByTestId('zoom-in').click();
  await expect.poll(async () => { const [a, b] = await axisRange(page); return b - a; }).toBeLessThan((b0 - a0) * 0.6);
  await page.keyboard.press('-');
  await page.getByTestId('zoom-all').click();

  // Brush the density strip over autumn 2015: the list keeps Putin's day only.
  const strip = (await page.getByTestId('density').boundingBox())!;
  const x1 = await pageX(page, utc('2015-09-01'));
  const x2 = await pageX(page, utc('2015-12-01'));
  await page.mouse.move(x1, strip.y + 10);
  await page.mouse.down();
  await page.mouse.move(x2, strip.y + 10, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('brush-range')).toBeVisible();
  await expect(page.getByTestId('statement-list')).toHaveAttribute('data-n', '19');
  const dates = await page.getByTestId('list-item').allTextContents();
  expect(dates.every((d) => d.includes('13 October 2015'))).toBe(true);
  await page.getByTestId('brush-clear').click();
  await expect(page.getByTestId('statement-list')).toHaveAttribute('data-n', '48');
});

test('an undated article is dated from the tray; exports', async ({ page }) => {
  await openTimeline(page);
  await page.locator('[data-testid="undated-item"][data-lane="syromolotov"]').first().click();
  const card = page.getByTestId('point-card');
  await expect(card.getByTestId('card-speaker')).toHaveText('Oleg Syromolotov');
  await expect(card.getByTestId('card-date')).toContainText('27 March 2016');
  await card.getByTestId('card-date-input').fill('2016-03-28');
  await card.getByTestId('card-date-save').click();
  await expect(lane(page, 'syromolotov')).toHaveAttribute('data-count', '9', { timeout: 15_000 });
  await expect(page.locator('[data-testid="tray-lane"][data-lane="syromolotov"]')).toHaveCount(0);

  await page.getByTestId('export').locator('summary').click();
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csv = readFileSync((await (await csvDownload).path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  expect(text).toContain('date,precision,speaker');
  expect(text).toContain('2016-03-28');
  expect(text.trim().split('\r\n')).toHaveLength(1 + 48 + 11);

  const svgDownload = page.waitForEvent('download');
  await page.getByTestId('export-svg').click();
  expect(readFileSync((await (await svgDownload).path())!, 'utf8')).toContain('<svg');
  const pngDownload = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  expect([...readFileSync((await (await pngDownload).path())!).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  const jsonDownload = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  expect(JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8'))).toHaveLength(48 + 11);
});

test('"Copy link" gives the view (filters and range) to a colleague, who sees it over their own files', async ({ page, browser }) => {
  await openTimeline(page);
  await page.getByTestId('lanes-by').selectOption('institution');
  await zoomInto(page, utc('2016-10-11') + DAY / 2, 40);
  const [from, to] = await axisRange(page);
  await page.getByTestId('copy-link').click();
  const field = page.getByTestId('link-field');
  const link = await field.inputValue();
  expect(link).toMatch(/#t=1\.[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('link-size')).toHaveAttribute('data-bytes', String(Buffer.byteLength(link)));
  expect(link.length).toBeLessThan(400);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.setViewportSize({ width: 1280, height: 1000 });
  await other.goto(link);
  await expect(other.getByTestId('lanes-by')).toHaveValue('institution');
  await expect(other.getByTestId('timeline-needs-files')).toBeVisible();
  await other.getByTestId('samples').click();
  await waitForReport(other);
  await expect(other.getByTestId('lane').first()).toBeVisible({ timeout: 30_000 });
  await expect(other.getByTestId('lanes-by')).toHaveValue('institution');
  const [a, b] = await axisRange(other);
  // The same days, to within the rounding of the range to whole days in the link.
  expect(Math.abs(a - from)).toBeLessThanOrEqual(DAY);
  expect(Math.abs(b - to)).toBeLessThanOrEqual(DAY);
  await expect(other.locator('[data-testid="stack"][data-lane="mod"], [data-testid="mark"][data-lane="mod"]').first()).toBeVisible();
  await expect(other.getByTestId('timeline-needs-files')).toHaveCount(0);
  await fresh.close();
});
