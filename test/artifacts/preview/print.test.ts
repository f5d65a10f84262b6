/**
 * Print = screen = export for the standalone page (`giaymoi preview`): Chromium's
 * print to PDF, as a user prints the file, has as many pages as LibreOffice prints
 * for the exported DOCX, each page starting with the same words, and no word drawn
 * over another (a line run past the sheet under the next page's first line, or the
 * address block printed over the body, would overlap). Every example, and a
 * generated invitation whose paragraphs break across pages.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchOrSkip } from './browser';
import { previewInvitation } from '../../support/invitations.mjs';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'bin', 'giaymoi.js');
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

interface Word {
  readonly page: number;
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Every word of a PDF with its box (pdftotext -bbox), by page. */
function wordsOf(pdf: string): Word[] {
  const html = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, text: m[5], x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4] });
  }
  return words;
}

/** Pairs of words on one page whose boxes overlap by more than a third of the smaller one's height and a sliver of width. */
function overlapping(words: readonly Word[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let j = i + 1; j < words.length; j += 1) {
      const [a, b] = [words[i], words[j]];
      if (a.page !== b.page) continue;
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      if (dx > 1 && dy > Math.min(a.y1 - a.y0, b.y1 - b.y0) / 3)
        found.push(`page ${a.page}: "${a.text}" over "${b.text}"`);
    }
  }
  return found;
}

const pageCountOf = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
const startOf = (words: readonly Word[], page: number) =>
  words
    .filter((w) => w.page === page && !/^\d{1,3}$/.test(w.text))
    .slice(0, 5)
    .map((w) => w.text)
    .join(' ');

describe("standalone page: Chromium's print has the DOCX's pages and no text over text", function () {
  this.timeout(400_000);
  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-print-'));
  writeFileSync(join(dir, 'generated-60.giaymoi.yaml'), previewInvitation(60));
  const sources = [
    ...readdirSync(join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.giaymoi.yaml'))
      .map((f) => join(ROOT, 'examples', f)),
    join(dir, 'generated-60.giaymoi.yaml'),
  ];

  before(async function () {
    const missing = ['soffice', 'pdfinfo', 'pdftotext'].filter((t) => !has(t));
    if (missing.length) {
      if (process.env.CI === 'true') throw new Error(`needs ${missing.join(', ')}; CI=true, so it cannot be skipped`);
      console.log(
        `      skipped: needs ${missing.join(', ')} (apt-get install libreoffice-writer-nogui poppler-utils)`,
      );
      this.skip();
    }
    browser = await launchOrSkip(this);
    for (const source of sources) {
      const name = basename(source, '.giaymoi.yaml');
      for (const [command, out] of [
        ['export', `${name}.docx`],
        ['preview', `${name}.html`],
      ]) {
        const run = spawnSync(
          process.execPath,
          [CLI, command, source, '-o', join(dir, out), ...(command === 'export' ? ['--allow-drafts'] : [])],
          { encoding: 'utf8' },
        );
        assert.equal(run.status, 0, run.stderr);
      }
    }
    const profile = mkdtempSync(join(tmpdir(), 'giaymoi-lo-'));
    const docx = sources.map((s) => join(dir, `${basename(s, '.giaymoi.yaml')}.docx`));
    const lo = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'lo'),
        ...docx,
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    rmSync(profile, { recursive: true, force: true });
    assert.equal(lo.status, 0, lo.stderr);
  });
  after(async () => {
    await browser?.close();
  });

  for (const source of sources) {
    const name = basename(source, '.giaymoi.yaml');
    it(`${name}: printed pages = the DOCX's, same page starts, no overlapping words`, async () => {
      const page = await browser!.newPage();
      await page.goto(pathToFileURL(join(dir, `${name}.html`)).href);
      await page.waitForFunction(
        () =>
          document.fonts.status === 'loaded' &&
          document.querySelector('.gm-pages')?.getAttribute('data-paginated') === 'measured',
      );
      await page.evaluate(() => document.fonts.ready);
      const printed = join(dir, `${name}.chromium.pdf`);
      await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
      await page.close();
      const docxPdf = join(dir, 'lo', `${name}.pdf`);
      const pages = pageCountOf(docxPdf);
      assert.equal(pageCountOf(printed), pages, `Chromium printed ${pageCountOf(printed)} pages, LibreOffice ${pages}`);
      const [chromium, libre] = [wordsOf(printed), wordsOf(docxPdf)];
      for (let p = 2; p <= pages; p += 1)
        assert.equal(startOf(chromium, p), startOf(libre, p), `page ${p} starts differently`);
      assert.deepEqual(overlapping(chromium).slice(0, 5), []);
    });
  }
});
