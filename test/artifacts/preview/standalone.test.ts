/**
 * The CLI's standalone page (`giaymoi preview FILE -o OUT.html`) in headless
 * Chromium: an A4 sheet 210 mm wide, the header's two columns side by side,
 * an injected trích yếu inert (the one script is ours, by its hash), printing to A4 pages; screenshots kept in
 * test-artifacts/preview-*.png.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchOrSkip } from './browser';

const ROOT = join(__dirname, '../../..');
const SHOTS = join(ROOT, 'test-artifacts');
const CLI = join(ROOT, 'bin', 'giaymoi.js');
const INJECTION = '<img src=x onerror=alert(1)>';
const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.giaymoi.yaml'))
  .sort();

/** Runs `giaymoi preview` and returns the HTML file it wrote. */
function previewFile(source: string, dir: string): string {
  const out = join(dir, basename(source).replace(/\.giaymoi\.yaml$/, '.html'));
  const run = spawnSync(process.execPath, [CLI, 'preview', source, '-o', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return out;
}

describe('standalone preview page in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-preview-'));
  const dialogs: string[] = [];

  before(async function () {
    browser = await launchOrSkip(this);
    page = await browser!.newPage({ viewport: { width: 900, height: 1200 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  for (const example of examples) {
    it(`${example}: an A4 sheet 210 mm (793.7 px) wide with the header's columns side by side`, async () => {
      await page.goto(pathToFileURL(previewFile(join(ROOT, 'examples', example), dir)).href);
      const sheet = await page.locator('.gm-sheet').first().boundingBox();
      assert.ok(sheet && Math.abs(sheet.width - 793.7) < 0.6, `sheet width ${sheet?.width}`);
      assert.ok(sheet && Math.abs(sheet.height - 1122.5) < 0.6, `sheet height ${sheet?.height}`);
      const [left, right] = await Promise.all([
        page.locator('.gm-head > .gm-left').first().boundingBox(),
        page.locator('.gm-head > .gm-right').first().boundingBox(),
      ]);
      assert.ok(left && right, 'both header columns are drawn');
      assert.ok(left.x + left.width <= right.x + 0.5, 'the agency column is left of the motto column');
      assert.ok(Math.abs(left.y - right.y) < 0.5, 'the columns start on the same line');
      await page.screenshot({
        path: join(SHOTS, `preview-${example.replace('.giaymoi.yaml', '')}.png`),
        fullPage: true,
      });
    });
  }

  it('shows an injected trích yếu as text: no img element, no dialog, no script but the measuring one', async () => {
    const source = readFileSync(join(ROOT, 'examples', examples[0]), 'utf8').replace(
      /^trich_yeu:.*$/m,
      `trich_yeu: "${INJECTION}"`,
    );
    const file = join(dir, 'injection.giaymoi.yaml');
    writeFileSync(file, source);
    await page.goto(pathToFileURL(previewFile(file, dir)).href);
    assert.equal(await page.locator('img').count(), 0);
    // The one script is the measuring one, admitted by its hash in the CSP: nothing from the YAML runs.
    const scripts = await page.locator('script').allTextContents();
    assert.equal(scripts.length, 1);
    assert.ok(!scripts[0].includes('alert('));
    assert.match(
      (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '',
      /default-src 'none';.*script-src 'sha256-[A-Za-z0-9+/=]+'$/,
    );
    assert.ok((await page.locator('.r-trich_yeu').innerText()).includes(INJECTION));
    assert.ok((await page.title()).includes(INJECTION));
    await page.waitForTimeout(100);
    assert.deepEqual(dialogs, []);
  });

  it('prints to A4 pages, one per sheet', async () => {
    await page.goto(pathToFileURL(previewFile(join(ROOT, 'examples', examples[0]), dir)).href);
    const sheets = await page.locator('.gm-sheet').count();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    assert.equal(sizes.length, sheets, 'one PDF page per sheet');
    for (const [w, h] of sizes) assert.ok(Math.abs(w - 595.3) < 1 && Math.abs(h - 841.9) < 1, `A4, got ${w}×${h}`);
  });
});
