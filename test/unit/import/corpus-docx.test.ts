/**
 * Real Word files (test/corpus-docx/SOURCES.md): each is imported, the result
 * exported and both read back; the measured share of the original's printed
 * words printed again in order, and of those from fields, must not fall below
 * the floor recorded here. Floors only go up; 100% is the goal. What is still
 * lost is named beside each floor. A .doc goes through LibreOffice first, as
 * the CLI takes it; a file of several models must be refused with its own
 * message, not read as one document.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocxRenderer } from '../../../src/export/load-renderer';
import { fidelityShares, importDocx, ImportError, measureFidelity } from '../../../src/import';
import { convertDocToDocx } from '../../../src/node/convert-doc';
import { say } from '../../../src/core/messages';

const CORPUS = join(__dirname, '../../corpus-docx');

type Expectation =
  /** Percent kept in order and percent from fields, as measured when the file was added. */
  | { kept: number; fields: number; lost: string }
  /** A file the importer must refuse, with the message it must give. */
  | { refused: string };

const SEVERAL_MODELS = say('import.error.severalDocuments', { count: 14 }).en;

const FLOORS: Record<string, Expectation> = {
  'nd30-mau-1-7-giay-moi.docx': { kept: 100, fields: 100, lost: '' },
  'nd30-mau-1-7-giay-moi-chu-thich.docx': { kept: 100, fields: 39.6, lost: '' },
  'nd30-mau-1-7-giay-moi.doc': { kept: 100, fields: 39.6, lost: '' },
  'nd30-mau-1-6-cong-dien.docx': { kept: 100, fields: 100, lost: '' },
  'nd30-mau-1-1-nghi-quyet.docx': { kept: 100, fields: 100, lost: '' },
  'nd30-mau-1-3-quyet-dinh.docx': { kept: 100, fields: 100, lost: '' },
  'nd30-mau-1-4-van-ban-co-ten-loai.docx': { kept: 100, fields: 29.8, lost: '' },
  'nd30-mau-1-8-giay-gioi-thieu.docx': { kept: 100, fields: 100, lost: '' },
  'nd30-mau-1-9-bien-ban.docx': {
    kept: 88.1,
    fields: 81.7,
    lost: `THƯ KÝ's signature column, beside CHỦ TỌA's in the original, has no place in the format's foot: it prints after the foot (nguyen_van_cuoi)`,
  },
  /** A Công văn prints no type name, and the format always prints one: refused rather than retitled. */
  'nd30-mau-1-5-cong-van.docx': { refused: say('import.error.notInvitation').en },
  'nd30-phu-luc-iii.docx': { refused: SEVERAL_MODELS },
  'nd30-phu-luc-iii.doc': { refused: SEVERAL_MODELS },
};

/** The file's DOCX bytes: a .doc is converted by LibreOffice, as `giaymoi import` does. */
function docxBytes(file: string): Uint8Array {
  const path = join(CORPUS, file);
  if (!file.endsWith('.doc')) return readFileSync(path);
  const converted = convertDocToDocx(path);
  if ('reason' in converted) throw new Error(`${file}: ${converted.reason.en}`);
  return converted.data;
}

describe('import: real Word files keep their printed words', function () {
  this.timeout(120_000);
  const files = readdirSync(CORPUS).filter((f) => /\.docx?$/.test(f));

  it('has a floor and a source for every file', () => {
    const sources = readFileSync(join(CORPUS, 'SOURCES.md'), 'utf8');
    assert.deepEqual(files.sort(), Object.keys(FLOORS).sort());
    for (const f of files) assert.ok(sources.includes(`\`${f}\``), `${f} is not in SOURCES.md`);
  });

  for (const file of files)
    it(file, async () => {
      const bytes = docxBytes(file);
      const expected = FLOORS[file];
      if ('refused' in expected) {
        assert.throws(
          () => importDocx(bytes, { fileName: file }),
          (e) => e instanceof ImportError && e.message === expected.refused,
        );
        return;
      }
      const { yaml } = importDocx(bytes, { fileName: file });
      const f = await measureFidelity(bytes, yaml, loadDocxRenderer());
      const shares = fidelityShares(f);
      console.log(
        `      ${file}: ${f.total} words, ${shares.kept}% kept in order, ${shares.fields}% from fields; first lost: ${f.firstLost ?? '—'}`,
      );
      assert.equal(f.errors, 0, 'the imported source does not export');
      assert.ok(Number(shares.kept) >= expected.kept, `kept ${shares.kept}% < floor ${expected.kept}%`);
      assert.ok(Number(shares.fields) >= expected.fields, `fields ${shares.fields}% < floor ${expected.fields}%`);
    });
});
