import * as assert from 'node:assert/strict';
import { fidelityShares, importDocx, measureFidelity } from '../../../src/import';
import { loadDocxRenderer } from '../../../src/export/load-renderer';
import { keptInOrder, printedElsewhere } from '../../../src/import/words-in-order';
import { invitation, makeDocx, p } from './make-docx';

const BODY = [
  p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế'),
  p('Tới dự cuộc họp thảo luận dự toán năm 2025.'),
  p('Địa điểm: Phòng họp số 2, Sở Tài chính.'),
];

describe('import: the fidelity figure, measured on the export of the result', function () {
  this.timeout(30_000);
  const docx = makeDocx(invitation(BODY));
  const { yaml } = importDocx(docx);

  it('counts every printed word of the original kept when the export prints it again', async () => {
    const f = await measureFidelity(docx, yaml, loadDocxRenderer());
    assert.equal(f.kept, f.total);
    assert.ok(f.total > 40, `${f.total} words`);
    assert.equal(f.firstLost, undefined);
    assert.equal(fidelityShares(f).kept, '100.0');
  });

  it('drops when the source loses a word, and names the lost passage', async () => {
    const f = await measureFidelity(docx, yaml.replace('Phòng họp số 2', 'họp số 2'), loadDocxRenderer());
    assert.equal(f.total - f.kept, 1);
    assert.equal(f.moved, 0);
    assert.equal(f.firstLost, 'Phòng');
    assert.notEqual(fidelityShares(f).kept, '100.0');
  });

  it('counts words kept only through nguyen_van apart from those in fields', async () => {
    const moved = yaml
      .replace(/^dia_diem: .*$/m, '')
      .replace(/^nguoi_ky:/m, 'nguyen_van: "Địa điểm: Phòng họp số 2, Sở Tài chính."\nnguoi_ky:');
    const f = await measureFidelity(docx, moved, loadDocxRenderer());
    assert.ok(f.verbatim >= 7, `${f.verbatim} verbatim`);
  });

  it('counts nothing kept when the result does not export', async () => {
    const f = await measureFidelity(docx, yaml.replace(/^nguoi_ky:/m, 'nguoi_ky_x:'), loadDocxRenderer());
    assert.ok(f.errors > 0);
    assert.equal(f.kept, 0);
  });

  it('matches in order: a moved sentence costs its own words, not everything after it', () => {
    const kept = keptInOrder(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'd', 'e', 'b']);
    assert.deepEqual(kept, [true, false, true, true, true]);
  });
});

describe('import: words printed out of their place', () => {
  it('tells a moved word from a lost one', () => {
    const original = ['a', 'b', 'c', 'd'];
    const printed = ['a', 'c', 'd', 'b'];
    assert.deepEqual(printedElsewhere(original, printed, [true, false, true, true]), [false, true, false, false]);
    assert.deepEqual(printedElsewhere(original, ['a', 'c', 'd'], [true, false, true, true]), [
      false,
      false,
      false,
      false,
    ]);
  });
});
