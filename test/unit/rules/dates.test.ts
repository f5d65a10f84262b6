import * as assert from 'node:assert/strict';
import { fixture, problemsOf, single } from './helpers';
import { covered } from './helpers';

describe('dates (GM013, GM014, GM018)', () => {
  it('GM013: a month-only date is a draft, information only', () => {
    single(fixture('draft-month-only'), 'GM013', 'information', '2024-05');
    assert.deepEqual(problemsOf(fixture('valid'), 'GM013'), []);
  });

  it('GM014: a date that passes the pattern but does not exist', () => {
    single(fixture('impossible-date'), 'GM014', 'error', '2024-02-31');
    single(fixture('impossible-time'), 'GM014', 'error', '2024-05-17 25:00');
    const month13 = fixture('valid').replace('ngay: 2024-05-10', 'ngay: 2024-13-01');
    single(month13, 'GM014', 'error', '2024-13-01');
    single(fixture('valid').replace('ngay: 2024-05-10', 'ngay: 2024-13'), 'GM014', 'error', '2024-13');
    const endHour = fixture('valid').replace('ket_thuc: "16:30"', 'ket_thuc: "16:75"');
    single(endHour, 'GM014', 'error', '"16:75"');
  });

  it('GM014: impossible dates written in the text, on exactly their characters', () => {
    const text = fixture('impossible-date-text');
    const found = problemsOf(text, 'GM014');
    assert.deepEqual(
      found.map((p) => covered(text, p)),
      ['31/2/2024', 'ngày 30 tháng 2 năm 2024'],
    );
    assert.ok(found.every((p) => p.severity === 'error'));
  });

  it('GM014: leaves real dates and document numbers alone', () => {
    assert.deepEqual(problemsOf(fixture('seed'), 'GM014'), []);
    assert.deepEqual(problemsOf(fixture('valid'), 'GM014'), []);
  });

  it('GM018: an end before its start', () => {
    single(fixture('end-before-start'), 'GM018', 'error', '"13:00"');
    assert.deepEqual(problemsOf(fixture('valid'), 'GM018'), []);
  });

  it('GM013: no date at all is a draft too, shown on co_quan; a full date is not; a month-only date is no GM014', () => {
    const undated = fixture('valid').replace('ngay: 2024-05-10\n', '');
    single(undated, 'GM013', 'information', 'co_quan');
    assert.deepEqual(problemsOf(fixture('draft-month-only'), 'GM014'), []);
  });

  it('GM014 names the impossible date and says why, in both languages', () => {
    const p = problemsOf(fixture('impossible-date-text'), 'GM014')[0];
    assert.equal(
      p.message.vi,
      '"31/2/2024" không phải là một ngày có thật (tháng 2 năm 2024 không có ngày 31); hãy sửa lại.',
    );
    assert.equal(p.message.en, '"31/2/2024" is not a real date; check the day and month.');
  });

  it('GM014 in the text: 31/4 is impossible; 15/13 or 32/5 read as numbers, unless "ngày" says they are dates', () => {
    const withText = (sentence: string) => fixture('valid').replace(/^mo_dau: .*$/m, `mo_dau: ${sentence}`);
    assert.deepEqual(
      problemsOf(withText('Hạn nộp 31/4/2024.'), 'GM014').map((p) => p.severity),
      ['error'],
    );
    assert.deepEqual(problemsOf(withText('Tỷ lệ 15/13/2024 và 32/5/2024.'), 'GM014'), []);
    assert.equal(problemsOf(withText('Hạn nộp ngày 32/5/2024.'), 'GM014').length, 1);
  });

  it('GM014 on ket_thuc: a real clock or date-time passes, an hour 25 does not', () => {
    assert.deepEqual(problemsOf(fixture('valid'), 'GM014'), []);
    const full = fixture('valid').replace('ket_thuc: "16:30"', 'ket_thuc: 2024-05-18 11:00');
    assert.deepEqual([...problemsOf(full, 'GM014'), ...problemsOf(full, 'GM018')], []);
    single(fixture('valid').replace('ket_thuc: "16:30"', 'ket_thuc: "25:00"'), 'GM014', 'error', '"25:00"');
  });

  it('GM018: a full end date before the start; an end equal to the start, or the next day across a month end, passes', () => {
    single(
      fixture('valid').replace('ket_thuc: "16:30"', 'ket_thuc: 2024-05-16 18:00'),
      'GM018',
      'error',
      '2024-05-16 18:00',
    );
    assert.deepEqual(problemsOf(fixture('valid').replace('ket_thuc: "16:30"', 'ket_thuc: "14:00"'), 'GM018'), []);
    const overMonthEnd = fixture('valid').replace(
      'bat_dau: 2024-05-17 14:00, ket_thuc: "16:30"',
      'bat_dau: 2024-07-31 10:00, ket_thuc: 2024-08-01 09:00',
    );
    assert.deepEqual(problemsOf(overMonthEnd, 'GM018'), []);
  });
});
