/**
 * Issue 28, defect 9: a meeting time written in prose ("8 giờ 00 phút, ngày
 * 25/11/2024 (thứ Hai)", "8h00, thứ Hai, …") is read by the core's reader of
 * times. It stays as written (a slot would print "Từ …" and change the copy),
 * and a note gives the slot it reads as, for the user to take.
 */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { importDocx } from '../../../src/import';
import { invitation, makeDocx, p } from './make-docx';

const imported = (time: string) => {
  const result = importDocx(
    makeDocx(
      invitation([
        p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế'),
        p('Tới dự cuộc họp thảo luận dự toán năm 2025.'),
        p(`Thời gian: ${time}`),
        p('Địa điểm: Phòng họp số 2, Sở Tài chính.'),
      ]),
    ),
  );
  const notes = result.notes.filter((n) => n.path.join('.') === 'thoi_gian').map((n) => n.message.en);
  return { fields: parse(result.yaml) as Record<string, unknown>, notes };
};

describe('import: meeting times written in prose (issue 28, defect 9)', () => {
  for (const [time, slot] of [
    ['8 giờ 00 phút, ngày 25/11/2024 (thứ Hai).', '{ bat_dau: "2024-11-25 08:00" }'],
    ['8h00, thứ Hai, ngày 25/11/2024.', '{ bat_dau: "2024-11-25 08:00" }'],
    ['từ 7h30 đến 11h00, ngày 25/11/2024.', '{ bat_dau: "2024-11-25 07:30", ket_thuc: "11:00" }'],
  ])
    it(`"${time}" stays as written, with a note of the slot it reads as`, () => {
      const { fields, notes } = imported(time);
      assert.equal(fields.thoi_gian, time, 'the wording prints again unchanged');
      assert.equal(notes.length, 1);
      assert.ok(notes[0].includes(`thoi_gian: ${slot}`), notes[0]);
    });

  it('gives no note when the time is already a slot, or names no hour', () => {
    const slot = imported('Từ 8 giờ 00 phút đến 11 giờ 30 phút, ngày 25/11/2024 (thứ Hai).');
    assert.deepEqual(slot.fields.thoi_gian, { bat_dau: '2024-11-25 08:00', ket_thuc: '11:30' });
    assert.deepEqual(slot.notes, []);
    assert.deepEqual(imported('Cả ngày 25/11/2024.').notes, []);
  });
});
