import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { checkInvitation } from '../../../src/core/check/check';
import { importDocx } from '../../../src/import';
import { invitation, makeDocx, numbered, p } from './make-docx';

const NUMBERING = `<w:numbering>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const fieldsOf = (body: string[], parts: Record<string, string> = {}, options = {}) =>
  parse(importDocx(makeDocx(invitation(body, options), parts)).yaml) as Record<string, any>;

describe("import: the decree's parts", () => {
  it('reads header, title, Mẫu 1.7 lines, signature and nơi nhận as facts', () => {
    const f = fieldsOf([
      p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế'),
      p('Tới dự cuộc họp thảo luận dự toán năm 2025.'),
      p('Chủ trì: Đồng chí Nguyễn Thị Minh Hằng, Phó Giám đốc Sở.'),
      p('Thời gian: Từ 8 giờ 00 phút đến 11 giờ 30 phút, ngày 25/11/2024 (thứ Hai).'),
      p('Địa điểm: Phòng họp số 2, Sở Tài chính.'),
      p('Rất mong đồng chí tham dự đúng giờ./.'),
    ]);
    assert.deepEqual(f.co_quan, {
      chu_quan: 'UBND TỈNH NINH BÌNH',
      ten: 'SỞ TÀI CHÍNH',
      viet_tat: 'STC',
      ten_goi: 'Sở Tài chính tỉnh Ninh Bình',
    });
    assert.equal(f.so, 125);
    assert.equal(f.ky_hieu, undefined, 'GM-STC is the default and is not written');
    assert.equal(f.dia_danh, 'Ninh Bình');
    assert.equal(f.ngay, '2024-11-18');
    assert.equal(f.trich_yeu, 'Họp thảo luận dự toán năm 2025');
    assert.equal(f.kinh_moi, 'Giám đốc Sở Y tế');
    assert.equal(f.toi_du, 'cuộc họp thảo luận dự toán năm 2025.');
    assert.deepEqual(f.thoi_gian, { bat_dau: '2024-11-25 08:00', ket_thuc: '11:30' });
    assert.equal(f.dia_diem, 'Phòng họp số 2, Sở Tài chính.');
    assert.equal(f.loi_ket, 'Rất mong đồng chí tham dự đúng giờ./.');
    assert.deepEqual(f.nguoi_ky, {
      quyen_han: 'KT',
      chuc_vu_thay: 'GIÁM ĐỐC',
      chuc_vu: 'PHÓ GIÁM ĐỐC',
      ho_ten: 'Nguyễn Thị Minh Hằng',
    });
    assert.deepEqual(f.noi_nhan, ['Như thành phần mời;', 'Lưu: VT, QLNS.']);
  });

  it('keeps the date and derives the weekday again when the document wrote the wrong one, and says so', () => {
    const result = importDocx(
      makeDocx(
        invitation([
          p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế'),
          p('Thời gian: Từ 8 giờ 00 phút, ngày 25/11/2024 (thứ Ba).'),
        ]),
      ),
    );
    assert.deepEqual(parse(result.yaml).thoi_gian, { bat_dau: '2024-11-25 08:00' });
    assert.equal(result.notes.length, 1);
    assert.match(result.notes[0].message.vi, /"thứ ba" nhưng ngày đó là thứ hai/);
    assert.match(result.yaml, /# Văn bản gốc ghi "thứ ba"/);
  });

  it('keeps a time worded otherwise than the model word for word, as the slot it names (issue 28, defect 9)', () => {
    const f = fieldsOf([
      p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế'),
      p('Thời gian: 07 giờ 30 phút sáng thứ Hai, ngày 25/11/2024.'),
    ]);
    assert.deepEqual(f.thoi_gian, {
      bat_dau: '2024-11-25 07:30',
      nguyen_van: '07 giờ 30 phút sáng thứ Hai, ngày 25/11/2024.',
    });
  });

  it('keeps a dotted fill-in line of the invitee list (only the list\'s own ";" and "." are dropped)', () => {
    const f = fieldsOf([
      p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời:'),
      p('- Giám đốc Sở Y tế;'),
      p('- ..............................'),
    ]);
    assert.deepEqual(f.kinh_moi, ['Giám đốc Sở Y tế', '..............................']);
  });

  it('reads TM. over KT. as a deputy signing for the collective', () => {
    const f = fieldsOf(
      [p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế')],
      {},
      { signer: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Lê Văn Bình'] },
    );
    assert.deepEqual(f.nguoi_ky, {
      thay_mat: 'ỦY BAN NHÂN DÂN',
      quyen_han: 'KT',
      chuc_vu_thay: 'CHỦ TỊCH',
      chuc_vu: 'PHÓ CHỦ TỊCH',
      cho_ky: '(Đã ký)',
      ho_ten: 'Lê Văn Bình',
    });
  });
});

describe("import: the body's structure, with numbers from numbering.xml", () => {
  const body = [
    p('UBND tỉnh tổ chức Hội nghị, cụ thể như sau:'),
    numbered('MỤC ĐÍCH', 1, 0),
    numbered('Thành phần:', 1, 1),
    numbered('Lãnh đạo các sở;', 2, 0),
    numbered('Các phòng chuyên môn:', 2, 0),
    numbered('Phòng Tổng hợp;', 2, 1),
    numbered('Địa điểm: Hội trường tầng 3.', 1, 1),
    p('Đoạn văn chen giữa hai mục.'),
    numbered('Nội dung', 1, 1),
    numbered('Khai mạc.', 1, 2),
    numbered('Thảo luận:', 1, 2),
    numbered('buổi sáng;', 1, 3),
    numbered('buổi chiều.', 1, 3),
    numbered('TỔ CHỨC THỰC HIỆN', 1, 0),
    numbered('Văn phòng chuẩn bị.', 1, 1),
  ];

  it('gives every level its key: phan, muc, sub-items, diem, gach_dau_dong with cong, { doan } in place', () => {
    const f = fieldsOf(body, { 'word/numbering.xml': NUMBERING });
    assert.equal(f.mo_dau, 'UBND tỉnh tổ chức Hội nghị, cụ thể như sau:');
    assert.deepEqual(f.phan, [
      {
        tieu_de: 'MỤC ĐÍCH',
        muc: [
          {
            tieu_de: 'Thành phần:',
            gach_dau_dong: ['Lãnh đạo các sở;', { noi_dung: 'Các phòng chuyên môn:', cong: ['Phòng Tổng hợp;'] }],
          },
          { tieu_de: 'Địa điểm', noi_dung: 'Hội trường tầng 3.', doan: ['Đoạn văn chen giữa hai mục.'] },
          { tieu_de: 'Nội dung', muc: ['Khai mạc.', { noi_dung: 'Thảo luận:', diem: ['buổi sáng;', 'buổi chiều.'] }] },
        ],
      },
      { tieu_de: 'TỔ CHỨC THỰC HIỆN', muc: [{ tieu_de: 'Văn phòng chuẩn bị.' }] },
    ]);
  });

  it('reads the same structure from typed labels when a document has no numbering part', () => {
    const typed = [
      'UBND tỉnh tổ chức Hội nghị, cụ thể như sau:',
      'I. MỤC ĐÍCH',
      '1. Thành phần:',
      '- Lãnh đạo các sở;',
      '- Các phòng chuyên môn:',
      '+ Phòng Tổng hợp;',
      '2. Địa điểm: Hội trường tầng 3.',
      'Đoạn văn chen giữa hai mục.',
      '3. Nội dung',
      '3.1. Khai mạc.',
      '3.2. Thảo luận:',
      'a) buổi sáng;',
      'b) buổi chiều.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng chuẩn bị.',
    ];
    assert.deepEqual(fieldsOf(typed.map((t) => p(t))).phan, fieldsOf(body, { 'word/numbering.xml': NUMBERING }).phan);
  });

  it("says so when the document's own numbers skip one (they are derived again)", () => {
    const result = importDocx(
      makeDocx(invitation([p('Kính mời dự họp như sau:'), p('1. Thành phần: A.'), p('3. Địa điểm: B.')])),
    );
    assert.ok(result.notes.some((n) => /"3\." ở chỗ lẽ ra là "2\."/.test(n.message.vi)));
  });

  it('gives a source that checks without schema errors', () => {
    const { yaml } = importDocx(makeDocx(invitation(body), { 'word/numbering.xml': NUMBERING }));
    const problems = checkInvitation(yaml).problems.filter((pr) => pr.severity === 'error');
    assert.deepEqual(
      problems.map((pr) => `${pr.code} ${pr.message.en}`),
      [],
    );
  });
});
