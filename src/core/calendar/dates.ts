/**
 * Calendar dates and how Vietnamese official documents write them. Dates are
 * plain {year, month, day} (no time zone: an invitation's dates are local).
 */

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface CivilDateTime extends CivilDate {
  readonly hour: number;
  readonly minute: number;
}

/** Weekday names as the decree writes them (PL II-M.V-k.8: "thứ Hai"), Sunday first. */
export const WEEKDAYS_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;
export const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a date that exists (no 31/2, no month 13). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** "2024-05-17" → date; undefined for anything else, including impossible dates. */
export function parseIsoDate(text: string): CivilDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** "2024-05" → year and month. */
export function parseIsoMonth(text: string): { year: number; month: number } | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** "2024-05-17 14:00" (or with "T") → date and time; undefined when not a real moment. */
export function parseIsoDateTime(text: string): CivilDateTime | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})$/.exec(text);
  const date = m ? parseIsoDate(m[1]) : undefined;
  if (!m || !date) return undefined;
  const [hour, minute] = [Number(m[2]), Number(m[3])];
  return hour <= 23 && minute <= 59 ? { ...date, hour, minute } : undefined;
}

/** "14:00" → hour and minute. */
export function parseClock(text: string): { hour: number; minute: number } | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Days since 1970-01-01, for comparing and counting. */
export function dayNumber(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

export function fromDayNumber(n: number): CivilDate {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return dayNumber(a) - dayNumber(b);
}

export function isoDate(date: CivilDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "17/5/2024": the short form used inside the text. */
export function shortDate(date: CivilDate): string {
  return `${date.day}/${date.month}/${date.year}`;
}

/** "ngày 17/5/2024 (thứ Sáu)". */
export function shortDateWithWeekday(date: CivilDate): string {
  return `ngày ${shortDate(date)} (${WEEKDAYS_VI[weekday(date)]})`;
}

/** The decree's leading zeros: days below 10, months 1 and 2 (PL I-P.I-M.II-k.4-b). */
export function decreeDay(day: number): string {
  return day < 10 ? pad2(day) : String(day);
}

export function decreeMonth(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** "ngày 05 tháng 02 năm 2024" for the place-and-date line. */
export function longDate(date: CivilDate): string {
  return `ngày ${decreeDay(date.day)} tháng ${decreeMonth(date.month)} năm ${date.year}`;
}

/** "14 giờ 00 phút". */
export function clockText(time: { hour: number; minute: number }): string {
  return `${time.hour} giờ ${pad2(time.minute)} phút`;
}
