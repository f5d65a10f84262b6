/**
 * The place-and-date line (ô 4) drawn by LibreOffice from the DOCX and by
 * Chromium from the standalone page: the same lines, the year never alone on
 * one of them, and the first word at the same place within 0.5 mm, dated,
 * month-only and undated drafts alike (issue 29, items 2 and 4;
 * NĐ 30/2020, PL I-P.I-M.II-k.4).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { headerColumnPt } from '../../../src/core/layout/header-lines';
import { type Layout } from '../../../src/core/layout/model';
import { PT_PER_MM } from '../../../src/core/layout/geometry';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { renderDocx } from '../../../src/render/docx';
import { renderStandalone } from '../../../src/render/html';
import { convertToPdf, requireTools } from '../docx/tools';
import { launchOrSkip } from '../preview/browser';
import { baseline, groupLines, pdfWords, type Word } from './read-back';

const ROOT = join(__dirname, '../../..');
const M = resolveMeasures();
const PX_PER_PT = 96 / 72;
const FINANCE = readFileSync(join(ROOT, 'examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml'), 'utf8');

interface Case {
  readonly id: string;
  readonly layout: Layout;
}

/** The finance example with another place and date (`ngay` undefined: an undated draft). */
function caseOf(id: string, place: string, ngay: string | undefined): Case {
  const yaml = FINANCE.replace(/^dia_danh: .*$/m, `dia_danh: ${place}`).replace(
    /^ngay: .*\n/m,
    ngay ? `ngay: ${ngay}\n` : '',
  );
  const checked = checkInvitation(yaml);
  assert.ok(checked.invitation, `${id} is not a valid invitation`);
  return { id, layout: layoutInvitation(checked.invitation, checked.source) };
}

const CASES: readonly Case[] = [
  caseOf('dated', 'Tân An', '2025-11-18'),
  caseOf('month-only draft', 'Tân An', '2025-09'),
  caseOf('undated draft', 'Tân An', undefined),
  caseOf('undated draft, long place', 'Thành phố Hồ Chí Minh', undefined),
  caseOf('long place', 'Thành phố Hồ Chí Minh', '2025-11-18'),
  caseOf('longer place', 'Thị trấn Phước Bửu, huyện Xuyên Mộc', '2025-11-18'),
];

/** The right column's edge, pt from the page's left: the date line's words lie right of it. */
const RIGHT_COLUMN_PT = M.margins.left * PT_PER_MM + headerColumnPt(M, 0);

/** The date line's words in the PDF: right of the agency column, from the row of "Số:" down to the title. */
function pdfDateWords(words: readonly Word[]): Word[] {
  const page1 = words.filter((w) => w.page === 1);
  const so = page1.find((w) => w.text === 'Số:');
  const title = page1.find((w) => w.text === 'GIẤY');
  assert.ok(so && title, 'no "Số:" or title on page 1');
  return page1.filter(
    (w) => w.xMin > RIGHT_COLUMN_PT && baseline(w) > baseline(so) - 2 && baseline(w) < baseline(title) - 2,
  );
}

/** The date line's words in the preview, in points from the page's left. */
async function domDateWords(page: Page): Promise<Word[]> {
  const boxes = await page.evaluate(() => {
    const el = document.querySelector('.r-dia_danh_ngay');
    const sheet = el?.closest('.gm-sheet') ?? document.body;
    const left = sheet.getBoundingClientRect().left;
    const found: { text: string; top: number; bottom: number; left: number; right: number }[] = [];
    const walker = document.createTreeWalker(el!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const m of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index ?? 0);
        range.setEnd(node, (m.index ?? 0) + m[0].length);
        const r = range.getBoundingClientRect();
        found.push({ text: m[0], top: r.top, bottom: r.bottom, left: r.left - left, right: r.right - left });
      }
    }
    return found;
  });
  return boxes.map((b) => ({
    page: 1,
    text: b.text.normalize('NFC'),
    xMin: b.left / PX_PER_PT,
    xMax: b.right / PX_PER_PT,
    yMin: b.top / PX_PER_PT,
    yMax: b.bottom / PX_PER_PT,
  }));
}

const fixed = (list: readonly number[]) => list.map((x) => x.toFixed(2)).join(', ');

/** Where each line's first word starts, mm from the page's left edge, top to bottom. */
function lineStartsMm(words: readonly Word[]): number[] {
  const sorted = [...words].sort((a, b) => baseline(a) - baseline(b) || a.xMin - b.xMin);
  const starts: Word[] = [];
  for (const w of sorted) if (!starts.length || baseline(w) - baseline(starts[starts.length - 1]) > 2) starts.push(w);
  return starts.map((w) => w.xMin / PT_PER_MM);
}

describe('what is drawn: the place-and-date line in LibreOffice and in the preview', function () {
  this.timeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-date-line-'));
  const words = new Map<string, Word[]>();
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    requireTools(this);
    browser = await launchOrSkip(this);
    page = await browser!.newPage();
    const file = (c: Case) => join(dir, `${c.id.replace(/\W+/g, '-')}.docx`);
    for (const c of CASES)
      writeFileSync(file(c), await renderDocx([c.layout], { measures: M, date: new Date(Date.UTC(2024, 0, 1)) }));
    convertToPdf(CASES.map(file), dir);
    for (const c of CASES) words.set(c.id, pdfWords(file(c).replace(/\.docx$/, '.pdf')));
  });
  after(async () => {
    await browser?.close();
  });

  for (const c of CASES) {
    it(`${c.id}: the same lines, no year alone, each line starting within 0.5 mm`, async () => {
      const pdf = pdfDateWords(words.get(c.id)!);
      await page.setContent(renderStandalone(c.layout, M));
      const dom = await domDateWords(page);
      const [pdfLines, domLines] = [groupLines(pdf), groupLines(dom)];
      assert.deepEqual(domLines, pdfLines, 'the preview breaks the date line as LibreOffice does');
      for (const line of pdfLines) assert.doesNotMatch(line, /^\d{4}$/, `the year alone on a line: ${pdfLines}`);
      const [pdfStarts, domStarts] = [lineStartsMm(pdf), lineStartsMm(dom)];
      console.log(
        `      ${JSON.stringify(pdfLines)} start at ${fixed(pdfStarts)} mm (PDF), ${fixed(domStarts)} mm (preview)`,
      );
      pdfStarts.forEach((x, i) =>
        assert.ok(Math.abs(x - domStarts[i]) < 0.5, `line ${i + 1}: ${fixed(pdfStarts)} vs ${fixed(domStarts)} mm`),
      );
    });
  }
});
