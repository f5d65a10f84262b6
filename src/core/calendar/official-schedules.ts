/**
 * The government's announced days off (and Saturdays worked in exchange) for
 * civil servants, where the schedule is known to us. Each entry settles whole
 * holiday groups; a group without an entry falls back to the Labour Code's
 * defaults plus compensatory days (days-off.ts). Only schedules we are
 * confident of are listed; offices can add days through `extraDaysOff`.
 */
import type { HolidayGroup } from './holidays';

/** One government decision on a holiday's days off. */
export interface OfficialSchedule {
  readonly year: number;
  /** The holiday groups this entry settles (their default days are replaced). */
  readonly groups: readonly HolidayGroup[];
  /** Inclusive ISO ranges of days off; weekends inside are harmless. */
  readonly daysOff: readonly (readonly [string, string])[];
  /** Weekend days worked to make up for a swapped weekday. */
  readonly workedDays: readonly string[];
}

/** The schedules known to us, by year. */
export const OFFICIAL_SCHEDULES: readonly OfficialSchedule[] = [
  // Tết Quý Mão: Fri 20/1 to Thu 26/1/2023 (29 tháng Chạp to mùng 5), no Saturday worked.
  { year: 2023, groups: ['tet'], daysOff: [['2023-01-20', '2023-01-26']], workedDays: [] },
  // Tết Giáp Thìn: Thu 8/2 to Wed 14/2/2024 (28 tháng Chạp to mùng 5).
  { year: 2024, groups: ['tet'], daysOff: [['2024-02-08', '2024-02-14']], workedDays: [] },
  // 30/4–1/5/2024: Mon 29/4 swapped for Sat 4/5, so 27/4 to 1/5 off.
  {
    year: 2024,
    groups: ['reunification', 'labour'],
    daysOff: [['2024-04-27', '2024-05-01']],
    workedDays: ['2024-05-04'],
  },
  // Quốc khánh 2024: 2/9 and 3/9 (the neighbour day was 3/9 that year), 31/8 to 3/9 off.
  { year: 2024, groups: ['nationalDay'], daysOff: [['2024-08-31', '2024-09-03']], workedDays: [] },
  // Tết Ất Tỵ: Sat 25/1 to Sun 2/2/2025 (26 tháng Chạp to mùng 5).
  { year: 2025, groups: ['tet'], daysOff: [['2025-01-25', '2025-02-02']], workedDays: [] },
  // 30/4–1/5/2025: Fri 2/5 swapped for Sat 26/4, so 30/4 to 4/5 off.
  {
    year: 2025,
    groups: ['reunification', 'labour'],
    daysOff: [['2025-04-30', '2025-05-04']],
    workedDays: ['2025-04-26'],
  },
  // Quốc khánh 2025: 1/9 and 2/9, Sat 30/8 to Tue 2/9 off (same as the default).
  { year: 2025, groups: ['nationalDay'], daysOff: [['2025-08-30', '2025-09-02']], workedDays: [] },
];
