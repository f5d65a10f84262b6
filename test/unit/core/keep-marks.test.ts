/**
 * Where a page must not break (keep.ts), the marks' decree words and stamps,
 * and inline markup at its edges (gaps shown by mutation testing, issue 10).
 */
import * as assert from 'node:assert/strict';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { parseInline, plainText } from '../../../src/core/layout/inline';
import { introducesNext } from '../../../src/core/layout/keep';
import type { Block, Role } from '../../../src/core/layout/model';
import { parseInvitation } from '../../../src/core/parse/parse';

const block = (role: Role, text: string): Block => ({ role, runs: [{ text }] });

describe('layout: lines kept with the next one', () => {
  it('a line ending in ":" (spaces after it too) stays with what follows; the last block keeps nothing', () => {
    assert.equal(introducesNext(block('paragraph', 'Thành phần gồm:'), block('bullet', '- Ông A;')), true);
    assert.equal(introducesNext(block('paragraph', 'Thành phần gồm:  '), block('bullet', '- Ông A;')), true);
    assert.equal(introducesNext(block('paragraph', ':Ghi chú'), block('paragraph', 'x')), false);
    assert.equal(introducesNext(block('paragraph', 'Thành phần gồm:'), undefined), false);
  });

  it('a part heading always; a section heading unless a heading follows it', () => {
    assert.equal(introducesNext(block('part', 'I. MỤC ĐÍCH'), block('section', '1. Mục đích')), true);
    assert.equal(introducesNext(block('section', '1. Thành phần'), block('bullet', '- Ông A;')), true);
    assert.equal(introducesNext(block('section', '1. Thành phần'), block('section', '2. Thời gian')), false);
    assert.equal(introducesNext(block('section', '3. Nội dung'), block('part', 'II. TỔ CHỨC')), false);
    assert.equal(introducesNext(block('paragraph', 'Trân trọng.'), block('paragraph', 'x')), false);
  });
});

describe('layout: the marks (NĐ 30/2020, PL I-P.I-M.III-k.2)', () => {
  const HEAD =
    'co_quan: { ten: SỞ TÀI CHÍNH, viet_tat: STC }\ndia_danh: Lạng Sơn\ntrich_yeu: Họp\nnguoi_ky: { ho_ten: Lê Văn A }\nnoi_nhan: ["Lưu: VT."]\n';
  const marks = (yaml: string) => {
    const parsed = parseInvitation(HEAD + yaml);
    assert.ok(parsed.invitation, JSON.stringify(parsed.problems));
    return layoutInvitation(parsed.invitation).marks.map((b) => [b.role, b.runs[0].text, b.stamp]);
  };

  it("prints each level in the decree's words, độ mật before độ khẩn before phạm vi lưu hành; only độ khẩn has a stamp", () => {
    assert.deepEqual(marks('do_khan: hoa_toc\ndo_mat: mat\npham_vi_luu_hanh: luu_hanh_noi_bo\n'), [
      ['do_mat', 'MẬT', undefined],
      ['do_khan', 'HỎA TỐC', 'hoa_toc'],
      ['pham_vi_luu_hanh', 'LƯU HÀNH NỘI BỘ', undefined],
    ]);
    assert.deepEqual(marks('do_khan: khan\ndo_mat: tuyet_mat\n'), [
      ['do_mat', 'TUYỆT MẬT', undefined],
      ['do_khan', 'KHẨN', 'khan'],
    ]);
    assert.deepEqual(marks('do_mat: toi_mat\n'), [['do_mat', 'TỐI MẬT', undefined]]);
    assert.deepEqual(marks(''), []);
  });
});

describe('layout: inline markup at its edges', () => {
  it('an empty text is one empty run; text after the last markup is kept', () => {
    assert.deepEqual(parseInline(''), [{ text: '' }]);
    assert.deepEqual(parseInline('**Hội nghị** năm 2025', { italic: true }), [
      { italic: true, text: 'Hội nghị', bold: true },
      { italic: true, text: ' năm 2025' },
    ]);
    assert.equal(plainText('Dự *Hội nghị* **SIPAS** năm 2024'), 'Dự Hội nghị SIPAS năm 2024');
  });
});
