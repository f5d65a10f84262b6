/**
 * The one reader of times in Vietnamese text: every date (with or without
 * its year), range of days, clock time, range of hours, part of the day and
 * weekday a sentence writes, each with its exact range in the text. The
 * rules and the Word import read times only through it. What it leaves
 * alone: relative words ("ngày mai", "hằng năm"), spans of years
 * ("2016-2020"), document numbers ("68/2017/NĐ-CP", "số 15/2010"), durations
 * ("trong 48 giờ" is read as hours, never as a time of day).
 */
import { isRealDate, type CivilDate } from './dates';
import { findPartsOfDay, type PartOfDayMention } from './parts-of-day';
import { findClockRanges, findClocks, type ClockMention, type ClockRangeMention } from './read-clocks';
import { findDates, findDayRanges, type DateMention, type DayRangeMention } from './read-dates';
import { findWeekdays, type WeekdayMention } from './read-weekdays';
import { findYearlessDates } from './read-yearless-dates';

/** Everything about time a text writes, each list in text order. */
export interface TimeMentions {
  /** Dates, those without a year included (`yearInferred`); impossible ones too ("31/2/2024"). */
  readonly dates: readonly DateMention[];
  readonly dayRanges: readonly DayRangeMention[];
  readonly clocks: readonly ClockMention[];
  readonly clockRanges: readonly ClockRangeMention[];
  readonly partsOfDay: readonly PartOfDayMention[];
  readonly weekdays: readonly WeekdayMention[];
}

/** The real full date nearest a position: what a year-less date in the same text is read against. */
function nearestFullDate(full: readonly DateMention[]): (at: number) => CivilDate | undefined {
  const real = full.filter((d) => isRealDate(d.year, d.month, d.day));
  return (at) => [...real].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/**
 * Reads `text`. A date without a year takes the year that puts it nearest
 * `reference` (the invitation's own date), else nearest the closest full
 * date of the text; when neither exists it is not read.
 */
export function readTimes(text: string, reference?: CivilDate): TimeMentions {
  const full = findDates(text);
  const yearless = findYearlessDates(text, reference ?? nearestFullDate(full));
  return {
    dates: [...full, ...yearless].sort((a, b) => a.start - b.start),
    dayRanges: findDayRanges(text),
    clocks: findClocks(text),
    clockRanges: findClockRanges(text),
    partsOfDay: findPartsOfDay(text),
    weekdays: findWeekdays(text),
  };
}
