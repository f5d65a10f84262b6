/**
 * Layouts met in the real Word files of test/corpus-docx, each reduced to the
 * smallest document.xml that shows it: what the importer did with the file,
 * and what it does now.
 */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { checkInvitation } from '../../../src/core/check/check';
import { importDocx } from '../../../src/import';
import { invitation, makeDocx, p, twoColumns } from './make-docx';

const BODY = [p('Thời gian bắt đầu: 8 giờ 00.'), p('Cuộc họp kết thúc vào 11 giờ 00./.')];

const read = (xml: string) => {
  const result = importDocx(makeDocx(xml));
  return { ...result, fields: parse(result.yaml) as Record<string, any> };
};

describe('import: layouts of the corpus of real Word files', () => {
  it('keeps a footnote number written in a blank ký hiệu ("Số: …/GM-…3…") and takes no abbreviation from dots', () => {
    const { fields } = read(invitation(BODY).replace('Số: 125/GM-STC', 'Số: …/GM-…3…'));
    assert.equal(fields.ky_hieu, 'GM-…3…', 'the "3" the form prints is kept');
    assert.equal(fields.co_quan.viet_tat, 'STC', 'guessed from the agency, never "…3…"');
  });

  it('takes no abbreviation from the dots of a blank "…/QĐ-...…"', () => {
    const { fields } = read(
      invitation(BODY).replace('Số: 125/GM-STC', 'Số: …/QĐ-...…').replace('>GIẤY MỜI<', '>QUYẾT ĐỊNH<'),
    );
    assert.equal(fields.ky_hieu, 'QĐ-...…');
    assert.equal(fields.co_quan.viet_tat, 'STC');
  });

  it('reads a Biên bản: two signatures side by side, "Nơi nhận:" typed under them (Mẫu 1.9)', () => {
    const head = invitation(BODY).replace('>GIẤY MỜI<', '>BIÊN BẢN<');
    const withoutFoot = head.slice(0, head.lastIndexOf('<w:tbl>'));
    const foot = [
      twoColumns([p('**THƯ KÝ**'), p('**Trần Thị Lan**')], [p('**CHỦ TỌA**'), p('**Nguyễn Văn An**')]),
      p('**Nơi nhận:**'),
      p('- Lưu: VT, Hồ sơ.'),
    ].join('');
    const { fields, yaml } = read(withoutFoot + foot);
    assert.deepEqual(fields.nguoi_ky, { chuc_vu: 'CHỦ TỌA', ho_ten: 'Nguyễn Văn An' });
    assert.deepEqual(fields.noi_nhan, ['Lưu: VT, Hồ sơ.']);
    assert.deepEqual(
      fields.nguyen_van_cuoi,
      ['THƯ KÝ', 'Trần Thị Lan'],
      'the second signer is kept as written, after the foot',
    );
    const errors = checkInvitation(yaml).problems.filter((x) => x.severity === 'error');
    assert.deepEqual(errors, [], 'the import exports');
  });
});
