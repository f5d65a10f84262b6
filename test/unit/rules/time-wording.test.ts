/**
 * Issue 28, defect 9: a slot's `nguyen_van` prints instead of the derived
 * wording while `bat_dau`/`ket_thuc` stay the facts; GM053 reports a date,
 * hour or weekday of the wording that is not the slot's, on its exact
 * characters, and GM054 a wording that states no day.
 */
import * as assert from 'node:assert/strict';
import { covered, fixture, problemsOf, single } from './helpers';

/** The valid fixture's slot (Friday 17/5/2024, 14:00–16:30) with `wording` printed for it. */
const withWording = (wording: string) =>
  fixture('valid').replace(
    'thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }',
    `thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30", nguyen_van: ${JSON.stringify(wording)} }`,
  );

/** Every time problem, as "code covered-text". */
const timeProblems = (text: string) =>
  ['GM053', 'GM054', 'GM015'].flatMap((code) => problemsOf(text, code).map((p) => `${code} ${covered(text, p)}`));

describe('time wording printed as written (GM053, GM054)', () => {
  for (const wording of [
    '14 giờ 00 phút, ngày 17/5/2024 (thứ Sáu).',
    '14h00, thứ Sáu, ngày 17/5/2024.',
    'Từ 14h00 đến 16h30, thứ Sáu, ngày 17 tháng 5 năm 2024.',
    'Chiều thứ Sáu, ngày 17/5, lúc 14:00.',
  ])
    it(`is silent when "${wording}" agrees with the slot`, () => {
      assert.deepEqual(timeProblems(withWording(wording)), []);
    });

  it('reports a wrong day on the date, and a weekday that is not the slot’s', () => {
    const text = withWording('14h00, thứ Bảy, ngày 18/5/2024.');
    const found = problemsOf(text, 'GM053');
    assert.deepEqual(
      found.map((p) => covered(text, p)),
      ['thứ Bảy', '18/5/2024'],
    );
    assert.match(found[1].message.vi, /ghi ngày "18\/5\/2024" nhưng khung giờ là ngày 17\/5\/2024/);
    assert.equal(found[1].severity, 'error');
  });

  it('reports a wrong hour on the hour', () => {
    const problem = single(
      withWording('Từ 15 giờ 00 phút, ngày 17/5/2024 (thứ Sáu).'),
      'GM053',
      'error',
      '15 giờ 00 phút',
    );
    assert.match(problem.message.en, /says "15 giờ 00 phút" but the slot is at 14 giờ 00 phút – 16 giờ 30 phút/);
  });

  it('reports a wrong end hour of a range', () => {
    single(withWording('Từ 14h00 đến 17h00, ngày 17/5/2024.'), 'GM053', 'error', '17h00');
  });

  it('reports a weekday with no date beside it, and leaves one beside its date to GM015', () => {
    const alone = withWording('14h00 thứ Bảy, ngày 17/5/2024 như đã hẹn.');
    assert.deepEqual(timeProblems(alone), ['GM015 thứ Bảy']);
    const problem = single(
      withWording('Ngày 17/5/2024, họp từ 14h00; chiều thứ Bảy nghỉ.'),
      'GM053',
      'error',
      'thứ Bảy',
    );
    assert.match(problem.message.en, /meeting day 17\/5\/2024 is a Friday/);
  });

  it('warns, on the whole wording, when it states no day', () => {
    const problem = single(withWording('Theo lịch của Giám đốc.'), 'GM054', 'warning', 'Theo lịch của Giám đốc.');
    assert.match(problem.message.vi, /không nêu ngày họp \(17\/5\/2024\)/);
    assert.deepEqual(timeProblems(withWording('14h00 thứ Sáu.')), ['GM054 14h00 thứ Sáu.']);
  });

  it('says nothing when `bat_dau` itself cannot be read (GM014 reports it)', () => {
    const text = withWording('Theo lịch của Giám đốc.').replace(
      'bat_dau: 2024-05-17 14:00',
      'bat_dau: 2024-02-30 14:00',
    );
    assert.deepEqual(timeProblems(text), []);
  });

  it('checks each slot of a list against its own start', () => {
    const text = fixture('valid').replace(
      'thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }',
      [
        'thoi_gian:',
        '  - { bat_dau: 2024-05-17 08:00, nguyen_van: "Sáng: 8h00, ngày 17/5/2024;" }',
        '  - { bat_dau: 2024-05-20 08:00, nguyen_van: "Sáng: 8h00, ngày 17/5/2024." }',
      ].join('\n'),
    );
    assert.deepEqual(timeProblems(text), ['GM053 17/5/2024']);
    assert.equal(problemsOf(text, 'GM053')[0].range.start.line, 16, "the second slot's line");
  });
});
