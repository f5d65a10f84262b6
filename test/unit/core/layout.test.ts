import * as assert from 'node:assert/strict';
import { parseInvitation } from '../../../src/core/parse/parse';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { allBlocks, layoutLines } from '../../../src/core/layout/text';
import { agencyInSentence, dateLine, numberLine, slotText } from '../../../src/core/layout/derive';
import { parseInline } from '../../../src/core/layout/inline';
import type { Invitation } from '../../../src/core/schema/schema';

const BASE = `co_quan:
  ten: ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN
  viet_tat: UBND
dia_danh: Bắc Sơn
ngay: 2024-05
trich_yeu: Dự Hội nghị **SIPAS**
loi_moi: "UBND huyện trân trọng kính mời đại biểu dự Hội nghị, cụ thể như sau:"
muc:
  - tieu_de: Thành phần
    noi_dung:
      - Đồng chí Phùng Thị Thanh Nga, Chủ tịch UBND huyện;
  - tieu_de: Thời gian
    thoi_gian: { bat_dau: 2024-05-17 14:00 }
  - tieu_de: Địa điểm
    noi_dung: Tại phòng họp tầng II, trụ sở UBND huyện.
  - tieu_de: Nội dung Hội nghị
    muc:
      - Báo cáo phân tích kết quả.
      - noi_dung: "Đề nghị nghiên cứu tài liệu gồm:"
        gach_dau_dong:
          - Báo cáo kết quả.
nguoi_ky:
  quyen_han: TL
  chuc_vu_thay: CHỦ TỊCH
  chuc_vu: CHÁNH VĂN PHÒNG
  ho_ten: Dương Thị Thanh Thịnh
noi_nhan:
  - Như thành phần mời;
  - "Lưu: VT."
`;

function layoutOf(text: string) {
  const parsed = parseInvitation(text);
  assert.ok(parsed.invitation, JSON.stringify(parsed.problems));
  return { layout: layoutInvitation(parsed.invitation, parsed.source), text };
}

const inv = (patch: Partial<Invitation>): Invitation => ({
  ...(parseInvitation(BASE).invitation as Invitation),
  ...patch,
});

describe('layout', () => {
  it("derives the seed's header, numbering, time and signature text", () => {
    const lines = layoutLines(layoutOf(BASE).layout);
    assert.deepEqual(lines, [
      'ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:       /GM-UBND',
      'Bắc Sơn, ngày        tháng 5 năm 2024',
      'GIẤY MỜI',
      'Dự Hội nghị SIPAS',
      'UBND huyện trân trọng kính mời đại biểu dự Hội nghị, cụ thể như sau:',
      '1. Thành phần',
      '- Đồng chí Phùng Thị Thanh Nga, Chủ tịch UBND huyện;',
      '2. Thời gian: Từ 14 giờ 00 phút, ngày 17/5/2024 (thứ Sáu).',
      '3. Địa điểm: Tại phòng họp tầng II, trụ sở UBND huyện.',
      '4. Nội dung Hội nghị',
      '4.1. Báo cáo phân tích kết quả.',
      '4.2. Đề nghị nghiên cứu tài liệu gồm:',
      '- Báo cáo kết quả.',
      'Nơi nhận:',
      '- Như thành phần mời;',
      '- Lưu: VT.',
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
      'Dương Thị Thanh Thịnh',
    ]);
  });

  it('marks the draft blanks as blanks', () => {
    const { layout } = layoutOf(BASE);
    assert.ok(layout.header.numberLine.runs.some((r) => r.blank));
    assert.ok(layout.header.dateLine.runs.some((r) => r.blank));
    assert.deepEqual(layout.draft, { number: true, day: true });
  });

  it("writes the decree's leading zeros in the date line and the number", () => {
    const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
    assert.equal(text(dateLine(inv({ ngay: '2024-02-05' }))), 'Bắc Sơn, ngày 05 tháng 02 năm 2024');
    assert.equal(text(dateLine(inv({ ngay: '2024-11-25' }))), 'Bắc Sơn, ngày 25 tháng 11 năm 2024');
    assert.equal(text(numberLine(inv({ so: 5 }))), 'Số: 05/GM-UBND');
    assert.equal(text(numberLine(inv({ so: 125, ky_hieu: 'GM-STC' }))), 'Số: 125/GM-STC');
  });

  it('writes time ranges within a day and across days', () => {
    assert.equal(
      slotText({ bat_dau: '2024-05-17 14:00', ket_thuc: '17:30' }),
      'Từ 14 giờ 00 phút đến 17 giờ 30 phút, ngày 17/5/2024 (thứ Sáu)',
    );
    assert.equal(
      slotText({ bat_dau: '2025-06-12 08:00', ket_thuc: '2025-06-13 11:30' }),
      'Từ 8 giờ 00 phút, ngày 12/6/2025 (thứ Năm) đến 11 giờ 30 phút, ngày 13/6/2025 (thứ Sáu)',
    );
  });

  it('writes the Mẫu 1.7 lines, one invitee per document in a mail merge', () => {
    const parsed = parseInvitation(
      BASE.replace(
        /loi_moi: .*\n/,
        'kinh_moi: [Ông Nguyễn Văn A, Bà Trần Thị B]\ntoi_du: Hội nghị.\nchu_tri: Đồng chí Chủ tịch.\ndia_diem: Hội trường.\n',
      ),
    );
    assert.ok(parsed.invitation);
    const all = layoutLines(layoutInvitation(parsed.invitation, parsed.source));
    assert.ok(all.includes('Ủy ban nhân dân huyện Bắc Sơn trân trọng kính mời:'));
    assert.ok(all.includes('- Ông Nguyễn Văn A;'));
    assert.ok(all.includes('- Bà Trần Thị B.'));
    const one = layoutLines(layoutInvitation(parsed.invitation, parsed.source, { invitee: 1 }));
    assert.ok(one.includes('Ủy ban nhân dân huyện Bắc Sơn trân trọng kính mời: Bà Trần Thị B'));
    assert.ok(!one.some((l) => l.includes('Nguyễn Văn A')));
    assert.ok(
      one.includes('Tới dự Hội nghị.') &&
        one.includes('Chủ trì: Đồng chí Chủ tịch.') &&
        one.includes('Địa điểm: Hội trường.'),
    );
  });

  it('ties every authored block to the source text it came from', () => {
    const { layout, text } = layoutOf(BASE);
    const lines = text.split('\n');
    const place = allBlocks(layout).find((b) => b.runs.some((r) => r.text.startsWith('Tại phòng họp')));
    assert.ok(place?.source);
    assert.match(lines[place.source.start.line], /tieu_de: Địa điểm/);
    const name = layout.signature[layout.signature.length - 1];
    assert.equal(
      lines[name.source!.start.line].slice(name.source!.start.character, name.source!.end.character),
      'Dương Thị Thanh Thịnh',
    );
  });

  it('parses inline bold and italic, leaving stray asterisks alone', () => {
    assert.deepEqual(parseInline('a **b** *c* 2*3'), [
      { text: 'a ' },
      { text: 'b', bold: true },
      { text: ' ' },
      { text: 'c', italic: true },
      { text: ' 2*3' },
    ]);
  });

  it('writes the agency inside a sentence per Phụ lục II', () => {
    assert.equal(
      agencyInSentence({ ten: 'ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN', viet_tat: 'UBND' }),
      'Ủy ban nhân dân huyện Bắc Sơn',
    );
    assert.equal(
      agencyInSentence({ ten: 'SỞ TÀI CHÍNH', viet_tat: 'STC', ten_goi: 'Sở Tài chính tỉnh Lạng Sơn' }),
      'Sở Tài chính tỉnh Lạng Sơn',
    );
  });
});

describe('layout of the signature and trích yếu forms', () => {
  const signer = (block: string) =>
    layoutLines(layoutOf(BASE.replace(/nguoi_ky:\n( {2}.*\n)+/, `nguoi_ky:\n${block}`)).layout).slice(-3);

  it("writes TM. over KT. for a deputy signing for a collective's head", () => {
    const lines = layoutLines(
      layoutOf(
        BASE.replace(
          /nguoi_ky:\n( {2}.*\n)+/,
          'nguoi_ky:\n  thay_mat: ỦY BAN NHÂN DÂN\n  quyen_han: KT\n  chuc_vu_thay: CHỦ TỊCH\n  chuc_vu: PHÓ CHỦ TỊCH\n  ho_ten: Nguyễn Văn B\n',
        ),
      ).layout,
    );
    assert.deepEqual(lines.slice(-4), ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn B']);
  });

  it('writes "Q. GIÁM ĐỐC" and the name without a repeated title', () => {
    assert.deepEqual(signer('  quyen_han: Q\n  chuc_vu_thay: GIÁM ĐỐC\n  ho_ten: Lê Văn C\n').slice(-2), [
      'Q. GIÁM ĐỐC',
      'Lê Văn C',
    ]);
  });

  it("keeps the author's line breaks in a trích yếu given as a list", () => {
    const { layout } = layoutOf(
      BASE.replace('trich_yeu: Dự Hội nghị **SIPAS**', 'trich_yeu:\n  - Dự Hội nghị phân tích\n  - chỉ số SIPAS'),
    );
    assert.equal(layout.title[1].runs.map((r) => r.text).join(''), 'Dự Hội nghị phân tích\nchỉ số SIPAS');
    assert.equal(layout.subject, 'Dự Hội nghị phân tích chỉ số SIPAS');
  });
});
