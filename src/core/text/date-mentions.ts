import { dayNumber, isRealDate, type CivilDate } from '../calendar/dates';
import { memoByText } from './memo';

/**
 * Dates written inside free text: "17/5/2024", "06-02-2018", "17.5.2024",
 * "ngày 17 tháng 5 năm 2024". Only four-digit years are read, so document
 * numbers such as "188/GM-UBND" or "3145/UBND-KT" never look like dates.
 */

/** A date found in a text, with its position. */
export interface DateMention {
  /** Index of the first character in the text (of "ngày" for the long form). */
  readonly start: number;
  readonly end: number;
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /** Numeric "17/5/2024" or the long "ngày 17 tháng 5 năm 2024". */
  readonly form: 'numeric' | 'long';
  /** True when the word "ngày" stands right before it (or starts it). */
  readonly saysNgay: boolean;
  /** True when the text gives no year ("ngày 17/5") and the year was inferred. */
  readonly yearInferred?: boolean;
}

const NUMERIC = /(?<![\p{L}\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{N}]|[/.-]\p{N})/gu;
const LONG = /(?<![\p{L}\p{N}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\p{N})/giu;
const NGAY_BEFORE = /ngày\s*$/iu;

/** Every date written in `text`, real or not, in order of position. */
export const findDates: (text: string) => readonly DateMention[] = memoByText(scanDates);

function scanDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const start = m.index ?? 0;
    const saysNgay = NGAY_BEFORE.test(text.slice(Math.max(0, start - 8), start));
    found.push({
      start,
      end: start + m[0].length,
      day: Number(m[1]),
      month: Number(m[3]),
      year: Number(m[4]),
      form: 'numeric',
      saysNgay,
    });
  }
  for (const m of text.matchAll(LONG)) {
    const start = m.index ?? 0;
    found.push({
      start,
      end: start + m[0].length,
      day: Number(m[1]),
      month: Number(m[2]),
      year: Number(m[3]),
      form: 'long',
      saysNgay: true,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

const DAY_MONTH = /(?<![\p{L}\p{N}/.-])(\d{1,2})([/-])(\d{1,2})(?![\p{N}]|[/.-]\p{N})/gu;
/** A year-less date more than about four months from the invitation's own date is not guessed at. */
const MAX_DISTANCE_DAYS = 120;

function nearestYear(day: number, month: number, reference: CivilDate): number | undefined {
  const years = [reference.year - 1, reference.year, reference.year + 1].filter((year) => isRealDate(year, month, day));
  const distance = (year: number): number => Math.abs(dayNumber({ year, month, day }) - dayNumber(reference));
  const best = years.sort((a, b) => distance(a) - distance(b))[0];
  return best !== undefined && distance(best) <= MAX_DISTANCE_DAYS ? best : undefined;
}

/** Dates written without a year ("ngày 17/5"), dated to the year that puts them nearest `reference`. */
export function findYearlessDates(text: string, reference: CivilDate): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DAY_MONTH)) {
    const [day, month] = [Number(m[1]), Number(m[3])];
    const year = nearestYear(day, month, reference);
    if (year === undefined) continue;
    const start = m.index ?? 0;
    const saysNgay = NGAY_BEFORE.test(text.slice(Math.max(0, start - 8), start));
    found.push({ start, end: start + m[0].length, day, month, year, form: 'numeric', saysNgay, yearInferred: true });
  }
  return found;
}
