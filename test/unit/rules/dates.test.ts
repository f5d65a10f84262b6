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
    assert.deepEqual(found.map((p) => covered(text, p)), ['31/2/2024', 'ngày 30 tháng 2 năm 2024']);
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
});
