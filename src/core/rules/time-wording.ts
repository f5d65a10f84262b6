/**
 * GM053, GM054: a slot's `nguyen_van` is printed instead of the derived
 * wording, while `bat_dau`/`ket_thuc` stay the facts every date rule checks
 * (notice days, working days, hours). The invitee reads only the wording, so
 * each date, hour and weekday it writes must be one of the slot's (GM053),
 * and it must state the day at all (GM054). A weekday that disagrees with a
 * date written beside it is GM015's, not reported twice.
 */
import {
  clockText,
  isoDate,
  parseIsoDateTime,
  shortDate,
  weekday,
  WEEKDAYS_EN,
  WEEKDAYS_VI,
  type CivilDate,
  type CivilDateTime,
  type ClockMention,
  type TimeMentions,
} from '../calendar';
import { slotEnd } from '../layout/derive';
import type { Localized, NamesOf, RuleCode } from '../model/problem';
import type { TimeSlot } from '../schema/schema';
import type { StringValue } from '../source/source-map';
import { defineRule } from './define';
import { meetingSlots } from './meeting-slots';
import type { RuleContext } from './rule';
import { problemAt, scalarAt, type Found } from './support';
import { timesIn } from './times-in-text';
import { pairWeekdays } from './weekday-in-text';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  timeWordingDisagrees: 'GM053',
  timeWordingNoDate: 'GM054',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

const LOCATOR = 'QĐ 45/2018/QĐ-TTg (giấy mời nêu thời gian họp); NĐ 30/2020, PL III Mẫu 1.7';

/** A span of the wording that states another date, hour or weekday than the slot's. */
interface Disagreement {
  readonly start: number;
  readonly end: number;
  readonly message: Localized;
}

/** The slot's start and end (when given): the only days and hours its wording may state. */
function momentsOf(slot: TimeSlot): CivilDateTime[] | undefined {
  const start = parseIsoDateTime(slot.bat_dau);
  if (!start) return undefined;
  const end = slotEnd(slot, start);
  return end ? [start, end] : [start];
}

const sameDay = (a: CivilDate, b: CivilDate) => isoDate(a) === isoDate(b);
const facts = (moments: readonly CivilDateTime[], show: (m: CivilDateTime) => string) =>
  [...new Set(moments.map(show))].join(' – ');

/** "2 giờ chiều" is 14:00: a written part of the day after noon moves an hour below 12. */
function clockAgrees(clock: ClockMention, moment: CivilDateTime): boolean {
  const late = clock.partOfDay !== undefined && clock.hour < 12 && clock.partOfDay.part !== 'sáng';
  const hours = late ? [clock.hour, clock.hour + 12] : [clock.hour];
  return clock.minute === moment.minute && hours.includes(moment.hour);
}

function wrongDates(wording: string, times: TimeMentions, moments: readonly CivilDateTime[]): Disagreement[] {
  const days = times.dates.map((d) => ({ date: d as CivilDate, start: d.start, end: d.end }));
  for (const range of times.dayRanges) {
    const number = /\d{1,2}/u.exec(wording.slice(range.start, range.last.start));
    const at = range.start + (number?.index ?? 0);
    if (number) days.push({ date: range.first, start: at, end: at + number[0].length });
  }
  const fact = facts(moments, shortDate);
  return days
    .filter(({ date }) => !moments.some((m) => sameDay(m, date)))
    .map(({ start, end }) => ({
      start,
      end,
      message: say('rules.timeWordingDisagrees.date', { written: wording.slice(start, end), fact }),
    }));
}

function wrongClocks(wording: string, times: TimeMentions, moments: readonly CivilDateTime[]): Disagreement[] {
  const fact = facts(moments, clockText);
  return times.clocks
    .filter((clock) => !moments.some((m) => clockAgrees(clock, m)))
    .map(({ start, end }) => ({
      start,
      end,
      message: say('rules.timeWordingDisagrees.hour', { written: wording.slice(start, end), fact }),
    }));
}

function wrongWeekdays(wording: string, times: TimeMentions, moments: readonly CivilDateTime[]): Disagreement[] {
  const gm015 = pairWeekdays(wording, moments[0]).filter((pair) => weekday(pair.date) !== pair.weekday.weekday);
  const days = [...new Set(moments.map(weekday))];
  const date = facts(moments, shortDate);
  return times.weekdays
    .filter((w) => !days.includes(w.weekday) && !gm015.some((pair) => pair.weekday.start === w.start))
    .map(({ start, end, text }) => ({
      start,
      end,
      message: say('rules.timeWordingDisagrees.weekday', {
        written: text,
        date,
        weekdayVi: days.map((d) => WEEKDAYS_VI[d]).join(' – '),
        weekdayEn: days.map((d) => WEEKDAYS_EN[d]).join(' – '),
      }),
    }));
}

/** Every date, hour and weekday `wording` writes that is not one of `moments` (the slot's start and end), in text order. */
function wordingDisagreements(wording: string, moments: readonly CivilDateTime[]): Disagreement[] {
  const times = timesIn(wording, moments[0]);
  return [
    ...wrongDates(wording, times, moments),
    ...wrongClocks(wording, times, moments),
    ...wrongWeekdays(wording, times, moments),
  ].sort((a, b) => a.start - b.start);
}

/** True when `wording` writes no day at all (no date, no range of days). */
function statesNoDay(wording: string, start: CivilDateTime): boolean {
  const times = timesIn(wording, start);
  return times.dates.length === 0 && times.dayRanges.length === 0;
}

/** The slot's problems; none when `bat_dau` cannot be read (GM014 or a merge field: nothing to compare with). */
function checkSlot(context: RuleContext, slot: TimeSlot, value: StringValue): Found[] {
  const moments = momentsOf(slot);
  if (!moments) return [];
  const at = (from: number, to: number, code: RuleCode, message: Localized) =>
    problemAt(context.parsed.source, value.offsetAt(from), value.offsetAt(to), { code, message });
  const found = wordingDisagreements(value.value, moments).map((d) =>
    at(d.start, d.end, CODES.timeWordingDisagrees, d.message),
  );
  if (!statesNoDay(value.value, moments[0])) return found;
  const message = say('rules.timeWordingNoDate.message', { fact: shortDate(moments[0]) });
  return [...found, at(0, value.value.length, CODES.timeWordingNoDate, message)];
}

/** GM053, GM054 over every slot that gives its own wording. */
export const timeWordingRule = defineRule({
  codes: CODES,
  docs: {
    timeWordingDisagrees: {
      severity: 'error',
      locator: LOCATOR,
      title: say('rules.timeWordingDisagrees.title'),
      checks: say('rules.timeWordingDisagrees.checks'),
      why: say('rules.timeWordingDisagrees.why'),
      wrong: 'thoi_gian:\n  bat_dau: 2024-11-25 08:00\n  nguyen_van: 8h00, thứ Ba, ngày 26/11/2024.',
      right: 'thoi_gian:\n  bat_dau: 2024-11-25 08:00\n  nguyen_van: 8h00, thứ Hai, ngày 25/11/2024.',
    },
    timeWordingNoDate: {
      severity: 'warning',
      locator: LOCATOR,
      title: say('rules.timeWordingNoDate.title'),
      checks: say('rules.timeWordingNoDate.checks'),
      why: say('rules.timeWordingNoDate.why'),
      wrong: 'thoi_gian:\n  bat_dau: 2024-11-25 08:00\n  nguyen_van: Sáng thứ Hai tuần tới.',
      right: 'thoi_gian:\n  bat_dau: 2024-11-25 08:00\n  nguyen_van: 8 giờ 00 phút, thứ Hai, ngày 25/11/2024.',
    },
  },
  check: (context) =>
    context.invitation
      ? meetingSlots(context.invitation).flatMap(({ slot, path }) => {
          const value =
            slot.nguyen_van === undefined ? undefined : scalarAt(context.parsed.source, [...path, 'nguyen_van']);
          return value ? checkSlot(context, slot, value) : [];
        })
      : [],
});
