/** The signature placeholder a form prints ("(Chữ ký, dấu)") is kept in nguoi_ky.cho_ky and printed again. */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { loadDocxRenderer } from '../../../src/export/load-renderer';
import { fidelityShares, importDocx, measureFidelity } from '../../../src/import';
import { invitation, makeDocx, p } from './make-docx';

const PLACEHOLDER = '(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức)';
const BODY = [p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế')];

describe('import: the signature placeholder', function () {
  this.timeout(30_000);

  it('goes to nguoi_ky.cho_ky, with a note, and is printed again in order', async () => {
    const bytes = makeDocx(
      invitation(BODY, { signer: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', PLACEHOLDER, 'Nguyễn Thị Minh Hằng'] }),
    );
    const { yaml, notes } = importDocx(bytes);
    const signer = (parse(yaml) as { nguoi_ky: Record<string, string> }).nguoi_ky;
    assert.equal(signer.cho_ky, PLACEHOLDER);
    assert.equal(signer.ho_ten, 'Nguyễn Thị Minh Hằng');
    assert.deepEqual(Object.keys(signer).slice(-2), ['cho_ky', 'ho_ten']);
    assert.ok(notes.some((n) => n.message.vi.includes('`nguoi_ky.cho_ky`')));
    const f = await measureFidelity(bytes, yaml, loadDocxRenderer());
    assert.equal(f.errors, 0, 'the import still exports (GM057 is a warning, drafts allowed)');
    assert.equal(fidelityShares(f).kept, '100.0');
  });
});
