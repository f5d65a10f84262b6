/**
 * The texts the layout derives and the author never types, at their edges:
 * the number's leading zeros, time ranges across days, months and years, the
 * authority lines, the drafter line, the agency inside a sentence, the contact
 * point (gaps shown by mutation testing, issue 10).
 */
import * as assert from 'node:assert/strict';
import { contactText } from '../../../src/core/layout/body';
import {
  agencyInSentence,
  drafterText,
  numberLine,
  signaturePrefixes,
  slotLine,
  slotText,
} from '../../../src/core/layout/derive';
import type { Invitation, Signer } from '../../../src/core/schema/schema';

const BASE = {
  co_quan: { ten: 'SỞ TÀI CHÍNH', viet_tat: 'STC' },
  dia_danh: 'Lạng Sơn',
  trich_yeu: 'Họp',
  nguoi_ky: { ho_ten: 'Lê Văn A' },
  noi_nhan: ['Lưu: VT.'],
} as Invitation;
const joined = (runs: readonly { text: string }[]) => runs.map((r) => r.text).join('');
const prefixes = (signer: Omit<Signer, 'ho_ten'>) =>
  signaturePrefixes({ ho_ten: 'Lê Văn A', ...signer }).map((line) => line.text);

describe('layout: derived texts at their edges', () => {
  it('"Số": zeros the author typed dropped, then one leading 0 below 10 (PL I-P.I-M.II-k.3-c)', () => {
    const number = (so: Invitation['so']) => joined(numberLine({ ...BASE, so }));
    assert.equal(number('0007'), 'Số: 07/GM-STC');
    assert.equal(number('010'), 'Số: 10/GM-STC');
    assert.equal(number('100'), 'Số: 100/GM-STC');
    assert.equal(number(10), 'Số: 10/GM-STC');
    assert.equal(number(''), 'Số:       /GM-STC');
    assert.equal(number(null), 'Số:       /GM-STC');
  });

  it('a range ending another day, month or year names both dates; the same hour a day later too', () => {
    assert.equal(
      slotText({ bat_dau: '2025-03-10 14:00', ket_thuc: '2025-04-10 09:00' }),
      'Từ 14 giờ 00 phút, ngày 10/3/2025 (thứ Hai) đến 9 giờ 00 phút, ngày 10/4/2025 (thứ Năm)',
    );
    assert.equal(
      slotText({ bat_dau: '2025-03-10 14:00', ket_thuc: '2026-03-10 09:00' }),
      'Từ 14 giờ 00 phút, ngày 10/3/2025 (thứ Hai) đến 9 giờ 00 phút, ngày 10/3/2026 (thứ Ba)',
    );
    assert.equal(
      slotText({ bat_dau: '2025-03-10 14:00', ket_thuc: '2025-03-11 14:00' }),
      'Từ 14 giờ 00 phút, ngày 10/3/2025 (thứ Hai) đến 14 giờ 00 phút, ngày 11/3/2025 (thứ Ba)',
    );
  });

  it('an impossible start is printed as typed (GM014 reports it), a note leads a slot in lower case', () => {
    assert.equal(slotText({ bat_dau: '2025-02-30 08:00' }), '2025-02-30 08:00');
    assert.equal(
      slotLine({ bat_dau: '2025-03-10 14:00', ghi_chu: 'Buổi chiều' }),
      'Buổi chiều: từ 14 giờ 00 phút, ngày 10/3/2025 (thứ Hai)',
    );
    assert.equal(slotLine({ bat_dau: '2025-03-10 14:00' }), 'Từ 14 giờ 00 phút, ngày 10/3/2025 (thứ Hai)');
  });

  it('authority lines: "KT." alone, TM. never doubled, none when the head signs (NĐ 30, Điều 13)', () => {
    assert.deepEqual(prefixes({ quyen_han: 'KT' }), ['KT.']);
    assert.deepEqual(prefixes({ quyen_han: 'TM', thay_mat: 'ỦY BAN NHÂN DÂN', chuc_vu_thay: 'ỦY BAN NHÂN DÂN' }), [
      'TM. ỦY BAN NHÂN DÂN',
    ]);
    assert.deepEqual(prefixes({ thay_mat: 'ỦY BAN NHÂN DÂN' }), ['TM. ỦY BAN NHÂN DÂN']);
    assert.deepEqual(prefixes({}), []);
  });

  it('drafter line: "PL.(300)" from "PL." or "PL", initials or copies alone, nothing from neither (PL I-P.I-M.III-k.3)', () => {
    assert.equal(drafterText({ ...BASE, nguoi_soan_thao: 'PL.', so_ban: 300 }), 'PL.(300)');
    assert.equal(drafterText({ ...BASE, nguoi_soan_thao: 'PL' }), 'PL.');
    assert.equal(drafterText({ ...BASE, so_ban: 3 }), '(3)');
    assert.equal(drafterText(BASE), undefined);
  });

  it('the agency in a sentence: a name already in sentence case kept, lines of an upper-case name joined', () => {
    assert.equal(agencyInSentence({ ten: 'Sở Tài chính', viet_tat: 'STC' }), 'Sở Tài chính');
    assert.equal(
      agencyInSentence({ ten: ['ỦY BAN NHÂN DÂN', 'HUYỆN BẮC SƠN'], viet_tat: 'UBND' }),
      'Ủy ban nhân dân huyện Bắc Sơn',
    );
  });

  it('contact point: free text as typed, a name alone closed with a full stop', () => {
    assert.equal(contactText('Ông A, 0912 345 678'), 'Ông A, 0912 345 678');
    assert.equal(contactText({ ho_ten: 'Ông Nguyễn Văn A' }), 'Ông Nguyễn Văn A.');
    assert.equal(
      contactText({ ho_ten: 'Ông Nguyễn Văn A', email: 'a@stc.gov.vn' }),
      'Ông Nguyễn Văn A, thư điện tử: a@stc.gov.vn.',
    );
  });
});
