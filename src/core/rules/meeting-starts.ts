/**
 * The days on which the meeting starts, wherever the invitation states them:
 * each slot's `bat_dau`, real dates written in the time text, and, when
 * neither gives one, the sentence of the body that states the meeting
 * ("… vào lúc 14 giờ 00, ngày 20/4/2018 …").
 */
import { findMeeting, isRealDate, parseIsoDateTime, type CivilDate } from '../calendar';
import type { ParseResult } from '../parse/parse';
import type { Invitation } from '../schema/schema';
import type { StringValue } from '../source/source-map';
import { isUnder, meetingSlots, timeTextPaths } from './meeting-slots';
import { allStrings, nodeSpan } from './support';
import { timesIn } from './times-in-text';
import { referenceDate } from './reference-date';

/** A day the meeting starts, with what to underline. */
export interface MeetingStart {
  readonly date: CivilDate;
  /** Source offsets of what to underline: the `bat_dau` value or the date in the text. */
  readonly span: readonly [number, number];
  /** As written, for messages. */
  readonly written: string;
}

/** The keys whose text may state the meeting in a sentence (not the letterhead, signer or recipients). */
const PROSE_KEYS = new Set([
  'trich_yeu',
  'mo_dau',
  'kinh_moi',
  'loi_moi',
  'toi_du',
  'thoi_gian',
  'dia_diem',
  'phan',
  'muc',
  'loi_ket',
  'nguyen_van',
]);

function startAt(value: StringValue, from: number, to: number, date: CivilDate): MeetingStart {
  return { date, span: [value.offsetAt(from), value.offsetAt(to)], written: value.value.slice(from, to) };
}

/** Strings of the body that may state the meeting, in source order. */
export function proseStrings(parsed: ParseResult): StringValue[] {
  return allStrings(parsed.source).filter((value) => PROSE_KEYS.has(String(value.path[0])));
}

/** A meeting stated in a sentence of the body, and that sentence's text. */
export interface MeetingInProse extends MeetingStart {
  readonly sentence: string;
  /** True when the sentence gives the hour too (a date–time pair, not only a day). */
  readonly hasClock: boolean;
}

/** The meeting stated in a sentence of the body: its first day, underlined on its date. */
export function meetingInProse(parsed: ParseResult): MeetingInProse | undefined {
  const reference = referenceDate(parsed);
  for (const value of proseStrings(parsed)) {
    const meeting = findMeeting(value.value, timesIn(value.value, reference));
    if (meeting) {
      const sentence = value.value.slice(meeting.sentence[0], meeting.sentence[1]);
      const start = startAt(value, meeting.date.start, meeting.date.end, meeting.first);
      return { ...start, sentence, hasClock: meeting.clock !== undefined };
    }
  }
  return undefined;
}

/** Every stated start day, in source order. */
export function meetingStarts(parsed: ParseResult, invitation: Invitation): MeetingStart[] {
  const fromSlots = meetingSlots(invitation).flatMap(({ slot, path }): MeetingStart[] => {
    const start = parseIsoDateTime(slot.bat_dau);
    const span = nodeSpan(parsed.source, [...path, 'bat_dau']);
    return start && span ? [{ date: start, span, written: slot.bat_dau }] : [];
  });
  const prefixes = timeTextPaths(invitation);
  const fromText = allStrings(parsed.source)
    .filter((value) => isUnder(value.path, prefixes))
    .flatMap((value) =>
      timesIn(value.value)
        .dates.filter((d) => !d.yearInferred && isRealDate(d.year, d.month, d.day))
        .map((d) => startAt(value, d.start, d.end, d)),
    );
  const stated = [...fromSlots, ...fromText].sort((a, b) => a.span[0] - b.span[0]);
  const inProse = stated.length === 0 ? meetingInProse(parsed) : undefined;
  return inProse ? [inProse] : stated;
}
