/**
 * Issue 28, defect 9: a meeting time written in prose ("8 giờ 00 phút, ngày
 * 25/11/2024 (thứ Hai)", "8h00, thứ Hai, …") is read by the core's reader of
 * times and becomes a slot: `bat_dau`/`ket_thuc` the facts the rules check,
 * `nguyen_van` the words, printed again as written and agreeing with the
 * facts (no GM053/GM054). A time naming more than one slot stays text, with a
 * note of the slot it reads as.
 */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { layoutLines } from '../../../src/core/layout/text';
import { importDocx } from '../../../src/import';
import { invitation, makeDocx, p } from './make-docx';

const imported = (time: string | string[]) => {
  const lines = typeof time === 'string' ? [`Thời gian: ${time}`] : ['Thời gian:', ...time];
  const result = importDocx(
    makeDocx(
      invitation([
        p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế'),
        p('Tới dự cuộc họp thảo luận dự toán năm 2025.'),
        ...lines.map((line) => p(line)),
        p('Địa điểm: Phòng họp số 2, Sở Tài chính.'),
      ]),
    ),
  );
  const notes = result.notes.filter((n) => n.path[0] === 'thoi_gian').map((n) => n.message.en);
  const checked = checkInvitation(result.yaml);
  const printed = checked.invitation ? layoutLines(layoutInvitation(checked.invitation, checked.source)) : [];
  const timeCodes = checked.problems.filter((x) => ['GM053', 'GM054', 'GM015'].includes(x.code)).map((x) => x.code);
  return { fields: parse(result.yaml) as Record<string, unknown>, notes, printed, timeCodes };
};

describe('import: meeting times written in prose (issue 28, defect 9)', () => {
  for (const [time, facts] of [
    ['8 giờ 00 phút, ngày 25/11/2024 (thứ Hai).', { bat_dau: '2024-11-25 08:00' }],
    ['8h00, thứ Hai, ngày 25/11/2024.', { bat_dau: '2024-11-25 08:00' }],
    ['từ 7h30 đến 11h00, ngày 25/11/2024.', { bat_dau: '2024-11-25 07:30', ket_thuc: '11:00' }],
    ['07 giờ 30 phút sáng thứ Hai, ngày 25/11/2024', { bat_dau: '2024-11-25 07:30' }],
    ['Vào lúc 14h00, thứ Hai, ngày 25 tháng 11 năm 2024.', { bat_dau: '2024-11-25 14:00' }],
    [
      'Từ 8 giờ 00 phút ngày 25/11/2024 đến 11 giờ 30 phút ngày 26/11/2024.',
      { bat_dau: '2024-11-25 08:00', ket_thuc: '2024-11-26 11:30' },
    ],
  ] as const)
    it(`"${time}" becomes a slot whose words print again as written`, () => {
      const { fields, notes, printed, timeCodes } = imported(time);
      assert.deepEqual(fields.thoi_gian, { ...facts, nguyen_van: time });
      assert.deepEqual(notes, []);
      assert.ok(printed.includes(`Thời gian: ${time}`), printed.join('\n'));
      assert.deepEqual(timeCodes, [], 'the words agree with the facts');
    });

  it('reads a list of slots in prose, each dash line kept as written', () => {
    const { fields, printed } = imported([
      '- Buổi sáng: 8h00, ngày 25/11/2024;',
      '- Buổi chiều: 14h00, ngày 25/11/2024.',
    ]);
    assert.deepEqual(fields.thoi_gian, [
      { bat_dau: '2024-11-25 08:00', nguyen_van: 'Buổi sáng: 8h00, ngày 25/11/2024;' },
      { bat_dau: '2024-11-25 14:00', nguyen_van: 'Buổi chiều: 14h00, ngày 25/11/2024.' },
    ]);
    assert.ok(printed.includes('- Buổi chiều: 14h00, ngày 25/11/2024.'), printed.join('\n'));
  });

  it('keeps a time stating more than one slot as text, with a note of the slot it reads as', () => {
    const time = '8h00 ngày 25/11/2024; đăng ký trước ngày 20/11/2024.';
    const { fields, notes } = imported(time);
    assert.equal(fields.thoi_gian, time);
    assert.equal(notes.length, 1);
    assert.ok(notes[0].includes('thoi_gian: { bat_dau: "2024-11-25 08:00" }'), notes[0]);
  });

  it('keeps the derived form a plain slot, and a time with no hour as text, without a note', () => {
    const slot = imported('Từ 8 giờ 00 phút đến 11 giờ 30 phút, ngày 25/11/2024 (thứ Hai).');
    assert.deepEqual(slot.fields.thoi_gian, { bat_dau: '2024-11-25 08:00', ket_thuc: '11:30' });
    assert.deepEqual(slot.notes, []);
    const day = imported('Cả ngày 25/11/2024.');
    assert.equal(day.fields.thoi_gian, 'Cả ngày 25/11/2024.');
    assert.deepEqual(day.notes, []);
  });
});
