/**
 * Vietnam's public holidays as the Labour Code sets them (Bộ luật Lao động
 * 2019, Điều 112 k.1), with the lunar ones computed, before any year's
 * official schedule is applied (see days-off.ts).
 */
import { dayNumber, fromDayNumber, type CivilDate } from './dates';
import { lunarToSolar, tetDate } from './lunar';

/** Holidays that the government's yearly schedule may settle together. */
export type HolidayGroup = 'newYear' | 'tet' | 'hungKings' | 'reunification' | 'labour' | 'nationalDay';

/** One public holiday on its solar date. */
export interface Holiday {
  readonly date: CivilDate;
  readonly group: HolidayGroup;
  /** Vietnamese name, e.g. "Tết Nguyên đán". */
  readonly name: string;
}

/**
 * The Labour Code's holidays of one solar year, BLLĐ 2019, Điều 112 k.1:
 * a) 1/1; b) five days of Tết, by default the last day of the lunar year and
 * the first four of the new one (the Prime Minister fixes them yearly, k.3);
 * c) 30/4; d) 1/5; đ) 2/9 and one day next to it, by default 1/9;
 * e) Giỗ Tổ Hùng Vương, 10/3 of the lunar calendar.
 */
export function statutoryHolidays(year: number, nationalDayNeighbour: 1 | 3 = 1): Holiday[] {
  const tet = dayNumber(tetDate(year));
  const hungKings = lunarToSolar({ day: 10, month: 3, year, leap: false }) as CivilDate;
  const tetDays = [-1, 0, 1, 2, 3].map((offset) => fromDayNumber(tet + offset));
  return [
    { date: { year, month: 1, day: 1 }, group: 'newYear', name: 'Tết Dương lịch' },
    ...tetDays.map((date): Holiday => ({ date, group: 'tet', name: 'Tết Nguyên đán' })),
    { date: hungKings, group: 'hungKings', name: 'Giỗ Tổ Hùng Vương' },
    { date: { year, month: 4, day: 30 }, group: 'reunification', name: 'Ngày Chiến thắng' },
    { date: { year, month: 5, day: 1 }, group: 'labour', name: 'Ngày Quốc tế lao động' },
    { date: { year, month: 9, day: nationalDayNeighbour }, group: 'nationalDay', name: 'Quốc khánh' },
    { date: { year, month: 9, day: 2 }, group: 'nationalDay', name: 'Quốc khánh' },
  ];
}
