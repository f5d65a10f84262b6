/**
 * The preview webview itself (media/preview.js under the shell's CSP) in
 * headless Chromium: applies updates in order, keeps the last good page with
 * a banner, scroll sync without echo, double-click to source, zoom, and
 * injected text left inert. A screenshot is kept in test-artifacts/.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchOrSkip } from './browser';
import { openWebview, postMessage, posted, postUpdate, updateFor } from './webview-harness';

const ROOT = join(__dirname, '../../..');
const SIPAS = readFileSync(join(ROOT, 'examples', 'hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8');
const withSubject = (subject: string) => SIPAS.replace(/^trich_yeu:.*$/m, `trich_yeu: "${subject}"`);
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix));

describe('preview webview in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let page: Page;
  const violations: string[] = [];
  const dialogs: string[] = [];

  before(async function () {
    browser = await launchOrSkip(this);
  });
  beforeEach(async () => {
    page = await openWebview(browser!);
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterEach(async () => {
    await page.close();
  });
  after(async () => {
    await browser?.close();
  });

  it('renders under the strict CSP: page CSS applied, an A4 sheet, no violation', async () => {
    assert.equal(await postUpdate(page, updateFor(SIPAS, 1)), 2);
    assert.equal(await page.locator('.r-quoc_hieu').evaluate((e) => getComputedStyle(e).fontSize), '16px');
    assert.equal(
      await page
        .locator('.gm-sheet')
        .first()
        .evaluate((e) => getComputedStyle(e).width),
      '793.7px',
    );
    assert.match(await page.locator('.gm-info').innerText(), /2 trang/);
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'preview-webview.png') });
    assert.deepEqual(violations, []);
  });

  it('drops a stale version and applies the next one, keeping the scroll position', async () => {
    await postUpdate(page, updateFor(withSubject('Bản năm'), 5));
    await page.evaluate(() => window.scrollTo(0, 600));
    await postMessage(page, updateFor(withSubject('Bản bốn'), 4));
    await postUpdate(page, updateFor(withSubject('Bản sáu'), 6));
    assert.equal(await page.locator('.r-trich_yeu').innerText(), 'Bản sáu');
    assert.equal(await page.evaluate(() => window.scrollY), 600);
    const versions = (await posted(page)).filter((m) => m.type === 'rendered').map((m) => m.version);
    assert.deepEqual(versions, [5, 6]);
  });

  it('keeps the last good page while the source is broken, with a banner that reveals the first error', async () => {
    await postUpdate(page, updateFor(SIPAS, 1));
    const broken = updateFor('co_quan: [', 2);
    assert.equal(broken.page, undefined);
    await postUpdate(page, broken);
    assert.ok(await page.locator('.r-ten_loai').isVisible(), 'the last page stays');
    const banner = page.locator('#gm-banner');
    assert.ok(await banner.isVisible());
    assert.match(
      await banner.innerText(),
      new RegExp(`${broken.errors.count} lỗi — trang dưới đây là bản hợp lệ gần nhất`),
    );
    await page.locator('.gm-first-error').click();
    const open = (await posted(page)).find((m) => m.type === 'openSource');
    assert.deepEqual(open, {
      type: 'openSource',
      line: broken.errors.first!.line,
      character: broken.errors.first!.character,
    });
    const late = updateFor(SIPAS.replace(/^ngay: 2024-05 .*$/m, 'ngay: 2024-05-20'), 3);
    assert.ok(late.page && late.errors.count > 0, 'signed after the meeting: a valid model with a rule error');
    await postUpdate(page, late);
    assert.equal(
      await banner.locator('strong').innerText(),
      `${late.errors.count} lỗi.`,
      "the page shown is this version's own",
    );
    assert.match(await page.locator('.r-dia_danh_ngay').innerText(), /ngày 20 tháng 5 năm 2024/);
    await postUpdate(page, updateFor(SIPAS, 4));
    assert.ok(await banner.isHidden(), 'the banner goes when the errors do');
  });

  it('lays the page out again when only the settings change (margins 25/25/35/20 mm)', async () => {
    await postUpdate(page, updateFor(SIPAS, 1));
    await postUpdate(page, updateFor(SIPAS, 1, { margins: { top: 25, bottom: 25, left: 35, right: 20 } }));
    const padding = await page
      .locator('.gm-sheet')
      .first()
      .evaluate((e) => getComputedStyle(e).padding);
    assert.equal(padding, '94.4882px 75.5906px 94.4882px 132.283px');
    const height = await page
      .locator('.gm-content')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).height));
    assert.ok(Math.abs(height - (247 * 96) / 25.4) < 0.5, `printable height 247 mm (${height}px)`);
  });

  it("double-click puts the cursor on the block's YAML node", async () => {
    await postUpdate(page, updateFor(SIPAS, 1));
    await page.locator('.r-trich_yeu').dblclick();
    const open = (await posted(page)).find((m) => m.type === 'openSource');
    assert.deepEqual(open, { type: 'openSource', line: lineOf(SIPAS, 'trich_yeu:'), character: 'trich_yeu: '.length });
  });

  it("reveals the block of an editor line without echoing its own scroll, then reports the user's scroll", async () => {
    await postUpdate(page, updateFor(SIPAS, 1));
    const line = lineOf(SIPAS, '  ho_ten:');
    await postMessage(page, { type: 'reveal', uri: 'file:///x.giaymoi.yaml', version: 1, line, mode: 'scroll' });
    await page.waitForFunction(() => window.scrollY > 500);
    await page.waitForTimeout(800);
    const box = await page.locator('.r-ho_ten').boundingBox();
    assert.ok(box && box.y < 200 && box.y > 0, `the signer's name is at the top (y=${box?.y})`);
    assert.ok(await page.locator('.r-ho_ten').evaluate((e) => e.classList.contains('gm-active')));
    assert.equal((await posted(page)).filter((m) => m.type === 'revealLine').length, 0, 'no echo of our own scroll');
    await page.mouse.move(400, 600);
    await page.mouse.wheel(0, -700);
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'revealLine'),
    );
    const reveal = (await posted(page)).find((m) => m.type === 'revealLine') as unknown as {
      line: number;
      version: number;
    };
    assert.equal(reveal.version, 1);
    assert.ok(reveal.line >= 0 && reveal.line < line, `the user scrolled up to an earlier line (${reveal.line})`);
  });

  it('maps the page top to line 0 and its end to the end, both ways', async () => {
    await postUpdate(page, updateFor(SIPAS, 1));
    const lastReveal = () =>
      page.evaluate(() => {
        const sent = (window as unknown as { __posted: { type: string; line?: unknown }[] }).__posted;
        return sent.filter((m) => m.type === 'revealLine').pop()?.line;
      });
    await page.mouse.move(400, 600);
    await page.mouse.wheel(0, 100_000);
    await page.waitForFunction(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1);
    await page.waitForTimeout(300);
    assert.equal(await lastReveal(), 'end', 'the page at its end shows the end of the source');
    await page.mouse.wheel(0, -100_000);
    await page.waitForFunction(() => window.scrollY === 0);
    await page.waitForTimeout(300);
    assert.equal(await lastReveal(), 0, 'the page at its top shows line 1, not the first block');
    await page.evaluate(() => window.scrollTo(0, 400));
    await postMessage(page, { type: 'reveal', uri: 'file:///x.giaymoi.yaml', version: 1, line: 0, mode: 'scroll' });
    await page.waitForFunction(() => window.scrollY === 0);
  });

  it('zooms to a whole page, to 100% and back to the width', async () => {
    await postUpdate(page, updateFor(SIPAS, 1));
    const sheet = page.locator('.gm-sheet').first();
    await page.getByRole('button', { name: 'Cả trang' }).click();
    const fit = await sheet.boundingBox();
    assert.ok(fit && fit.height <= 1300, `a whole sheet in view (${fit?.height})`);
    await page.getByRole('button', { name: '100%' }).click();
    assert.ok(Math.abs((await sheet.boundingBox())!.width - 793.7) < 0.6);
    await page.getByRole('button', { name: 'Vừa khổ ngang' }).click();
    const width = (await sheet.boundingBox())!.width;
    assert.ok(width > 900 && width <= 1000, `fits the width (${width})`);
    assert.equal(
      await page.evaluate(() => (window as unknown as { __state: { zoom: string } }).__state.zoom),
      'fit-width',
    );
  });

  it('shows an injected trích yếu as text: no img element, no dialog', async () => {
    await postUpdate(page, updateFor(withSubject('<img src=x onerror=alert(1)>'), 1));
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('.r-trich_yeu').innerText(), '<img src=x onerror=alert(1)>');
    await page.waitForTimeout(100);
    assert.deepEqual(dialogs, []);
  });
});
