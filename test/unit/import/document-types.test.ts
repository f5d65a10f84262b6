/**
 * A THÔNG BÁO or a CÔNG ĐIỆN is imported with its type (`ten_loai`) rather than
 * refused as "not a GIẤY MỜI". Checked on the YAML text the import writes: the
 * key itself belongs to the schema (core/schema).
 */
import * as assert from 'node:assert/strict';
import { importDocx } from '../../../src/import';
import { invitation, makeDocx, p } from './make-docx';

const BODY = [p('Sở Tài chính tỉnh Ninh Bình thông báo lịch họp thảo luận dự toán năm 2025.')];
const retitled = (title: string) =>
  invitation(BODY).replace('<w:t xml:space="preserve">GIẤY MỜI</w:t>', `<w:t xml:space="preserve">${title}</w:t>`);

describe('import: other document types the format writes', () => {
  for (const [title, key] of [
    ['THÔNG BÁO', 'thong_bao'],
    ['CÔNG ĐIỆN', 'cong_dien'],
  ])
    it(`${title} gives ten_loai: ${key}`, () => {
      const { yaml } = importDocx(makeDocx(retitled(title)));
      assert.match(yaml, new RegExp(`^ten_loai: ${key}$`, 'm'));
      assert.match(yaml, /^trich_yeu: Họp thảo luận dự toán năm 2025$/m);
    });

  it('writes no ten_loai for a GIẤY MỜI (the default)', () =>
    assert.doesNotMatch(importDocx(makeDocx(invitation(BODY))).yaml, /ten_loai/));
});
