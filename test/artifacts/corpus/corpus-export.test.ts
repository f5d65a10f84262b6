/**
 * Each real invitation of the corpus, exported by the built CLI and printed to
 * PDF by LibreOffice: every word of the text as published appears in the PDF
 * in order (nothing lost, nothing reordered; only what the decree derives is
 * added), the sheet count is the one in expected.json, and the preview
 * webview, measured in headless Chromium, paginates into as many sheets.
 * Passages the format cannot print are listed in expected.json and explained
 * in SOURCE.md as findings, never silently dropped.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { convertToPdf, requireTools, run } from '../docx/tools';
import { launchOrSkip } from '../preview/browser';
import { openWebview, postUpdate, updateFor } from '../preview/webview-harness';
import { corpusEntries } from './corpus';
import { inOrder, withoutPassages, words } from './words';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'bin', 'giaymoi.js');
const entries = corpusEntries();

/** The PDF's text in reading order, page-number lines left out. */
function pdfText(pdf: string): string {
  return run('pdftotext', ['-raw', pdf, '-'])
    .split('\n')
    .filter((line) => !/^\s*\d{1,3}\s*$/.test(line))
    .join('\n');
}

const pdfPages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);

describe('corpus of real invitations: exported, printed by LibreOffice, previewed', function () {
  this.timeout(300_000);
  const out = mkdtempSync(join(tmpdir(), 'giaymoi-corpus-'));
  const pdf = (slug: string) => join(out, `${slug}.pdf`);
  let browser: Browser | undefined;

  before(async function () {
    requireTools(this);
    browser = await launchOrSkip(this);
    for (const entry of entries)
      run(process.execPath, [CLI, 'export', entry.source, '-o', join(out, `${entry.slug}.docx`), '--allow-drafts']);
    convertToPdf(
      entries.map((e) => join(out, `${e.slug}.docx`)),
      out,
    );
  });
  after(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  for (const entry of entries) {
    describe(entry.slug, () => {
      it('prints every word of the published text, in order', () => {
        assert.ok(existsSync(pdf(entry.slug)), `LibreOffice wrote no ${entry.slug}.pdf`);
        const { text, missing } = withoutPassages(entry.published, entry.expected.notExpressible);
        assert.deepEqual(missing, [], 'expected.json lists passages that published.txt does not contain');
        const result = inOrder(words(text), words(pdfText(pdf(entry.slug))));
        assert.ok(result.ok, result.ok ? '' : `${entry.slug}: ${result.message}`);
      });

      it('prints on the sheets expected, and the preview paginates into as many', async () => {
        const sheets = pdfPages(pdf(entry.slug));
        const page = await openWebview(browser!);
        const previewSheets = await postUpdate(page, updateFor(readFileSync(entry.source, 'utf8'), 1));
        await page.close();
        console.log(
          `      ${entry.slug}: LibreOffice ${sheets}, preview ${previewSheets}, expected ${entry.expected.pages}`,
        );
        assert.equal(sheets, entry.expected.pages, 'LibreOffice sheets');
        assert.equal(previewSheets, sheets, 'preview sheets');
      });
    });
  }
});
