/**
 * GM014 in free text: dates and clock times that cannot be, "31/2/2024",
 * "ngày 30 tháng 2 năm 2025", "25 giờ 00", "25h00", "14 giờ 75 phút".
 * A number of hours that is a duration ("trong 48 giờ") is left alone.
 */
import { isRealDate, type ClockMention, type DateMention } from '../calendar';
import type { Localized, RuleCode } from '../model/problem';
import type { StringValue } from '../source/source-map';
import type { RuleContext } from './rule';
import { allStrings, problemAt, type Found } from './support';
import { timesIn } from './times-in-text';
import { say } from '../messages';

/** A date that reads as one (day 1–31, month 1–12, or "ngày" before it) but does not exist. */
const isImpossibleDate = (d: DateMention): boolean =>
  !isRealDate(d.year, d.month, d.day) && ((d.day >= 1 && d.day <= 31 && d.month >= 1 && d.month <= 12) || d.saysNgay);

/** A time of day past 24:00 or with more than 59 minutes. */
export const isImpossibleClock = (c: ClockMention): boolean =>
  c.isClock && (c.hour > 24 || c.minute > 59 || (c.hour === 24 && c.minute > 0));

function dateMessage(written: string, d: DateMention): Localized {
  return say('rules.dateImpossible.inText', { written, month: d.month, year: d.year, day: d.day });
}

function inOneString(context: RuleContext, value: StringValue, code: RuleCode): Found[] {
  const times = timesIn(value.value);
  const found = [
    ...times.dates
      .filter(isImpossibleDate)
      .map((d) => ({ span: d, message: dateMessage(value.value.slice(d.start, d.end), d) })),
    ...times.clocks.filter(isImpossibleClock).map((c) => ({
      span: c,
      message: say('rules.dateImpossible.clockInText', { written: value.value.slice(c.start, c.end) }),
    })),
  ];
  return found
    .sort((a, b) => a.span.start - b.span.start)
    .map(({ span, message }) =>
      problemAt(context.parsed.source, value.offsetAt(span.start), value.offsetAt(span.end), { code, message }),
    );
}

/** The typed fields, checked as a whole by the field check ("2024-05-17 25:00"). */
const TYPED_FIELDS = new Set(['ngay', 'bat_dau', 'ket_thuc']);

/** GM014 over every string of the file but the typed fields, in text order. */
export function impossibleInText(context: RuleContext, code: RuleCode): Found[] {
  return allStrings(context.parsed.source)
    .filter((value) => !TYPED_FIELDS.has(String(value.path[value.path.length - 1])))
    .flatMap((value) => inOneString(context, value, code));
}
