/**
 * A THÔNG BÁO or a CÔNG ĐIỆN is imported with its type (`ten_loai`) rather than
 * refused as "not a GIẤY MỜI". Checked on the YAML text the import writes: the
 * key itself belongs to the schema (core/schema).
 */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
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

  it('reads a CÔNG ĐIỆN\'s "<agency> điện:" as derived and its dash lines as kinh_moi', () => {
    const body = [
      p('SỞ TÀI CHÍNH điện:'),
      p('- Giám đốc các sở, ban, ngành;'),
      p('- Chủ tịch Ủy ban nhân dân các huyện.'),
      p('Trước diễn biến mưa lũ, Giám đốc Sở triệu tập cuộc họp khẩn như sau:'),
      p('Chủ trì: Đồng chí Nguyễn Văn An, Giám đốc Sở.'),
    ];
    const { yaml } = importDocx(makeDocx(invitation(body).replace('>GIẤY MỜI<', '>CÔNG ĐIỆN<')));
    const f = parse(yaml) as Record<string, any>;
    assert.equal(f.mo_dau, undefined, 'the "… điện:" line is derived, not kept as text');
    assert.equal(f.co_quan.ten_goi, 'SỞ TÀI CHÍNH', 'the agency as the line names it');
    assert.deepEqual(f.kinh_moi, ['Giám đốc các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân các huyện']);
    assert.equal(f.loi_moi, 'Trước diễn biến mưa lũ, Giám đốc Sở triệu tập cuộc họp khẩn như sau:');
    assert.equal(f.chu_tri, 'Đồng chí Nguyễn Văn An, Giám đốc Sở.');
    assert.equal(f.muc, undefined);
  });

  for (const title of ['QUYẾT ĐỊNH', 'BIÊN BẢN', 'GIẤY GIỚI THIỆU'])
    it(`keeps another type's title "${title}" as a free ten_loai, not "not a GIẤY MỜI"`, () => {
      const { yaml } = importDocx(makeDocx(retitled(title)));
      assert.equal((parse(yaml) as Record<string, unknown>).ten_loai, title);
      assert.match(yaml, /^trich_yeu: Họp thảo luận dự toán năm 2025$/m);
    });

  for (const line of ['Sở Tài chính kính gửi các phòng', 'KÍNH GỬI: CÁC PHÒNG CHUYÊN MÔN', 'NƠI NHẬN:'])
    it(`still refuses a document whose first line past the header is "${line}", not a title`, () =>
      assert.throws(() => importDocx(makeDocx(retitled(line))), /GIẤY MỜI/));

  it('keeps a form\'s own code in a blank ký hiệu ("…/QĐ-……"): the export would not derive it', () => {
    const form = retitled('QUYẾT ĐỊNH').replace('Số: 125/GM-STC', 'Số: …/QĐ-……');
    assert.equal((parse(importDocx(makeDocx(form)).yaml) as Record<string, unknown>).ky_hieu, 'QĐ-……');
  });

  it('still derives a blank "…/GM-……" from the type and the agency', () => {
    const form = invitation(BODY).replace('Số: 125/GM-STC', 'Số: …/GM-……');
    assert.equal((parse(importDocx(makeDocx(form)).yaml) as Record<string, unknown>).ky_hieu, undefined);
  });

  it('writes no ten_loai for a GIẤY MỜI (the default)', () =>
    assert.doesNotMatch(importDocx(makeDocx(invitation(BODY))).yaml, /ten_loai/));
});
