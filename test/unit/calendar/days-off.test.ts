import * as assert from 'node:assert/strict';
import { isWorkingDay, weekdaysOff, workingDaysBetween } from '../../../src/core/calendar/days-off';
import { statutoryHolidays } from '../../../src/core/calendar/holidays';
import { isoDate, parseIsoDate, type CivilDate } from '../../../src/core/calendar/dates';

const d = (iso: string): CivilDate => parseIsoDate(iso) as CivilDate;
const list = (year: number): string => weekdaysOff(year).map(isoDate).join(' ');

describe('days off (BLLĐ 2019, Điều 111–112, and official schedules)', () => {
  it('lists the Labour Code holidays with computed lunar dates', () => {
    const h = statutoryHolidays(2026).map((x) => isoDate(x.date));
    assert.deepEqual(h, [
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it('gives the weekdays off of 2023–2027', () => {
    assert.equal(
      list(2023),
      '2023-01-02 2023-01-20 2023-01-23 2023-01-24 2023-01-25 2023-01-26 2023-05-01 2023-05-02 2023-05-03 2023-09-01 2023-09-04',
    );
    assert.equal(
      list(2024),
      '2024-01-01 2024-02-08 2024-02-09 2024-02-12 2024-02-13 2024-02-14 2024-04-18 2024-04-29 2024-04-30 2024-05-01 2024-09-02 2024-09-03',
    );
    assert.equal(
      list(2025),
      '2025-01-01 2025-01-27 2025-01-28 2025-01-29 2025-01-30 2025-01-31 2025-04-07 2025-04-30 2025-05-01 2025-05-02 2025-09-01 2025-09-02',
    );
    assert.equal(
      list(2026),
      '2026-01-01 2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20 2026-04-27 2026-04-30 2026-05-01 2026-09-01 2026-09-02',
    );
    assert.equal(
      list(2027),
      '2027-01-01 2027-02-05 2027-02-08 2027-02-09 2027-02-10 2027-02-11 2027-04-16 2027-04-30 2027-05-03 2027-09-01 2027-09-02',
    );
  });

  it('makes up a holiday that falls on a weekend on the next working day (Điều 111 k.3)', () => {
    assert.equal(isWorkingDay(d('2026-04-27')), false); // Giỗ Tổ on Sunday 26/4
    assert.equal(isWorkingDay(d('2027-05-03')), false); // 1/5 on Saturday
    assert.equal(isWorkingDay(d('2027-05-04')), true);
  });

  it('lets an official schedule replace the default days of its holidays only', () => {
    // Tết 2023 was 20–26/1: the default's second compensatory day (27/1) is a working day.
    assert.equal(isWorkingDay(d('2023-01-20')), false);
    assert.equal(isWorkingDay(d('2023-01-27')), true);
    // 2024's neighbour of Quốc khánh was 3/9, not the default 1/9.
    assert.equal(isWorkingDay(d('2024-09-03')), false);
    assert.equal(isWorkingDay(d('2024-08-30')), true);
  });

  it('honours swapped Saturdays', () => {
    assert.equal(isWorkingDay(d('2024-05-04')), true);
    assert.equal(isWorkingDay(d('2025-04-26')), true);
    assert.equal(isWorkingDay(d('2025-04-19')), false);
  });

  it('counts working days across Tết', () => {
    // Fri 2/2/2024 → Thu 15/2/2024: 2, 5, 6, 7 Feb are the only working days before the 15th.
    assert.equal(workingDaysBetween(d('2024-02-02'), d('2024-02-15')), 4);
    assert.equal(workingDaysBetween(d('2025-01-24'), d('2025-02-04')), 2);
  });

  it('counts working days across 30/4–1/5', () => {
    // Thu 25/4/2024 → Mon 6/5/2024: 25, 26 Apr, 2, 3, 4 (swapped Saturday) May.
    assert.equal(workingDaysBetween(d('2024-04-25'), d('2024-05-06')), 5);
    // Fri 25/4/2025 → Tue 6/5/2025: 25, 26 (worked Saturday), 28, 29 Apr, 5 May.
    assert.equal(workingDaysBetween(d('2025-04-25'), d('2025-05-06')), 5);
  });

  it('adds the office’s extra days off and handles empty intervals', () => {
    assert.equal(workingDaysBetween(d('2024-05-13'), d('2024-05-17')), 4);
    assert.equal(workingDaysBetween(d('2024-05-13'), d('2024-05-17'), ['2024-05-14', 'bad']), 3);
    assert.equal(workingDaysBetween(d('2024-05-17'), d('2024-05-13')), 0);
  });
});
