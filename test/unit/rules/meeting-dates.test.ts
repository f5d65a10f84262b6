import * as assert from 'node:assert/strict';
import { fixture, problemsOf, single } from './helpers';

describe('meeting dates (GM016, GM017)', () => {
  it('GM016: a meeting before the invitation is dated, on the bat_dau value', () => {
    single(fixture('meeting-before-issue'), 'GM016', 'error', '2024-05-17 14:00');
  });

  it('GM016: with a month-only date, only an earlier month is wrong', () => {
    single(fixture('meeting-before-issue-month'), 'GM016', 'error', '2024-05-17 14:00');
    assert.deepEqual(problemsOf(fixture('seed'), 'GM016'), []);
  });

  it('GM016: reads a date written in a "Thời gian" section', () => {
    single(fixture('meeting-before-issue-text'), 'GM016', 'error', '06/5/2024');
  });

  it('GM016: checks the slots inside sections and lists of slots', () => {
    const text = fixture('seed').replace('ngay: 2024-05', 'ngay: 2024-05-20');
    single(text, 'GM016', 'error', '2024-05-17 14:00');
  });

  it('GM017: fewer than 3 working days of notice', () => {
    const p = single(fixture('notice-too-short'), 'GM017', 'warning', '2024-05-17 14:00');
    assert.match(p.message.vi, /2 ngày làm việc/);
  });

  it('GM017: counts across Tết', () => {
    const p = single(fixture('notice-across-tet'), 'GM017', 'warning', '2024-02-15 08:00');
    assert.match(p.message.en, /Only 1 working day/);
  });

  it('GM017: follows minWorkingDays and extraDaysOff, never below 3', () => {
    const valid = fixture('valid'); // 10/5 → 17/5/2024: 5 working days
    assert.deepEqual(problemsOf(valid, 'GM017', { minWorkingDays: 5 }), []);
    assert.equal(problemsOf(valid, 'GM017', { minWorkingDays: 6 }).length, 1);
    assert.equal(problemsOf(valid, 'GM017', { minWorkingDays: 5, extraDaysOff: ['2024-05-13'] }).length, 1);
    assert.deepEqual(problemsOf(fixture('notice-too-short'), 'GM017', { minWorkingDays: 1 }).length, 1);
  });

  it('GM017: quiet for drafts, urgent (ad-hoc) invitations and meetings already reported by GM016', () => {
    assert.deepEqual(problemsOf(fixture('seed'), 'GM017'), []);
    assert.deepEqual(problemsOf(fixture('notice-too-short').replace('so: 15', 'so: 15\ndo_khan: khan'), 'GM017'), []);
    assert.deepEqual(problemsOf(fixture('meeting-before-issue'), 'GM017'), []);
  });

  it('GM016: reads a time written as text at the top, in a section, and a list of slots; not in other sections', () => {
    const valid = fixture('valid');
    const topText = valid.replace(
      'thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }',
      'thoi_gian: 8 giờ, ngày 06/5/2024',
    );
    single(topText, 'GM016', 'error', '06/5/2024');
    const list = valid.replace(
      'thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }',
      'thoi_gian:\n  - { bat_dau: 2024-05-17 08:00 }\n  - { bat_dau: 2024-05-06 14:00 }',
    );
    single(list, 'GM016', 'error', '2024-05-06 14:00');
    const inSection = valid
      .replace('thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }\n', '')
      .replace(
        /^mo_dau: .*$/m,
        'muc:\n  - tieu_de: Thời gian\n    thoi_gian: 8 giờ, ngày 06/5/2024\n  - tieu_de: Nội dung\n    noi_dung: Báo cáo kết quả ngày 02/5/2024.',
      );
    single(inSection, 'GM016', 'error', '06/5/2024');
  });
});
