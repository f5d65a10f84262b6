/**
 * What is drawn, compared between the DOCX (printed to PDF by LibreOffice, read
 * back with poppler) and the preview (the standalone page in Chromium, read from
 * the DOM): the header's agency lines for every example and a list of long real
 * agency names, never ending inside a listed word; "Nơi nhận:" on the baseline of
 * the signer's first line in every signer shape; the urgency stamps at the decree's
 * 30×8, 40×8 and 20×8 mm (NĐ 30/2020, PL I-P.I-M.II-k.2, k.9-d; PL I-P.I-M.III-k.2-b).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { headerBlocksWithLines, headerColumnPt } from '../../../src/core/layout/header-lines';
import { blockText, type Layout } from '../../../src/core/layout/model';
import { PT_PER_MM } from '../../../src/core/layout/geometry';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { renderDocx } from '../../../src/render/docx';
import { renderStandalone } from '../../../src/render/html';
import { termsCut, wordsSplit } from '../../support/name-breaks';
import { convertToPdf, requireTools } from '../docx/tools';
import { launchOrSkip } from '../preview/browser';
import { baseline, groupLines, pdfWords, redInkMm, type Word } from './read-back';
import { checkFile } from '../../support/list-beside';

const ROOT = join(__dirname, '../../..');
const M = resolveMeasures();
/** The decree's stamp sizes, mm, written out as the decree writes them (PL I-P.I-M.III-k.2-b). */
const STAMPS_MM: Readonly<Record<string, readonly [number, number]>> = {
  hoa_toc: [30, 8],
  thuong_khan: [40, 8],
  khan: [20, 8],
};
const PX_PER_PT = 96 / 72;

interface Case {
  readonly id: string;
  readonly layout: Layout;
  readonly stamp?: string;
}

const example = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');

function caseOf(id: string, yaml: string, checked = checkInvitation(yaml)): Case {
  assert.ok(checked.invitation, `${id} is not a valid invitation`);
  return { id, layout: layoutInvitation(checked.invitation, checked.source), stamp: checked.invitation.do_khan };
}

/** The examples; each long name as parent and issuing agency; TUQ and Q signers; the other two stamps. */
function cases(): Case[] {
  const examples = readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.giaymoi.yaml'))
    .sort();
  const names: string[] = [
    ...JSON.parse(readFileSync(join(ROOT, 'test/fixtures/names/long-agency-names.json'), 'utf8')).names,
    ...realNamesSample(),
  ];
  const finance = example('so-tai-chinh-hop-du-toan-2025.giaymoi.yaml');
  const urgent = example('hoa-toc-phong-chong-bao-2025.giaymoi.yaml');
  return [
    ...examples.map((file) =>
      caseOf(basename(file, '.giaymoi.yaml'), example(file), checkFile(join(ROOT, 'examples', file))),
    ),
    ...names.map((name, i) =>
      caseOf(
        `name-${String(i + 1).padStart(2, '0')}`,
        finance.replace(/^ {2}chu_quan: .*$/m, `  chu_quan: ${name}`).replace(/^ {2}ten: .*$/m, `  ten: ${name}`),
      ),
    ),
    caseOf('signer-tuq', finance.replace(/^ {2}quyen_han: KT.*$/m, '  quyen_han: TUQ')),
    caseOf('signer-q', finance.replace(/^ {2}quyen_han: KT.*$/m, '  quyen_han: Q').replace(/^ {2}chuc_vu: .*\n/m, '')),
    caseOf('stamp-thuong-khan', urgent.replace(/^do_khan: hoa_toc/m, 'do_khan: thuong_khan')),
    caseOf('stamp-khan', urgent.replace(/^do_khan: hoa_toc/m, 'do_khan: khan')),
  ];
}

/** Every ninth of the 110 real agency names (issue 29), the ones the issue saw split among them. */
function realNamesSample(): string[] {
  const groups: Record<string, string[]> = JSON.parse(
    readFileSync(join(ROOT, 'test/fixtures/names/real-agency-names.json'), 'utf8'),
  ).groups;
  const all = Object.values(groups).flat();
  const seen = ['LIÊN ĐOÀN BÓNG ĐÁ VIỆT NAM', 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TRUNG ƯƠNG'];
  return [...seen, ...all.filter((name, i) => i % 9 === 0 && !seen.includes(name))];
}

/** The header's left-column lines as the core decides them, one list per block. */
function coreLines(layout: Layout): string[][] {
  return headerBlocksWithLines(layout.header.left, M, 0).map((block) => blockText(block).split('\n'));
}

/** Lines of the agency column on page 1 of the PDF: words left of the column's edge, above "Số:". */
function pdfHeaderLines(words: readonly Word[]): string[] {
  const edge = M.margins.left * PT_PER_MM + headerColumnPt(M, 0);
  const so = words.find((w) => w.page === 1 && w.text === 'Số:');
  assert.ok(so, 'no "Số:" on page 1');
  return groupLines(words.filter((w) => w.page === 1 && w.xMax <= edge + 1 && baseline(w) < baseline(so) - 2));
}

interface DomWord {
  text: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The words of the elements matching `selector` with their boxes (px), read from text ranges. */
async function domWords(page: Page, selector: string): Promise<DomWord[]> {
  return page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll(sel)).flatMap((el) => {
        const found: DomWord[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (const m of node.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index ?? 0);
            range.setEnd(node, (m.index ?? 0) + m[0].length);
            const r = range.getBoundingClientRect();
            found.push({ text: m[0], top: r.top, bottom: r.bottom, left: r.left, right: r.right });
          }
        }
        return found;
      }),
    selector,
  );
}

/**
 * The baseline of an element's first line, in points: where a zero-size inline
 * block set on the baseline lands (Chromium rounds a font's ascent to whole
 * pixels, so a baseline cannot be computed from a text box's height).
 */
async function domBaselinePt(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return NaN;
    const probe = document.createElement('span');
    probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
    el.insertBefore(probe, el.firstChild);
    const top = probe.getBoundingClientRect().top;
    probe.remove();
    return (top * 72) / 96;
  }, selector);
}

/** DOM words as PDF-like words (points), so the same grouping and baseline apply. */
const asPt = (w: DomWord): Word => ({
  page: 1,
  text: w.text.normalize('NFC'),
  xMin: w.left / PX_PER_PT,
  xMax: w.right / PX_PER_PT,
  yMin: w.top / PX_PER_PT,
  yMax: w.bottom / PX_PER_PT,
});

describe('what is drawn: the DOCX in LibreOffice against the preview in Chromium', function () {
  this.timeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-drawn-'));
  const all = cases();
  const words = new Map<string, Word[]>();
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    requireTools(this);
    browser = await launchOrSkip(this);
    page = await browser!.newPage();
    for (const c of all)
      writeFileSync(
        join(dir, `${c.id}.docx`),
        await renderDocx([c.layout], { measures: M, date: new Date(Date.UTC(2024, 0, 1)) }),
      );
    convertToPdf(
      all.map((c) => join(dir, `${c.id}.docx`)),
      dir,
    );
    for (const c of all) words.set(c.id, pdfWords(join(dir, `${c.id}.pdf`)));
  });
  after(async () => {
    await browser?.close();
  });

  const show = async (c: Case) => page.setContent(renderStandalone(c.layout, M));

  for (const c of all) {
    it(`${c.id}: the agency column's lines are the core's, in the PDF and in the preview, none ending inside a word`, async () => {
      const expected = coreLines(c.layout);
      assert.deepEqual(pdfHeaderLines(words.get(c.id)!), expected.flat(), 'PDF of the DOCX');
      await show(c);
      const dom = (await domWords(page, '.gm-head > .gm-cell:first-child .gm-b')).map(asPt);
      assert.deepEqual(groupLines(dom), expected.flat(), 'preview DOM');
      const cell = await page.locator('.gm-head > .gm-cell').first().boundingBox();
      const right = Math.max(...dom.map((w) => w.xMax)) * PX_PER_PT;
      assert.ok(
        cell && right <= cell.x + cell.width + 0.5,
        `a header line overflows its column (${right} > ${cell && cell.x + cell.width})`,
      );
      for (const lines of expected)
        assert.deepEqual(
          [...termsCut(lines), ...wordsSplit(lines)],
          [],
          `${JSON.stringify(lines)} breaks inside a word`,
        );
    });
  }

  for (const c of all.filter((k) => !k.id.startsWith('name-'))) {
    it(`${c.id}: "Nơi nhận:" stands on the baseline of "${blockText(c.layout.signature[0])}", in the PDF and in the preview`, async () => {
      const first = blockText(c.layout.signature[0]).split(' ')[0];
      const pdf = words.get(c.id)!;
      const noi = pdf.find((w, i) => w.text === 'Nơi' && pdf[i + 1]?.text === 'nhận:');
      assert.ok(noi, 'no "Nơi nhận:" in the PDF');
      const middle = M.margins.left * PT_PER_MM + ((M.page.widthMm - M.margins.left - M.margins.right) * PT_PER_MM) / 2;
      const signer = pdf
        .filter((w) => w.page === noi.page && w.text === first && w.xMin > middle)
        .sort((a, b) => Math.abs(baseline(a) - baseline(noi)) - Math.abs(baseline(b) - baseline(noi)))[0];
      assert.ok(signer, `no "${first}" beside "Nơi nhận:"`);
      assert.ok(
        Math.abs(baseline(signer) - baseline(noi)) < 0.5,
        `PDF: "Nơi nhận:" ${baseline(noi).toFixed(2)} pt, signer ${baseline(signer).toFixed(2)} pt`,
      );
      console.log(
        `      PDF baselines: "Nơi nhận:" ${baseline(noi).toFixed(2)} pt, "${first}" ${baseline(signer).toFixed(2)} pt`,
      );
      await show(c);
      const [left, right] = [
        await domBaselinePt(page, '.gm-foot > .gm-left > .gm-b:first-child'),
        await domBaselinePt(page, '.gm-foot > .gm-right > .gm-b:first-child'),
      ];
      console.log(`      preview baselines: "Nơi nhận:" ${left.toFixed(2)} pt, "${first}" ${right.toFixed(2)} pt`);
      assert.ok(
        Math.abs(left - right) < 0.5,
        `preview: "Nơi nhận:" ${left.toFixed(2)} pt, signer ${right.toFixed(2)} pt`,
      );
    });
  }

  for (const c of all.filter((k) => k.stamp)) {
    const [widthMm, heightMm] = STAMPS_MM[c.stamp!];
    it(`${c.id}: the ${c.stamp} stamp is ${widthMm}×${heightMm} mm in the PDF and in the preview`, async () => {
      const ink = redInkMm(join(dir, `${c.id}.pdf`), 1, join(dir, `${c.id}-ink`));
      console.log(`      PDF red ink: ${ink.widthMm.toFixed(2)}×${ink.heightMm.toFixed(2)} mm`);
      assert.ok(
        Math.abs(ink.widthMm - widthMm) < 0.3 && Math.abs(ink.heightMm - heightMm) < 0.3,
        `PDF: ${ink.widthMm.toFixed(2)}×${ink.heightMm.toFixed(2)} mm`,
      );
      await show(c);
      const box = await page.locator(`.gm-stamp-${c.stamp} .gm-t`).boundingBox();
      const mm = (px: number) => (px * 25.4) / 96;
      assert.ok(
        box && Math.abs(mm(box.width) - widthMm) < 0.1 && Math.abs(mm(box.height) - heightMm) < 0.1,
        `preview: ${box && mm(box.width).toFixed(2)}×${box && mm(box.height).toFixed(2)} mm`,
      );
    });
  }
});
