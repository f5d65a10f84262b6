/**
 * Dates written inside free text: "17/5/2024", "06-02-2018", "17.5.2024",
 * "ngày 17 tháng 5 năm 2024"; without a year ("ngày 17/5", "ngày 25 tháng 4")
 * when a reference date tells the year; and ranges of days ("từ ngày 20 đến
 * ngày 22/4/2022", "20-22/4/2022"). Only four-digit years are read, so
 * document numbers ("188/GM-UBND", "68/2017/NĐ-CP", "Quyết định số 15/2010")
 * and spans of years ("2016-2020") never look like dates.
 */
import type { CivilDate } from './dates';

/** A date found in a text, with its position. */
export interface DateMention extends CivilDate {
  /** Index of the first character in the text (of "ngày" for the long form). */
  readonly start: number;
  readonly end: number;
  /** Numeric "17/5/2024" or the long "ngày 17 tháng 5 năm 2024". */
  readonly form: 'numeric' | 'long';
  /** True when the word "ngày" stands right before it (or starts it). */
  readonly saysNgay: boolean;
  /** True when the text gives no year ("ngày 17/5") and the year was inferred. */
  readonly yearInferred?: boolean;
}

/** Several days written as one span: "từ ngày 20 đến ngày 22/4/2022", "20-22/4/2022". */
export interface DayRangeMention {
  readonly start: number;
  readonly end: number;
  readonly first: CivilDate;
  readonly last: DateMention;
}

const NUMERIC = /(?<![\p{L}\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{N}]|[/.-]\p{N})/gu;
const LONG = /(?<![\p{L}\p{N}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\p{N})/giu;
const NGAY_BEFORE = /ngày\s*$/iu;

const saysNgayAt = (text: string, start: number): boolean =>
  NGAY_BEFORE.test(text.slice(Math.max(0, start - 8), start));

/** Dates with a year, numeric and long, as the patterns find them. */
function scanFullDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const start = m.index ?? 0;
    const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    found.push({
      start,
      end: start + m[0].length,
      day,
      month,
      year,
      form: 'numeric',
      saysNgay: saysNgayAt(text, start),
    });
  }
  for (const m of text.matchAll(LONG)) {
    const start = m.index ?? 0;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    found.push({ start, end: start + m[0].length, day, month, year, form: 'long', saysNgay: true });
  }
  return found;
}

/** Every date written with its year in `text`, real or not, in order of position (a range's last day included). */
export function findDates(text: string): DateMention[] {
  const found = scanFullDates(text);
  for (const range of findDayRanges(text)) if (!found.some((d) => d.start === range.last.start)) found.push(range.last);
  return found.sort((a, b) => a.start - b.start);
}

/** "20-22/4/2022", "20 – 22.4.2022": the first day's number glued to a full date. */
const GLUED_RANGE =
  /(?<![\p{L}\p{N}/.-])(\d{1,2})\s*[-–]\s*((\d{1,2})([/.-])(\d{1,2})\4(\d{4}))(?![\p{N}]|[/.-]\p{N})/gu;
/** "từ ngày 20 đến ngày 22/4/2022", "từ ngày 20 đến hết ngày 22 tháng 4 năm 2022". */
const WORDED_RANGE = /(?<![\p{L}])từ\s+ngày\s+(\d{1,2})\s+(?:đến|tới)\s+(?:hết\s+)?(?=(ngày\s+)\d)/giu;

function gluedRanges(text: string): DayRangeMention[] {
  return [...text.matchAll(GLUED_RANGE)].map((m) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const [day, month, year] = [Number(m[3]), Number(m[5]), Number(m[6])];
    const last: DateMention = { start: end - m[2].length, end, day, month, year, form: 'numeric', saysNgay: false };
    return { start, end, first: { year, month, day: Number(m[1]) }, last };
  });
}

function wordedRanges(text: string, dates: readonly DateMention[]): DayRangeMention[] {
  return [...text.matchAll(WORDED_RANGE)].flatMap((m) => {
    const start = m.index ?? 0;
    const ngayAt = start + m[0].length;
    const numberAt = ngayAt + m[2].length;
    const last = dates.find((d) => d.start === ngayAt || d.start === numberAt);
    return last
      ? [{ start, end: last.end, first: { year: last.year, month: last.month, day: Number(m[1]) }, last }]
      : [];
  });
}

/** Ranges of days whose last day carries the month and year; the first day is in that month. */
export function findDayRanges(text: string): DayRangeMention[] {
  return [...gluedRanges(text), ...wordedRanges(text, scanFullDates(text))].sort((a, b) => a.start - b.start);
}
