/**
 * The PDF export prints nguyen_van_dau above the header and nguyen_van_cuoi
 * after the foot, and paginates them as LibreOffice paginates our DOCX
 * (issue 28): the built CLI writes both files, LibreOffice prints the DOCX.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf, requireTools, run } from '../docx/tools';
import { byPosition, pdfLines, type PdfLine } from './read-lines';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'bin', 'giaymoi.js');
const FIXTURE = readFileSync(join(ROOT, 'test/fixtures/verbatim-ends/du-thao-ghi-chu.giaymoi.yaml'), 'utf8');
const LONG = FIXTURE.replace(/^nguyen_van_cuoi:\n( {2}- .*\n)+/m, '').concat(
  'nguyen_van_cuoi:\n',
  ...Array.from({ length: 60 }, (_, i) => `  - ${i + 1}. Ông Nguyễn Văn Khách ${i + 1}, Giám đốc đơn vị.\n`),
);

const indexOf = (lines: readonly PdfLine[], start: string) => {
  const i = lines.findIndex((l) => l.text.startsWith(start));
  assert.ok(i >= 0, `"${start}" printed`);
  return i;
};

describe('PDF export: text above the header and after the foot', function () {
  this.timeout(300_000);
  const out = mkdtempSync(join(tmpdir(), 'giaymoi-pdf-ends-'));
  const files = { short: FIXTURE, long: LONG };

  before(function () {
    requireTools(this);
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(out, `${name}.giaymoi.yaml`), text);
      for (const ext of ['docx', 'pdf'])
        run(process.execPath, [
          CLI,
          'export',
          join(out, `${name}.giaymoi.yaml`),
          '-o',
          join(out, 'ours', `${name}.${ext}`),
        ]);
    }
    convertToPdf(
      Object.keys(files).map((name) => join(out, 'ours', `${name}.docx`)),
      out,
    );
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('draws the line above the header first and the paragraphs after the signer, in order', () => {
    const lines = byPosition(pdfLines(join(out, 'ours', 'short.pdf')));
    assert.match(lines[0].text, /^Dự thảo lần 2/);
    const agency = indexOf(lines, 'UBND TỈNH NINH BÌNH');
    const name = lines.map((l) => l.text.includes('Nguyễn Thị Minh Hằng')).lastIndexOf(true);
    const note = indexOf(lines, 'Ghi chú:');
    assert.ok(lines[0].yMin < lines[agency].yMin);
    assert.ok(lines[name].yMin < lines[note].yMin, 'the Ghi chú under the signer');
    assert.ok(indexOf(lines, 'Danh sách đại biểu') < indexOf(lines, '3. Giám đốc Sở Văn hóa'));
  });

  it('draws every line where LibreOffice prints our DOCX: same page, within 1 mm, same page count', () => {
    for (const name of Object.keys(files)) {
      const ours = pdfLines(join(out, 'ours', `${name}.pdf`));
      const theirs = pdfLines(join(out, `${name}.pdf`));
      const mm = 72 / 25.4;
      const wanted = theirs.filter((l) => !/^\d{1,3}$/.test(l.text)); // page numbers aside
      assert.ok(wanted.length > 3);
      for (const line of wanted) {
        const same = ours.find(
          (o) =>
            o.page === line.page &&
            o.text === line.text &&
            Math.abs(o.yMin - line.yMin) <= mm &&
            Math.abs(o.xMin - line.xMin) <= mm,
        );
        assert.ok(same, `${name}: p${line.page} "${line.text}" not where LibreOffice puts it`);
      }
      assert.equal(Math.max(...ours.map((l) => l.page)), Math.max(...theirs.map((l) => l.page)), `${name}: pages`);
    }
  });

  it('runs a long list after the foot onto the next page', () => {
    const lines = pdfLines(join(out, 'ours', 'long.pdf'));
    const last = lines.find((l) => l.text.startsWith('60. Ông Nguyễn Văn Khách 60'));
    assert.ok(last && last.page >= 2, `the 60th guest on page ${last?.page}`);
  });
});
