import * as assert from 'node:assert/strict';
import { lunarToSolar, solarToLunar, tetDate } from '../../../src/core/calendar/lunar';
import { isoDate } from '../../../src/core/calendar/dates';

describe('lunar calendar (Hồ Ngọc Đức, UTC+7)', () => {
  it('finds Tết Nguyên đán', () => {
    const expected: Record<number, string> = {
      2020: '2020-01-25',
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
      2028: '2028-01-26',
    };
    for (const [year, date] of Object.entries(expected)) assert.equal(isoDate(tetDate(Number(year))), date, year);
  });

  it('finds Giỗ Tổ Hùng Vương (10/3 lunar)', () => {
    const expected: Record<number, string> = {
      2023: '2023-04-29',
      2024: '2024-04-18',
      2025: '2025-04-07',
      2026: '2026-04-26',
      2027: '2027-04-16',
    };
    for (const [year, date] of Object.entries(expected)) {
      const solar = lunarToSolar({ day: 10, month: 3, year: Number(year), leap: false });
      assert.ok(solar);
      assert.equal(isoDate(solar), date, year);
    }
  });

  it('knows the leap month of 2023 (tháng 2 nhuận) and 2025 (tháng 6 nhuận)', () => {
    assert.deepEqual(solarToLunar({ year: 2023, month: 3, day: 22 }), { day: 1, month: 2, year: 2023, leap: true });
    assert.deepEqual(solarToLunar({ year: 2025, month: 7, day: 25 }), { day: 1, month: 6, year: 2025, leap: true });
    assert.equal(lunarToSolar({ day: 1, month: 5, year: 2024, leap: true }), undefined);
  });

  it('round-trips every day of 2023–2027', () => {
    for (let d = new Date(Date.UTC(2023, 0, 1)); d.getUTCFullYear() < 2028; d.setUTCDate(d.getUTCDate() + 1)) {
      const solar = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const back = lunarToSolar(solarToLunar(solar));
      assert.deepEqual(back, solar);
    }
  });

  it('puts the last day of the lunar year the day before Tết', () => {
    assert.deepEqual(solarToLunar({ year: 2025, month: 1, day: 28 }), { day: 29, month: 12, year: 2024, leap: false });
    assert.deepEqual(solarToLunar({ year: 2024, month: 2, day: 9 }), { day: 30, month: 12, year: 2023, leap: false });
  });
});
