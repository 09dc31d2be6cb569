// SPDX-License-Identifier: Apache-2.0
//
// End-to-end flows in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core; no browser download),
// against the real `vanthu serve` on 127.0.0.1 with a port the system picks:
//   1. a citizen searches without diacritics, filters by year, opens a Điều, downloads the PDF;
//   2. a clerk signs in, uploads a .docx minutes, fixes its date, publishes it, and the citizen finds it;
//   3. the clerk unpublishes it with a reason, and it disappears.
// Screenshots of every step go to the artefacts folder (argv[4]); look at them.
//
// usage: node flows.js VANTHU_BINARY SOURCE_DIR NODE_MODULES ARTEFACTS
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PASSWORD, makeLibrary, serve, stop, check } = require('./serve.js');

const [vanthu, source, nodeModules, artefacts] = process.argv.slice(2).map((arg) => path.resolve(arg));
const { chromium } = require(path.join(nodeModules, 'playwright-core'));

async function shot(page, name) {
  await page.screenshot({ path: path.join(artefacts, name + '.png'), fullPage: true });
}

async function citizen(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(base + '/');
  check(await page.locator('svg[role=img]').count() === 1, 'the home page draws its chart of documents per year');
  check(await page.locator('#theo-loai').count() === 1, 'the home page offers browsing by type');
  await shot(page, '01-home');

  await page.fill('#q', 'hoa giai o co so');
  await page.press('#q', 'Enter');
  await page.waitForURL(/\/search\?/);
  check((await page.locator('.hit').count()) > 0, 'a search without diacritics finds documents');
  check((await page.locator('.snippet mark').count()) > 0, 'its snippets highlight the matches on the accented text');
  await shot(page, '02-results');

  const year = page.locator('.facet').filter({ hasText: 'Năm ban hành' }).locator('a').first();
  const yearLabel = (await year.textContent()).trim();
  await year.click();
  await page.waitForURL(/year=/);
  const years = await page.locator('.hit time').allTextContents();
  check(years.length > 0 && years.every((d) => d.endsWith(yearLabel)), 'the year filter keeps only documents of ' + yearLabel);
  await shot(page, '03-filtered');

  await page.goto(base + '/search?q=hoa+giai+vien&unit=article');
  const article = page.locator('.hit a.hit-title[href*="#art_"]').first();
  const href = await article.getAttribute('href');
  await article.click();
  await page.waitForURL((url) => url.hash.startsWith('#art_'));
  const anchor = decodeURIComponent(href.split('#')[1]);
  check(await page.locator('[id="' + anchor + '"]').isVisible(), 'an article hit opens the document at its Điều (' + anchor + ')');
  await page.screenshot({ path: path.join(artefacts, '04-article.png') });  // the window, where the Điều is

  // The PDF link, fetched as the browser would (headless Chromium has no PDF viewer to open it in).
  const pdfLink = page.locator('a[type="application/pdf"]').first();
  const pdfUrl = new URL(await pdfLink.getAttribute('href'), page.url()).href;
  const response = await page.request.get(pdfUrl);
  const pdf = await response.body();
  check(response.status() === 200 && response.headers()['content-type'] === 'application/pdf' &&
        pdf.subarray(0, 5).toString() === '%PDF-' && pdf.length > 10000, 'the PDF downloads (' + pdf.length + ' bytes)');
  await context.close();
}

async function findsMinutes(browser, base, name) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(base + '/search?q=' + encodeURIComponent('sua chua nha van hoa to dan pho so 7'));
  const hit = page.locator('.hit a.hit-title', { hasText: 'Họp tổ dân phố số 7' });
  const found = (await hit.count()) > 0;
  let uri = null;
  if (found) uri = await hit.first().getAttribute('href');
  await shot(page, name);
  await context.close();
  return { found, uri };
}

async function clerk(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(base + '/clerk/');
  check(page.url().includes('/clerk/login'), 'the desk asks a clerk to sign in first');
  await page.fill('input[name=name]', 'an');
  await page.fill('input[name=password]', PASSWORD);
  await shot(page, '05-sign-in');
  await page.click('button:has-text("Đăng nhập")');
  await page.waitForURL(base + '/clerk/');
  check((await page.locator('header .who').textContent()).includes('an'), 'the clerk is signed in');

  await page.setInputFiles('input[type=file][name=files]', path.join(source, 'tests', 'data', 'bien-ban-to-7.docx'));
  await shot(page, '06-desk');
  await page.click('button:has-text("Tải lên")');
  await page.waitForURL(/\/clerk\/documents\/\d+\?notice=uploaded/);
  const review = page.url().split('?')[0];
  check(await page.locator('input[name=date]').inputValue() === '', 'the parsed minutes has no date yet');
  check((await page.locator('.outline').textContent()).includes('BIỂU QUYẾT'), 'the review shows the structure outline');
  await shot(page, '07-review');

  await page.fill('input[name=date]', '2025-04-12');
  await page.fill('input[name=place]', 'Tân Hợp');
  await page.click('button:has-text("Lưu thông tin")');
  await page.waitForURL(/notice=corrected/);
  check((await page.locator('#tinh-trang').textContent()).includes('2025-04-12'), 'the corrected date moves the address');

  const before = await findsMinutes(browser, base, '08-citizen-before');
  check(!before.found, 'the draft is invisible to citizens');

  await page.click('button:has-text("Công bố phiên bản 1")');
  await page.waitForURL(/notice=published/);
  await shot(page, '09-published');
  const after = await findsMinutes(browser, base, '10-citizen-finds');
  check(after.found, 'after publishing, a citizen finds the minutes without diacritics');

  await page.goto(review);
  await page.fill('textarea[name=reason]', 'Đăng nhầm biên bản của tổ khác');
  await page.click('button:has-text("Gỡ khỏi trang công khai")');
  await page.waitForURL(/notice=unpublished/);
  const gone = await findsMinutes(browser, base, '11-citizen-after-unpublish');
  check(!gone.found, 'after unpublishing, the minutes is gone from search');
  const response = await page.request.get(base + after.uri);
  check(response.status() === 404, 'and its page answers 404');

  await page.goto(base + '/clerk/audit');
  const log = await page.locator('table').textContent();
  check(log.includes('unpublish') && log.includes('Đăng nhầm biên bản của tổ khác'), 'the audit log records who unpublished and why');
  await shot(page, '12-audit');
  await context.close();
}

(async () => {
  fs.mkdirSync(artefacts, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-e2e-'));
  const { server, base } = await serve(vanthu, makeLibrary(vanthu, source, dir));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--no-first-run', '--disable-quic',
           '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  let failed = false;
  try {
    await citizen(browser, base);
    await clerk(browser, base);
  } catch (error) {
    console.error(error.stack || String(error));
    failed = true;
  } finally {
    await browser.close();
    stop(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log('screenshots in ' + artefacts);
  process.exit(failed ? 1 : 0);
})();
