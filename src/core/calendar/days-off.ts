/**
 * Which days a state office does not work: weekends, the Labour Code's
 * holidays with their compensatory days, and each year's official schedule.
 * Exported for the notice-period rule and for anyone counting working days.
 */
import { dayNumber, fromDayNumber, parseIsoDate, weekday, type CivilDate } from './dates';
import { statutoryHolidays, type HolidayGroup } from './holidays';
import { OFFICIAL_SCHEDULES } from './official-schedules';

/** One solar year's weekdays off and weekend days worked. */
export interface YearDaysOff {
  /** Day numbers (dates.ts) of weekdays off: holidays, compensatory and swapped days. */
  readonly off: ReadonlySet<number>;
  /** Day numbers of weekend days worked in exchange for a swapped weekday. */
  readonly worked: ReadonlySet<number>;
}

const cache = new Map<number, YearDaysOff>();

const isWeekend = (n: number): boolean => {
  const w = weekday(fromDayNumber(n));
  return w === 0 || w === 6;
};

/** The days off of one solar year (cached; the computation is pure). */
export function daysOffOf(year: number): YearDaysOff {
  let found = cache.get(year);
  if (!found) {
    found = computeYear(year);
    cache.set(year, found);
  }
  return found;
}

function computeYear(year: number): YearDaysOff {
  const schedules = OFFICIAL_SCHEDULES.filter((s) => s.year === year);
  const settled = new Set<HolidayGroup>(schedules.flatMap((s) => s.groups));
  const off = new Set<number>();
  const worked = new Set<number>();
  for (const schedule of schedules) {
    for (const [from, to] of schedule.daysOff) addRange(off, from, to);
    for (const day of schedule.workedDays) worked.add(dayNumber(parseIsoDate(day) as CivilDate));
  }
  const legal = statutoryHolidays(year)
    .filter((h) => !settled.has(h.group))
    .map((h) => dayNumber(h.date));
  legal.forEach((n) => off.add(n));
  addCompensation(legal, off);
  return { off: new Set([...off].filter((n) => !isWeekend(n))), worked };
}

function addRange(off: Set<number>, from: string, to: string): void {
  const end = dayNumber(parseIsoDate(to) as CivilDate);
  for (let n = dayNumber(parseIsoDate(from) as CivilDate); n <= end; n += 1) off.add(n);
}

/**
 * A holiday on a weekly rest day is made up on the next working day
 * (BLLĐ 2019, Điều 111 k.3; for offices the weekly rest is Saturday and Sunday).
 */
function addCompensation(holidays: readonly number[], off: Set<number>): void {
  for (const day of [...holidays].sort((a, b) => a - b)) {
    if (!isWeekend(day)) continue;
    let next = day + 1;
    while (isWeekend(next) || off.has(next)) next += 1;
    off.add(next);
  }
}

/** True when a state office works on `date` (BLLĐ 2019, Điều 111–112; `extraDaysOff` are ISO dates). */
export function isWorkingDay(date: CivilDate, extraDaysOff: readonly string[] = []): boolean {
  const n = dayNumber(date);
  const year = daysOffOf(date.year);
  if (year.worked.has(n)) return true;
  if (isWeekend(n) || year.off.has(n)) return false;
  return !extraDaysOff.some((iso) => {
    const extra = parseIsoDate(iso);
    return extra !== undefined && dayNumber(extra) === n;
  });
}

/** Working days from `a` (counted) up to `b` (not counted); 0 when `b` is not after `a`. */
export function workingDaysBetween(a: CivilDate, b: CivilDate, extraDaysOff: readonly string[] = []): number {
  const start = dayNumber(a);
  const end = Math.min(dayNumber(b), start + 3660);
  let count = 0;
  for (let n = start; n < end; n += 1) if (isWorkingDay(fromDayNumber(n), extraDaysOff)) count += 1;
  return count;
}

/** Every weekday off in `year` (holidays, compensatory and swapped days), in order. */
export function weekdaysOff(year: number): CivilDate[] {
  return [...daysOffOf(year).off]
    .sort((a, b) => a - b)
    .map(fromDayNumber)
    .filter((d) => d.year === year);
}
