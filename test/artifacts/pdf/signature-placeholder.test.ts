/**
 * nguoi_ky.cho_ky in the PDF from the built CLI: the placeholder is printed
 * between the signer's title and the name, and the space keeps its height, so
 * the name and the signature field stand where they stand without it.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import { requireTools, run } from '../docx/tools';
import { pdfLines } from './read-lines';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'bin', 'giaymoi.js');
const EXAMPLE = join(ROOT, 'examples', 'cong-dien-hop-khan-phong-chong-lu-2025.giaymoi.yaml');
const NAME = '  ho_ten: Trần Thắng\n\nnoi_nhan:';
const PLACEHOLDER = '(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức)';

async function fieldRect(pdf: string): Promise<number[]> {
  const doc = await PDFDocument.load(readFileSync(pdf));
  const form = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
  const [ref] = form.lookup(PDFName.of('Fields'), PDFArray).asArray() as PDFRef[];
  return doc.context.lookup(ref, PDFDict).lookup(PDFName.of('Rect'), PDFArray).asArray().map(Number);
}

describe('PDF: the signature placeholder (nguoi_ky.cho_ky)', function () {
  this.timeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'giaymoi-pdf-cho-ky-'));
  before(function () {
    requireTools(this);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  const exported = (text: string, name: string): string => {
    const source = join(out, `${name}.giaymoi.yaml`);
    writeFileSync(source, text);
    const pdf = join(out, `${name}.pdf`);
    run(process.execPath, [CLI, 'export', source, '-o', pdf, '--allow-drafts']);
    return pdf;
  };

  it('is printed between the title and the name; the name and the field do not move', async () => {
    const plain = readFileSync(EXAMPLE, 'utf8');
    assert.ok(plain.includes(NAME));
    const withIt = plain.replace(NAME, `  cho_ky: "${PLACEHOLDER}"\n${NAME}`);
    const [before, after] = [exported(plain, 'plain'), exported(withIt, 'with')];
    const lines = pdfLines(after);
    const at = (text: string) => lines.findIndex((l) => l.text.startsWith(text));
    const [title, placeholder, name] = [at('CHỦ TỊCH'), at('(Chữ ký của người'), at('Trần Thắng')];
    assert.ok(title >= 0 && title < placeholder && placeholder < name, `${title} < ${placeholder} < ${name}`);
    const words = lines
      .slice(placeholder, name)
      .map((l) => l.text)
      .join(' ');
    assert.equal(words, PLACEHOLDER);
    const nameBefore = pdfLines(before).find((l) => l.text === 'Trần Thắng');
    assert.ok(nameBefore && Math.abs(nameBefore.yMin - lines[name].yMin) < 0.5, 'the name stays where it was');
    assert.deepEqual(await fieldRect(after), await fieldRect(before), 'the signature field is unchanged');
  });
});
