import * as assert from 'node:assert/strict';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { blockText } from '../../../src/core/layout/model';
import { allBlocks } from '../../../src/core/layout/text';
import { parseInvitation } from '../../../src/core/parse/parse';
import type { Range } from '../../../src/core/model/problem';

// Every block's text and the YAML it came from: what the preview selects when
// the user clicks a line, and where it scrolls with the editor.

const FULL = `co_quan:
  chu_quan:
    - UBND TỈNH LẠNG SƠN
  ten: SỞ TÀI CHÍNH
  viet_tat: STC
so: 7
dia_danh: Lạng Sơn
ngay: 2025-03-04
do_mat: toi_mat
do_khan: thuong_khan
pham_vi_luu_hanh: xem_xong_tra_lai
trich_yeu: Họp **dự toán** năm 2026
mo_dau:
  - Căn cứ Kế hoạch số 12/KH-STC;
  - Thực hiện chỉ đạo của UBND tỉnh.
kinh_moi:
  - Phòng Ngân sách
  - Phòng Tin học
toi_du: Cuộc họp dự toán
chu_tri: Đồng chí Giám đốc Sở
thoi_gian:
  - { bat_dau: 2025-03-10 08:00, ket_thuc: "11:00", ghi_chu: Buổi sáng }
  - { bat_dau: 2025-03-10 14:00, ket_thuc: 2025-03-11 17:00 }
dia_diem: Phòng họp số 2
muc:
  - tieu_de: Nội dung
    muc:
      - noi_dung: Báo cáo dự toán
        diem:
          - Thu ngân sách
        gach_dau_dong:
          - Chi thường xuyên
        doan: Số liệu kèm theo.
dau_moi_lien_he: { ho_ten: Bà Lê Thị Hoa, chuc_vu: Chuyên viên, dien_thoai: "0205 3812 345", email: hoa@langson.gov.vn }
loi_ket:
  - Đề nghị đại biểu dự đúng giờ;
  - Trân trọng./.
nguyen_van: Ghi chú giữ nguyên.
nguoi_ky:
  thay_mat: ỦY BAN NHÂN DÂN
  quyen_han: KT
  chuc_vu_thay: GIÁM ĐỐC
  chuc_vu: PHÓ GIÁM ĐỐC
  ho_ten: Nguyễn Văn Bình
noi_nhan:
  - Như trên;
  - "Lưu: VT."
nguoi_soan_thao: NS
so_ban: 15
lien_he:
  dia_chi: Số 1 Hùng Vương
  dien_thoai: "0205 3812 000"
  fax: "0205 3812 001"
  email: stc@langson.gov.vn
  website: stc.langson.gov.vn
`;

const SHORT = `co_quan:
  ten: [ỦY BAN NHÂN DÂN, XÃ TÂN LẬP]
  viet_tat: UBND
dia_danh: Tân Lập
trich_yeu: Họp dân
kinh_moi: Ông Trưởng thôn Nà Pàn
thoi_gian: 8 giờ, ngày 15/6/2025
nguoi_ky:
  thay_mat: ỦY BAN NHÂN DÂN
  ho_ten: Hoàng Văn Tư
noi_nhan: [Lưu VT.]
so_ban: 3
lien_he:
  email: ubnd@tanlap.gov.vn
`;

/** The first line of the source text a range covers (undefined for derived blocks). */
function firstLineOf(text: string, range: Range | undefined): string | undefined {
  if (!range) return undefined;
  const lines = text.split('\n');
  const first = lines[range.start.line];
  return range.end.line === range.start.line
    ? first.slice(range.start.character, range.end.character)
    : first.slice(range.start.character);
}

/** [role, printed text, first line of its source] for every block, in reading order. */
function blocksWithSources(text: string, invitee?: number) {
  const parsed = parseInvitation(text);
  assert.ok(parsed.invitation, JSON.stringify(parsed.problems));
  const layout = layoutInvitation(parsed.invitation, parsed.source, invitee === undefined ? {} : { invitee });
  return { layout, rows: allBlocks(layout).map((b) => [b.role, blockText(b), firstLineOf(text, b.source)]) };
}

describe('layout: every block tied to the YAML it came from', () => {
  it('a full invitation: derived lines, each model line, the numbered body, signature, foot', () => {
    assert.deepEqual(blocksWithSources(FULL).rows, [
      ['co_quan_chu_quan', 'UBND TỈNH LẠNG SƠN', '- UBND TỈNH LẠNG SƠN'],
      ['co_quan', 'SỞ TÀI CHÍNH', 'SỞ TÀI CHÍNH'],
      ['quoc_hieu', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', undefined],
      ['tieu_ngu', 'Độc lập - Tự do - Hạnh phúc', undefined],
      ['so_ky_hieu', 'Số: 07/GM-STC', '7'],
      ['dia_danh_ngay', 'Lạng Sơn, ngày 04 tháng 3 năm 2025', '2025-03-04'],
      ['do_mat', 'TỐI MẬT', 'toi_mat'],
      ['do_khan', 'THƯỢNG KHẨN', 'thuong_khan'],
      ['pham_vi_luu_hanh', 'XEM XONG TRẢ LẠI', 'xem_xong_tra_lai'],
      ['ten_loai', 'GIẤY MỜI', undefined],
      ['trich_yeu', 'Họp dự toán năm 2026', 'Họp **dự toán** năm 2026'],
      ['paragraph', 'Căn cứ Kế hoạch số 12/KH-STC;', 'Căn cứ Kế hoạch số 12/KH-STC;'],
      ['paragraph', 'Thực hiện chỉ đạo của UBND tỉnh.', 'Thực hiện chỉ đạo của UBND tỉnh.'],
      ['paragraph', 'Sở Tài chính trân trọng kính mời:', '- Phòng Ngân sách'],
      ['bullet', '- Phòng Ngân sách;', 'Phòng Ngân sách'],
      ['bullet', '- Phòng Tin học.', 'Phòng Tin học'],
      ['paragraph', 'Tới dự Cuộc họp dự toán', 'Cuộc họp dự toán'],
      ['paragraph', 'Chủ trì: Đồng chí Giám đốc Sở', 'Đồng chí Giám đốc Sở'],
      ['paragraph', 'Thời gian:', '- { bat_dau: 2025-03-10 08:00, ket_thuc: "11:00", ghi_chu: Buổi sáng }'],
      [
        'bullet',
        '- Buổi sáng: từ 8 giờ 00 phút đến 11 giờ 00 phút, ngày 10/3/2025 (thứ Hai);',
        '{ bat_dau: 2025-03-10 08:00, ket_thuc: "11:00", ghi_chu: Buổi sáng }',
      ],
      [
        'bullet',
        '- Từ 14 giờ 00 phút, ngày 10/3/2025 (thứ Hai) đến 17 giờ 00 phút, ngày 11/3/2025 (thứ Ba).',
        '{ bat_dau: 2025-03-10 14:00, ket_thuc: 2025-03-11 17:00 }',
      ],
      ['paragraph', 'Địa điểm: Phòng họp số 2', 'Phòng họp số 2'],
      ['section', '1. Nội dung', 'tieu_de: Nội dung'],
      ['item', '1.1. Báo cáo dự toán', 'noi_dung: Báo cáo dự toán'],
      ['paragraph', 'Số liệu kèm theo.', 'Số liệu kèm theo.'],
      ['item', 'a) Thu ngân sách', 'Thu ngân sách'],
      ['bullet', '- Chi thường xuyên', 'Chi thường xuyên'],
      [
        'paragraph',
        'Đầu mối liên hệ: Bà Lê Thị Hoa, Chuyên viên, điện thoại: 0205 3812 345, thư điện tử: hoa@langson.gov.vn.',
        '{ ho_ten: Bà Lê Thị Hoa, chuc_vu: Chuyên viên, dien_thoai: "0205 3812 345", email: hoa@langson.gov.vn }',
      ],
      ['paragraph', 'Đề nghị đại biểu dự đúng giờ;', 'Đề nghị đại biểu dự đúng giờ;'],
      ['paragraph', 'Trân trọng./.', 'Trân trọng./.'],
      ['paragraph', 'Ghi chú giữ nguyên.', 'Ghi chú giữ nguyên.'],
      ['noi_nhan_title', 'Nơi nhận:', '- Như trên;'],
      ['noi_nhan_item', '- Như trên;', 'Như trên;'],
      ['noi_nhan_item', '- Lưu: VT.', '"Lưu: VT."'],
      ['quyen_han', 'TM. ỦY BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN'],
      ['quyen_han', 'KT. GIÁM ĐỐC', 'KT'],
      ['chuc_vu', 'PHÓ GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      ['ho_ten', 'Nguyễn Văn Bình', 'Nguyễn Văn Bình'],
      ['soan_thao', 'NS.(15)', 'NS'],
      [
        'lien_he',
        'Địa chỉ: Số 1 Hùng Vương; Điện thoại: 0205 3812 000; Fax: 0205 3812 001; Thư điện tử: stc@langson.gov.vn; Website: stc.langson.gov.vn',
        'dia_chi: Số 1 Hùng Vương',
      ],
    ]);
  });

  it('a short draft: blanks for number and date, the place line tied to dia_danh, one invitee inline', () => {
    const { layout, rows } = blocksWithSources(SHORT);
    assert.deepEqual(rows, [
      ['co_quan', 'ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP', '[ỦY BAN NHÂN DÂN, XÃ TÂN LẬP]'],
      ['quoc_hieu', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', undefined],
      ['tieu_ngu', 'Độc lập - Tự do - Hạnh phúc', undefined],
      ['so_ky_hieu', 'Số:       /GM-UBND', undefined],
      ['dia_danh_ngay', 'Tân Lập, ngày        tháng        năm       ', 'Tân Lập'],
      ['ten_loai', 'GIẤY MỜI', undefined],
      ['trich_yeu', 'Họp dân', 'Họp dân'],
      ['paragraph', 'Ủy ban nhân dân xã Tân Lập trân trọng kính mời: Ông Trưởng thôn Nà Pàn', 'Ông Trưởng thôn Nà Pàn'],
      ['paragraph', 'Thời gian: 8 giờ, ngày 15/6/2025', '8 giờ, ngày 15/6/2025'],
      ['noi_nhan_title', 'Nơi nhận:', '[Lưu VT.]'],
      ['noi_nhan_item', '- Lưu VT.', 'Lưu VT.'],
      ['quyen_han', 'TM. ỦY BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN'],
      ['ho_ten', 'Hoàng Văn Tư', 'Hoàng Văn Tư'],
      ['soan_thao', '(3)', '3'],
      ['lien_he', 'Thư điện tử: ubnd@tanlap.gov.vn', 'email: ubnd@tanlap.gov.vn'],
    ]);
    assert.deepEqual(layout.draft, { number: true, day: true });
    assert.deepEqual(blocksWithSources(FULL).layout.draft, { number: false, day: false });
  });

  it("a mail merge: the one invitee's line tied to that invitee's item", () => {
    const rows = blocksWithSources(FULL, 1).rows.filter(
      ([role, text]) => role === 'paragraph' && String(text).includes('kính mời'),
    );
    assert.deepEqual(rows, [['paragraph', 'Sở Tài chính trân trọng kính mời: Phòng Tin học', 'Phòng Tin học']]);
  });

  it("the author's own invitation sentence, then each invitee as a list line, even a single one", () => {
    const text = SHORT.replace(
      'kinh_moi: Ông Trưởng thôn Nà Pàn\n',
      'loi_moi: "Ủy ban nhân dân xã trân trọng kính mời:"\nkinh_moi: Ông Trưởng thôn Nà Pàn\n',
    );
    const rows = blocksWithSources(text).rows.filter(([role]) => role === 'paragraph' || role === 'bullet');
    assert.deepEqual(rows.slice(0, 2), [
      ['paragraph', 'Ủy ban nhân dân xã trân trọng kính mời:', '"Ủy ban nhân dân xã trân trọng kính mời:"'],
      ['bullet', '- Ông Trưởng thôn Nà Pàn.', 'Ông Trưởng thôn Nà Pàn'],
    ]);
  });

  it('a mail merge asked for an invitee the list does not have lays out the whole list', () => {
    const lines = blocksWithSources(FULL, 5).rows.map(([, text]) => text);
    assert.ok(
      lines.includes('Sở Tài chính trân trọng kính mời:') &&
        lines.includes('- Phòng Ngân sách;') &&
        lines.includes('- Phòng Tin học.'),
    );
  });
});
