/**
 * Clock times written inside free text, in the forms offices use: "14 giờ",
 * "14 giờ 30", "14 giờ 30 phút", "14 giờ 00'", "14h", "14h30", "14g30",
 * "14:30"; ranges "7h30 -9h00", "từ 8 giờ đến 11 giờ 30"; and the part of
 * the day written right after one ("8 giờ tối").
 */
import { findPartsOfDay, type PartOfDayMention } from './parts-of-day';

/** A clock time found in a text, with its position, as written (it may be impossible). */
export interface ClockMention {
  readonly start: number;
  readonly end: number;
  readonly hour: number;
  /** 0 when no minutes are written. */
  readonly minute: number;
  /** True when the text itself makes it a time of day, not a duration ("trong 48 giờ"). */
  readonly isClock: boolean;
  /** The part of the day written right after it: "8 giờ tối". */
  readonly partOfDay?: PartOfDayMention;
}

/** Two clock times joined as one span: "7h30 -9h00", "từ 8 giờ đến 11 giờ". */
export interface ClockRangeMention {
  readonly start: number;
  readonly end: number;
  readonly from: ClockMention;
  readonly to: ClockMention;
}

const WORDED =
  /(?<![\p{L}\p{N}.,:/])(\d{1,2})\s*giờ(?:\s*(\d{1,2})(?!\p{N})(?:\s*(?:phút|p|')(?![\p{L}]))?)?(?![\p{L}\p{N}])/giu;
const SHORT = /(?<![\p{L}\p{N}.,:/])(\d{1,2})[hg](\d{2})?(?:\s*(?:phút|p|')(?![\p{L}]))?(?![\p{L}\p{N}])/giu;
const COLON = /(?<![\p{L}\p{N}.,:/])(\d{1,2}):(\d{2})(?![\p{N}]|:\d)/gu;
/** Words after which a number of hours is a time of day, not a duration ("trong 48 giờ", "24 đến 36 giờ"). */
const CLOCK_BEFORE = /(?:lúc|từ|vào|bắt\s+đầu|thời\s+gian:?|hồi)\s*$/iu;
const JOIN = /^\s*(?:[-–—]|đến|tới)\s*$/iu;
const PART_JOIN = /^\s*,?\s*$/u;

/** A clock as the patterns find it; `written` when its minutes (or a colon) make it a time of day. */
interface RawClock {
  readonly start: number;
  readonly end: number;
  readonly hour: number;
  readonly minute: number;
  readonly written: boolean;
}

function scanClocks(text: string): RawClock[] {
  const found = [WORDED, SHORT, COLON].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m): RawClock => {
      const start = m.index ?? 0;
      const minute = m[2] === undefined ? 0 : Number(m[2]);
      return { start, end: start + m[0].length, hour: Number(m[1]), minute, written: m[2] !== undefined };
    }),
  );
  return found.sort((a, b) => a.start - b.start);
}

/** Every clock time written in `text`, in order, with the part of the day written after it. */
export function findClocks(text: string): ClockMention[] {
  const parts = findPartsOfDay(text);
  const clocks: ClockMention[] = [];
  for (const { written, ...clock } of scanClocks(text)) {
    const partOfDay = parts.find((p) => p.start >= clock.end && PART_JOIN.test(text.slice(clock.end, p.start)));
    const previous = clocks[clocks.length - 1];
    const endsRange = previous?.isClock === true && JOIN.test(text.slice(previous.end, clock.start));
    const introduced = CLOCK_BEFORE.test(text.slice(Math.max(0, clock.start - 16), clock.start));
    clocks.push({ ...clock, isClock: written || introduced || endsRange || partOfDay !== undefined, partOfDay });
  }
  return clocks;
}

/** Clock times joined by a dash or "đến": the meeting's start and end. */
export function findClockRanges(text: string): ClockRangeMention[] {
  const clocks = findClocks(text);
  return clocks.slice(1).flatMap((to, i) => {
    const from = clocks[i];
    return JOIN.test(text.slice(from.end, to.start)) ? [{ start: from.start, end: to.end, from, to }] : [];
  });
}
