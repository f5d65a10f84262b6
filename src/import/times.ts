/**
 * Meeting times back to facts, read with the core's reader of times. A time
 * whose words are exactly the derived text of a slot (its weekday aside)
 * becomes that slot: nothing changes in print, and a wrong weekday is
 * corrected from the date and reported. A time written otherwise that names
 * one slot ("8h00, thứ Hai, ngày 25/11/2024") becomes the slot with its
 * words kept as `nguyen_van`, printed as written. Anything else stays free
 * text, which the rules still check.
 */
import {
  findMeeting,
  hourFitsPart,
  isoDate,
  isRealDate,
  pad2,
  readTimes,
  type ClockMention,
  type DateMention,
  type TimeMentions,
} from '../core/calendar';
import { slotLine, slotText } from '../core/layout';
import type { TimeSlot } from '../core/check';

export interface ReadSlot {
  readonly slot: TimeSlot;
  /** The weekday the document wrote when it disagrees with the date. */
  readonly wrongWeekday?: { written: string; actual: string };
}

/** "Buổi sáng: từ 8 giờ …": a slot's note before its derived wording (structure, not time). */
const NOTE = /^([^:]{1,60}): (từ .*)$/u;

/** "Từ 8 giờ 00 phút đến 11 giờ 30 phút, ngày 25/11/2024 (thứ Hai)." → a slot, or undefined. */
export function readSlot(text: string, withNote = false): ReadSlot | undefined {
  if (text.includes('*')) return undefined; // emphasis inside a time: kept as text, with its markup
  return derivedSlot(text, withNote) ?? wordedSlot(text);
}

/** The slot whose derived line is `text`, its weekday corrected when the document wrote another. */
function derivedSlot(text: string, withNote: boolean): ReadSlot | undefined {
  const note = withNote ? NOTE.exec(text) : null;
  const facts = slotIn(note ? note[2] : text);
  if (!facts) return undefined;
  const slot = note ? { ...facts, ghi_chu: note[1] } : facts;
  const derived = withNote ? slotLine(slot) : slotText(slot);
  if (comparable(derived) !== comparable(text)) return undefined;
  const written = weekdaysIn(text);
  const actual = weekdaysIn(derived);
  return written.join() === actual.join()
    ? { slot }
    : { slot, wrongWeekday: { written: written.join(', '), actual: actual.join(', ') } };
}

/** The slot a time written in other words names, its words kept to be printed as written. */
function wordedSlot(text: string): ReadSlot | undefined {
  const facts = slotIn(text);
  return facts ? { slot: { ...facts, nguyen_van: text } } : undefined;
}

const at = (c: ClockMention) => `${pad2(c.hour)}:${pad2(c.minute)}`;

/**
 * The one slot every date and hour of `text` belongs to: one or two hours,
 * each date with its year and real, no more dates than hours (the first
 * date and hour start it, the second hour ends it, on the second date if
 * any); else undefined, so that a slot never drops a time the text states.
 */
function slotIn(text: string): TimeSlot | undefined {
  const times = readTimes(text);
  const { dates, clocks } = times;
  if (clocks.length === 0 || clocks.length > 2 || dates.length === 0 || dates.length > clocks.length) return undefined;
  if (!dates.every(isFullDate) || !clocks.every(isRealClock) || times.dayRanges.length > 0) return undefined;
  const start = `${isoDate(dates[0])} ${at(clocks[0])}`;
  const end = clocks[1] && (dates[1] ? `${isoDate(dates[1])} ${at(clocks[1])}` : at(clocks[1]));
  if (end && (end.length === 5 ? `${isoDate(dates[0])} ${end}` : end) <= start) return undefined;
  return { bat_dau: start, ...(end ? { ket_thuc: end } : {}) };
}

const isFullDate = (d: DateMention) => !d.yearInferred && isRealDate(d.year, d.month, d.day);

/** A time of day as written on the 24-hour clock; "8 giờ tối" (20:00 or a mistake) is left as text. */
const isRealClock = (c: ClockMention) =>
  c.hour <= 23 && c.minute <= 59 && (!c.partOfDay || hourFitsPart(c.hour, c.minute, c.partOfDay.part));

/** Case, the weekdays' words and the closing punctuation do not matter for "the same text". */
function comparable(text: string): string {
  const { weekdays } = readTimes(text);
  const masked = weekdays.reduceRight((t, w) => `${t.slice(0, w.start)}W${t.slice(w.end)}`, text);
  return masked.replace(/[\s.;]+$/u, '').toLocaleLowerCase('vi');
}

function weekdaysIn(text: string): string[] {
  return readTimes(text).weekdays.map((w) => w.text.toLocaleLowerCase('vi'));
}

/**
 * The meeting's start (and end hour) in a time written in prose — "8h00, thứ Hai, ngày 25/11/2024",
 * "8 giờ 00 phút, ngày 25/11/2024 (thứ Hai)" — as the core's reader of times finds it.
 */
export function startInProse(text: string): TimeSlot | undefined {
  const sentence = `Thời gian: ${text}`; // the words that introduce a meeting's time, as the label printed them
  const times: TimeMentions = readTimes(sentence);
  const meeting = findMeeting(sentence, times);
  if (!meeting?.clock || meeting.date.yearInferred) return undefined;
  const { first, last, clock } = meeting;
  const range = times.clockRanges.find((r) => r.from.start === clock.start);
  const sameDay = isoDate(first) === isoDate(last);
  const end = range ? (sameDay ? at(range.to) : `${isoDate(last)} ${at(range.to)}`) : undefined;
  return { bat_dau: `${isoDate(first)} ${at(clock)}`, ...(end ? { ket_thuc: end } : {}) };
}
