import * as assert from 'node:assert/strict';
import { parseInvitation } from '../../../src/core/parse/parse';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { layoutLines } from '../../../src/core/layout/text';
import { problemsOf } from '../rules/helpers';

const HEAD = `co_quan:
  ten: ỦY BAN NHÂN DÂN XÃ AN BÌNH
  viet_tat: UBND
so: 12
dia_danh: An Bình
ngay: 2025-10-01
ten_loai: thong_bao
trich_yeu: Tổ chức Lễ hội truyền thống đình An Bình năm 2025
`;
const FOOT = `nguoi_ky:
  chuc_vu: CHỦ TỊCH
  ho_ten: Trần Văn An
noi_nhan:
  - Nhân dân trong xã;
  - "Lưu: VT."
`;

function linesOf(body: string): string[] {
  const parsed = parseInvitation(HEAD + body + FOOT);
  assert.ok(parsed.invitation, JSON.stringify(parsed.problems.map((p) => p.message.en)));
  return layoutLines(layoutInvitation(parsed.invitation, parsed.source));
}

describe('body shapes of real notices (issue 27)', () => {
  it('a dash list directly in the body: top-level gach_dau_dong, no "1." to invent, after the numbered sections', () => {
    const body = `mo_dau: "Lễ hội diễn ra theo chương trình sau:"
gach_dau_dong:
  - "Ngày 10/3: lễ rước nước, tế lễ;"
  - noi_dung: "Ngày 11/3: phần hội"
    cong: [Kéo co, đấu vật, Hát chèo.]
`;
    const text = HEAD + body + FOOT;
    assert.deepEqual(problemsOf(text, 'GM003'), [], 'no unknown key');
    assert.deepEqual(problemsOf(text, 'GM041'), []);
    const lines = linesOf(body);
    const at = lines.indexOf('Lễ hội diễn ra theo chương trình sau:');
    assert.deepEqual(lines.slice(at + 1, at + 6), [
      '- Ngày 10/3: lễ rước nước, tế lễ;',
      '- Ngày 11/3: phần hội',
      '+ Kéo co',
      '+ đấu vật',
      '+ Hát chèo.',
    ]);
    const withSections = linesOf(`muc:\n  - tieu_de: Thành phần\n${body.replace(/^mo_dau.*\n/m, '')}`);
    assert.ok(withSections.indexOf('1. Thành phần') < withSections.indexOf('- Ngày 10/3: lễ rước nước, tế lễ;'));
  });

  it('a dash typed before a body-level dash line is GM041, as at every other level', () => {
    const text = `${HEAD}gach_dau_dong:\n  - "- Ngày 10/3: lễ rước nước."\n${FOOT}`;
    assert.equal(problemsOf(text, 'GM041').length, 1);
  });

  it("a heading's colon is printed once: kept over dash lines, never doubled before a sentence or a time", () => {
    const lines = linesOf(`phan:
  - tieu_de: "Nội dung tiếp xúc cử tri:"
    gach_dau_dong: [Thông báo kết quả kỳ họp;, Lắng nghe ý kiến cử tri.]
  - tieu_de: "Thời gian:"
    thoi_gian: { bat_dau: 2025-10-10 08:00 }
  - tieu_de: "Địa điểm:"
    noi_dung: Nhà văn hóa thôn 1.
  - tieu_de: Thành phần
    noi_dung: [Đại biểu Hội đồng nhân dân xã;, Cử tri thôn 1.]
`);
    assert.ok(lines.includes('I. Nội dung tiếp xúc cử tri:'), 'the typed colon is kept');
    assert.ok(lines.includes('II. Thời gian: Từ 8 giờ 00 phút, ngày 10/10/2025 (thứ Sáu).'));
    assert.ok(lines.includes('III. Địa điểm: Nhà văn hóa thôn 1.'));
    assert.ok(lines.includes('IV. Thành phần'), 'no colon is added to what the author wrote without one');
    assert.ok(!lines.some((l) => l.includes('::')));
  });
});
