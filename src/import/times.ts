/**
 * Meeting times back to facts. A time is turned into a slot only when the
 * derived text of that slot is exactly what the document says (its weekday
 * aside): then nothing changes in print, and a wrong weekday is corrected
 * from the date and reported. Anything else stays free text, which the rules
 * still check (a weekday in free text is compared with its date).
 */
import { findMeeting, isRealDate, pad2, readTimes } from '../core/calendar';
import { slotLine, slotText } from '../core/layout';
import type { TimeSlot } from '../core/check';

export interface ReadSlot {
  readonly slot: TimeSlot;
  /** The weekday the document wrote when it disagrees with the date. */
  readonly wrongWeekday?: { written: string; actual: string };
}

const CLOCK = /(\d{1,2}) giờ (\d{2}) phút/g;
const DATE = /ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/g;

/** "Từ 8 giờ 00 phút đến 11 giờ 30 phút, ngày 25/11/2024 (thứ Hai)." → a slot, or undefined. */
export function readSlot(text: string, withNote = false): ReadSlot | undefined {
  const note = withNote ? /^([^:]{1,60}): (từ .*)$/u.exec(text) : null;
  const body = note ? note[2] : text;
  const slot = slotFrom(body, note?.[1]);
  if (!slot) return undefined;
  const derived = withNote ? slotLine(slot) : slotText(slot);
  if (comparable(derived) !== comparable(text)) return undefined;
  const written = weekdaysIn(text);
  const actual = weekdaysIn(derived);
  return written.join() === actual.join()
    ? { slot }
    : { slot, wrongWeekday: { written: written.join(', '), actual: actual.join(', ') } };
}

function slotFrom(text: string, note: string | undefined): TimeSlot | undefined {
  const clocks = [...text.matchAll(CLOCK)].map((m) => `${pad2(Number(m[1]))}:${m[2]}`);
  const dates = [...text.matchAll(DATE)].map((m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }));
  if (clocks.length === 0 || clocks.length > 2 || dates.length === 0 || dates.length > clocks.length) return undefined;
  if (!dates.every((d) => isRealDate(d.year, d.month, d.day))) return undefined;
  const iso = (d: { day: number; month: number; year: number }) => `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
  const start = `${iso(dates[0])} ${clocks[0]}`;
  const end = clocks.length === 2 ? (dates.length === 2 ? `${iso(dates[1])} ${clocks[1]}` : clocks[1]) : undefined;
  return { bat_dau: start, ...(end ? { ket_thuc: end } : {}), ...(note ? { ghi_chu: note } : {}) };
}

/** Case, the weekday's words and the closing punctuation do not matter for "the same text". */
function comparable(text: string): string {
  return text
    .replace(/\((thứ [^)]*|chủ nhật)\)/giu, '(W)')
    .replace(/[\s.;]+$/u, '')
    .toLocaleLowerCase('vi');
}

function weekdaysIn(text: string): string[] {
  return [...text.matchAll(/\((thứ [^)]*|chủ nhật)\)/giu)].map((m) => m[1].toLocaleLowerCase('vi'));
}

/**
 * The meeting's start (and end hour) in a time written in prose — "8h00, thứ Hai, ngày 25/11/2024",
 * "8 giờ 00 phút, ngày 25/11/2024 (thứ Hai)" — as the core's reader of times finds it.
 */
export function startInProse(text: string): TimeSlot | undefined {
  const sentence = `Thời gian: ${text}`; // the words that introduce a meeting's time, as the label printed them
  const times = readTimes(sentence);
  const meeting = findMeeting(sentence, times);
  if (!meeting?.clock || meeting.date.yearInferred) return undefined;
  const { first, last, clock } = meeting;
  const range = times.clockRanges.find((r) => r.from.start === clock.start);
  const iso = (d: { year: number; month: number; day: number }) => `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
  const at = (c: { hour: number; minute: number }) => `${pad2(c.hour)}:${pad2(c.minute)}`;
  const sameDay = iso(first) === iso(last);
  const end = range ? (sameDay ? at(range.to) : `${iso(last)} ${at(range.to)}`) : undefined;
  return { bat_dau: `${iso(first)} ${at(clock)}`, ...(end ? { ket_thuc: end } : {}) };
}
