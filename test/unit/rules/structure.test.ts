/** GM041 (a label typed before an item's text) and GM042 (top-level `phan` with `muc`). */
import * as assert from 'node:assert/strict';
import { applyFix, covered, problemsOf, single } from './helpers';

const HEAD = `co_quan: { ten: ỦY BAN NHÂN DÂN XÃ TÂN AN, viet_tat: UBND }
dia_danh: Tân An
ngay: 2025-09-08
trich_yeu: Họp bàn kế hoạch
nguoi_ky: { chuc_vu: CHỦ TỊCH, ho_ten: Lê Văn Bình }
noi_nhan: [Như trên;, "Lưu: VT."]
`;

describe('GM041: typed labels', () => {
  it('flags "a) " typed in a point and removes it with the fix', () => {
    const text = `${HEAD}muc:\n  - tieu_de: Thành phần\n    diem:\n      - a) Đại biểu tỉnh;\n      - Đại biểu huyện.\n`;
    const problem = single(text, 'GM041', 'warning', 'a) ');
    assert.ok(problem.fixes?.length);
    const fixed = applyFix(text, problem.fixes![0]);
    assert.match(fixed, / {6}- Đại biểu tỉnh;\n/);
    assert.deepEqual(problemsOf(fixed, 'GM041'), []);
  });

  it('flags every level: "I. " in a part, "1. " in a section, "1.1. " in a sub-item, "- " and "+ " lines', () => {
    const text = `${HEAD}phan:
  - tieu_de: I. MỤC ĐÍCH
    muc:
      - tieu_de: 1. Mục một
        muc:
          - 1.1. Con một
          - noi_dung: 1.2 Con hai
        gach_dau_dong:
          - "- Gạch"
          - noi_dung: Gạch hai
            cong: ["+ Cộng"]
        noi_dung: ["• Dòng"]
`;
    const found = problemsOf(text, 'GM041').map((p) => covered(text, p));
    assert.deepEqual(found, ['I. ', '1. ', '1.1. ', '1.2 ', '- ', '+ ', '• ']);
  });

  it('leaves alone text that only begins with a number or sits where no label is printed', () => {
    const text = `${HEAD}mo_dau: "1. Căn cứ Kế hoạch số 12/KH-UBND."
muc:
  - tieu_de: Thành phần
    noi_dung: 1. Đồng chí Chủ tịch.
    gach_dau_dong: [01 đồng chí lãnh đạo;, 2025 là năm bản lề.]
    doan: "- Đoạn văn tự do."
`;
    assert.deepEqual(problemsOf(text, 'GM041'), []);
  });
});

describe('GM042: phan and muc together', () => {
  it('is an error on the top-level muc key', () => {
    const text = `${HEAD}phan:\n  - tieu_de: PHẦN MỘT\nmuc:\n  - tieu_de: Mục\n`;
    single(text, 'GM042', 'error', 'muc');
  });

  it('is silent with muc inside parts', () => {
    const text = `${HEAD}phan:\n  - tieu_de: PHẦN MỘT\n    muc:\n      - tieu_de: Mục\n`;
    assert.deepEqual(problemsOf(text, 'GM042'), []);
  });
});

describe('meeting rules look inside parts', () => {
  it("checks a time slot in a part's section against the date of issue (GM016) and the notice period (GM017)", () => {
    const before = `${HEAD}phan:\n  - tieu_de: PHẦN MỘT\n    muc:\n      - tieu_de: Thời gian\n        thoi_gian: { bat_dau: 2025-09-01 08:00 }\n`;
    assert.equal(problemsOf(before, 'GM016').length, 1);
    const soon = `${HEAD}phan:\n  - tieu_de: THỜI GIAN\n    thoi_gian: { bat_dau: 2025-09-09 08:00 }\n`;
    assert.equal(problemsOf(soon, 'GM017').length, 1);
    const fine = soon.replace('2025-09-09', '2025-09-22');
    assert.deepEqual(problemsOf(fine, 'GM017'), []);
  });
});
