/**
 * The days on which the meeting starts, wherever the invitation states them:
 * each slot's `bat_dau`, and real dates written in the time text.
 */
import { parseIsoDateTime, isRealDate, type CivilDate } from '../calendar/dates';
import type { ParseResult } from '../parse/parse';
import type { Invitation } from '../schema/schema';
import { findDates } from '../text/date-mentions';
import { isUnder, meetingSlots, timeTextPaths } from './meeting-slots';
import { allStrings, nodeSpan } from './support';

/** A day the meeting starts, with what to underline. */
export interface MeetingStart {
  readonly date: CivilDate;
  /** Source offsets of what to underline: the `bat_dau` value or the date in the text. */
  readonly span: readonly [number, number];
  /** As written, for messages. */
  readonly written: string;
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
      findDates(value.value)
        .filter((d) => isRealDate(d.year, d.month, d.day))
        .map((d): MeetingStart => ({
          date: d,
          span: [value.offsetAt(d.start), value.offsetAt(d.end)],
          written: value.value.slice(d.start, d.end),
        })),
    );
  return [...fromSlots, ...fromText].sort((a, b) => a.span[0] - b.span[0]);
}
