/**
 * Mail merge to PDF (planPdfExport with mailMerge): one PDF per row of the list, named
 * as the DOCX merge names its files, and the combined file with every
 * invitation; the fonts are read once for all of them.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { nodePdfFonts } from '../../../../src/export/pdf-fonts';
import { planPdfExport } from '../../../../src/export/pdf-plan';
import { readCsvList } from '../../../../src/lists/read-list';
import * as renderer from '../../../../src/render/pdf';
import { ROOT } from './render-examples';

const SOURCE = join(ROOT, 'examples/hoi-nghi-khach-moi-2025.giaymoi.yaml');
const list = readCsvList('khach-moi.csv', readFileSync(join(ROOT, 'examples/khach-moi.csv')));

describe('PDF mail merge', function () {
  this.timeout(60_000);

  it('plans one PDF per row of the list and the combined file, and renders them', async () => {
    let fontReads = 0;
    const fonts = () => ((fontReads += 1), nodePdfFonts([join(ROOT, 'media')]));
    const settings = { allowWarnings: true, mailMerge: true, list };
    const plan = await planPdfExport(readFileSync(SOURCE, 'utf8'), SOURCE, settings, renderer, fonts);
    assert.ok(plan.ok, JSON.stringify(plan).slice(0, 300));
    assert.ok(plan.merged > 1, `merged ${plan.merged}`);
    assert.equal(plan.files.length, plan.merged + 1);
    assert.ok(plan.files.every((f) => f.fileName.endsWith('.pdf')));
    assert.match(plan.files[0].fileName, /^hoi-nghi-khach-moi-2025 - .+\.pdf$/);
    assert.equal(plan.files[plan.merged].fileName, 'hoi-nghi-khach-moi-2025 (tất cả).pdf');
    const first = await PDFDocument.load(await plan.files[0].render());
    const combined = await PDFDocument.load(await plan.files[plan.merged].render());
    assert.equal(combined.getPageCount(), plan.merged * first.getPageCount());
    assert.equal(fontReads, 1);
  });
});
