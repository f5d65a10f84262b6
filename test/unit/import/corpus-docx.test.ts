/**
 * Real Word files (test/corpus-docx/SOURCES.md): each is imported, the result
 * exported and both read back; the measured share of the original's printed
 * words printed again in order, and of those from fields, must not fall below
 * the floor recorded here. Floors only go up; 100% is the goal. What is still
 * lost is named beside each floor.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocxRenderer } from '../../../src/export/load-renderer';
import { fidelityShares, importDocx, measureFidelity } from '../../../src/import';

const CORPUS = join(__dirname, '../../corpus-docx');

/** Percent kept in order and percent from fields, as measured when the file was added. */
const FLOORS: Record<string, { kept: number; fields: number; lost: string }> = {
  'nd30-mau-1-7-giay-moi.docx': {
    kept: 78.3,
    fields: 78.3,
    lost: 'the signature placeholder "(Chữ ký của người có thẩm quyền, dấu/chữ ký số…)": the export leaves room to sign',
  },
  'nd30-mau-1-7-giay-moi-chu-thich.docx': {
    kept: 91.8,
    fields: 31.4,
    lost: 'the signature placeholder, as above, and the footnote marks in the blanks of "Số: …/GM-…3…" and of the Lưu line; "Mẫu 1.7 – Giấy mời" (nguyen_van_dau) and the footnotes after the foot (nguyen_van_cuoi) print in place',
  },
};

describe('import: real Word files keep their printed words', function () {
  this.timeout(60_000);
  const files = readdirSync(CORPUS).filter((f) => /\.docx$/.test(f));

  it('has a floor and a source for every file', () => {
    const sources = readFileSync(join(CORPUS, 'SOURCES.md'), 'utf8');
    assert.deepEqual(files.sort(), Object.keys(FLOORS).sort());
    for (const f of files) assert.ok(sources.includes(`\`${f}\``), `${f} is not in SOURCES.md`);
  });

  for (const file of files)
    it(file, async () => {
      const bytes = readFileSync(join(CORPUS, file));
      const { yaml } = importDocx(bytes, { fileName: file });
      const f = await measureFidelity(bytes, yaml, loadDocxRenderer());
      const shares = fidelityShares(f);
      console.log(
        `      ${file}: ${f.total} words, ${shares.kept}% kept in order, ${shares.fields}% from fields; first lost: ${f.firstLost ?? '—'}`,
      );
      assert.equal(f.errors, 0, 'the imported source does not export');
      assert.ok(Number(shares.kept) >= FLOORS[file].kept, `kept ${shares.kept}% < floor ${FLOORS[file].kept}%`);
      assert.ok(
        Number(shares.fields) >= FLOORS[file].fields,
        `fields ${shares.fields}% < floor ${FLOORS[file].fields}%`,
      );
    });
});
