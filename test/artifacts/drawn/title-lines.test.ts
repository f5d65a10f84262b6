/**
 * The trích yếu drawn by LibreOffice from the DOCX and by Chromium from the
 * standalone page: the lines the core decides, in both, with a document number
 * never broken after its hyphen ("NĐ- / CP") and no word alone on the last
 * line (issue 29, item 5; issue 27, the short last line).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { blockText, type Layout } from '../../../src/core/layout/model';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { titleBlocksWithLines } from '../../../src/core/layout/title-lines';
import { renderDocx } from '../../../src/render/docx';
import { renderStandalone } from '../../../src/render/html';
import { convertToPdf, requireTools } from '../docx/tools';
import { launchOrSkip } from '../preview/browser';
import { groupLines, pdfWords, type Word } from './read-back';

const ROOT = join(__dirname, '../../..');
const M = resolveMeasures();
const PX_PER_PT = 96 / 72;
const SLUGS = [
  'cuc-cong-thuong-dia-phuong-hoi-thao-cum-cong-nghiep-2018',
  'lien-doan-bong-da-vn-hop-bao-2014',
  'ubnd-tinh-hai-duong-tet-trong-cay-2018',
];

function layoutOf(slug: string): Layout {
  const checked = checkInvitation(readFileSync(join(ROOT, 'test/corpus', slug, `${slug}.giaymoi.yaml`), 'utf8'));
  assert.ok(checked.invitation, `${slug} is not a valid invitation`);
  return layoutInvitation(checked.invitation, checked.source);
}

/** The trích yếu's lines as the core decides them. */
const coreLines = (layout: Layout) => blockText(titleBlocksWithLines(layout.title, M)[1]).split('\n');

/** The lines of page 1 from the one starting with the trích yếu's first words, as many as the core has. */
function pdfTitleLines(words: readonly Word[], expected: readonly string[]): string[] {
  const lines = groupLines(words.filter((w) => w.page === 1));
  const head = expected[0].split(' ').slice(0, 3).join(' ');
  const at = lines.findIndex((line) => line.startsWith(head));
  assert.ok(at >= 0, `no line starting "${head}" on page 1`);
  return lines.slice(at, at + expected.length);
}

async function domTitleLines(page: Page): Promise<string[]> {
  const boxes = await page.evaluate(() => {
    const el = document.querySelector('.r-trich_yeu')!;
    const found: { text: string; top: number; bottom: number; left: number; right: number }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
      for (const m of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index ?? 0);
        range.setEnd(node, (m.index ?? 0) + m[0].length);
        const r = range.getBoundingClientRect();
        found.push({ text: m[0], top: r.top, bottom: r.bottom, left: r.left, right: r.right });
      }
    return found;
  });
  return groupLines(
    boxes.map((b) => ({
      page: 1,
      text: b.text.normalize('NFC'),
      xMin: b.left / PX_PER_PT,
      xMax: b.right / PX_PER_PT,
      yMin: b.top / PX_PER_PT,
      yMax: b.bottom / PX_PER_PT,
    })),
  );
}

describe('what is drawn: the trích yếu in LibreOffice and in the preview', function () {
  this.timeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-title-'));
  const layouts = new Map(SLUGS.map((slug) => [slug, layoutOf(slug)]));
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    requireTools(this);
    browser = await launchOrSkip(this);
    page = await browser!.newPage();
    for (const [slug, layout] of layouts)
      writeFileSync(
        join(dir, `${slug}.docx`),
        await renderDocx([layout], { measures: M, date: new Date(Date.UTC(2024, 0, 1)) }),
      );
    convertToPdf(
      SLUGS.map((slug) => join(dir, `${slug}.docx`)),
      dir,
    );
  });
  after(async () => {
    await browser?.close();
  });

  for (const slug of SLUGS) {
    it(`${slug}: the core's lines in the PDF and the preview, no "NĐ- / CP", no word alone at the end`, async () => {
      const layout = layouts.get(slug)!;
      const expected = coreLines(layout);
      console.log(`      ${JSON.stringify(expected)}`);
      assert.deepEqual(pdfTitleLines(pdfWords(join(dir, `${slug}.pdf`)), expected), expected, 'PDF of the DOCX');
      await page.setContent(renderStandalone(layout, M));
      assert.deepEqual(await domTitleLines(page), expected, 'preview DOM');
      for (const line of expected) assert.doesNotMatch(line, /-$/, 'a line ends after a hyphen');
      assert.ok(expected[expected.length - 1].includes(' '), 'one word alone on the last line');
    });
  }
});
