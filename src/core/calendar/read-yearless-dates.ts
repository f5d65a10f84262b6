/**
 * Dates written without their year, "ngày 17/5", "25/4", "ngày 25 tháng 4":
 * offices leave it out when the year is plain from the letter's own date.
 * The year is the one that puts the day nearest a reference date.
 */
import { dayNumber, isRealDate, type CivilDate } from './dates';
import type { DateMention } from './read-dates';

/** "17/5", "17-5" (not "17/5/2024", "5/2024", "số 15/12"). */
const DAY_MONTH = /(?<![\p{L}\p{N}/.-])(\d{1,2})([/-])(\d{1,2})(?![\p{N}]|[/.-]\p{N})/gu;
/** "ngày 25 tháng 4" not followed by its year. */
const LONG_DAY_MONTH = /(?<![\p{L}\p{N}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?!\p{N}|\s+năm\s+\d)/giu;
const NGAY_BEFORE = /ngày\s*$/iu;
/** A document's number, "số 15/12", or a fraction, "1-2 ngày", is no date. */
const NUMBER_BEFORE = /số\.?\s*$/iu;
/** A year-less date more than about four months from the invitation's own date is not guessed at. */
const MAX_DISTANCE_DAYS = 120;

function nearestYear(day: number, month: number, reference: CivilDate): number | undefined {
  const years = [reference.year - 1, reference.year, reference.year + 1].filter((year) => isRealDate(year, month, day));
  const distance = (year: number): number => Math.abs(dayNumber({ year, month, day }) - dayNumber(reference));
  const best = years.sort((a, b) => distance(a) - distance(b))[0];
  return best !== undefined && distance(best) <= MAX_DISTANCE_DAYS ? best : undefined;
}

/** The date a year-less date at a position is read against. */
export type ReferenceAt = (at: number) => CivilDate | undefined;

function numericYearless(text: string, reference: ReferenceAt): DateMention[] {
  return [...text.matchAll(DAY_MONTH)].flatMap((m): DateMention[] => {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 8), start);
    const saysNgay = NGAY_BEFORE.test(before);
    if (NUMBER_BEFORE.test(before) || (m[2] === '-' && !saysNgay)) return [];
    const [day, month] = [Number(m[1]), Number(m[3])];
    const at = reference(start);
    const year = at && nearestYear(day, month, at);
    if (year === undefined) return [];
    return [{ start, end: start + m[0].length, day, month, year, form: 'numeric', saysNgay, yearInferred: true }];
  });
}

function longYearless(text: string, reference: ReferenceAt): DateMention[] {
  return [...text.matchAll(LONG_DAY_MONTH)].flatMap((m): DateMention[] => {
    const start = m.index ?? 0;
    const [day, month] = [Number(m[1]), Number(m[2])];
    const at = reference(start);
    const year = at && nearestYear(day, month, at);
    if (year === undefined) return [];
    return [{ start, end: start + m[0].length, day, month, year, form: 'long', saysNgay: true, yearInferred: true }];
  });
}

/** Dates written without a year, dated to the year that puts them nearest `reference`, in text order. */
export function findYearlessDates(text: string, reference: CivilDate | ReferenceAt): DateMention[] {
  const at: ReferenceAt = typeof reference === 'function' ? reference : () => reference;
  return [...numericYearless(text, at), ...longYearless(text, at)].sort((a, b) => a.start - b.start);
}
