/**
 * GM019: a part of the day that contradicts its hour, "8 giờ tối", "20 giờ
 * sáng". Official texts write hours on the 24-hour clock ("14 giờ 00 phút",
 * NĐ 30/2020, PL I-P.I-M.II-k.4-b), so "8 giờ tối" says 8 in the morning
 * and in the evening at once: the invitee cannot tell which.
 */
import { hourFitsPart, partOfHour, type ClockMention } from '../calendar';
import type { NamesOf } from '../model/problem';
import type { StringValue } from '../source/source-map';
import { defineRule } from './define';
import { isImpossibleClock } from './impossible-in-text';
import type { RuleContext } from './rule';
import { allStrings, problemAt, type Found } from './support';
import { timesIn } from './times-in-text';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  partOfDayContradictsHour: 'GM019',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

const contradicts = (c: ClockMention): boolean =>
  c.partOfDay !== undefined && !isImpossibleClock(c) && !hourFitsPart(c.hour, c.minute, c.partOfDay.part);

function warn(context: RuleContext, value: StringValue, clock: ClockMention): Found {
  const end = clock.partOfDay?.end ?? clock.end;
  return problemAt(context.parsed.source, value.offsetAt(clock.start), value.offsetAt(end), {
    code: CODES.partOfDayContradictsHour,
    message: say('rules.partOfDayContradictsHour.message', {
      written: value.value.slice(clock.start, end),
      hour: clock.hour,
      actual: partOfHour(clock.hour),
      part: clock.partOfDay?.part ?? '',
    }),
  });
}

/** GM019 over every string of the file. */
export const partOfDayRule = defineRule({
  codes: CODES,
  docs: {
    partOfDayContradictsHour: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.4-b (giờ viết theo 24 giờ)',
      title: say('rules.partOfDayContradictsHour.title'),
      checks: say('rules.partOfDayContradictsHour.checks'),
      why: say('rules.partOfDayContradictsHour.why'),
      wrong: 'thoi_gian: "Từ 8 giờ tối, ngày 20/4/2022 (thứ Tư)."',
      right: 'thoi_gian: "Từ 20 giờ 00 phút, ngày 20/4/2022 (thứ Tư)."',
    },
  },
  check: (context) =>
    allStrings(context.parsed.source).flatMap((value) =>
      timesIn(value.value)
        .clocks.filter(contradicts)
        .map((clock) => warn(context, value, clock)),
    ),
});
