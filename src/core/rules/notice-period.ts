/**
 * GM017: an invitation goes out at least 03 working days before the meeting
 * (QĐ 45/2018/QĐ-TTg; offices may ask for more through `minWorkingDays`).
 * Working days skip weekends and public holidays (BLLĐ 2019, Điều 111–112).
 */
import { workingDaysBetween } from '../calendar/days-off';
import { compareDates, parseIsoDate, shortDate } from '../calendar/dates';
import type { NamesOf } from '../model/problem';
import { defineRule } from './define';
import { meetingStarts } from './meeting-starts';
import type { RuleContext } from './rule';
import { problemAt, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  noticeTooShort: 'GM017',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

function check({ parsed, invitation, options }: RuleContext): Found[] {
  const issued = invitation?.ngay === undefined ? undefined : parseIsoDate(invitation.ngay);
  // A month-only date cannot be counted from; an urgency mark (khẩn…) signals an ad-hoc meeting, which is exempt.
  if (!invitation || !issued || invitation.do_khan) return [];
  const first = meetingStarts(parsed, invitation)
    .filter((s) => compareDates(s.date, issued) >= 0)
    .sort((a, b) => compareDates(a.date, b.date))[0];
  if (!first) return [];
  // "Gửi trước ít nhất 03 ngày làm việc": sent on Monday for a Thursday meeting is on time
  // (Mon, Tue, Wed), so the day of issue counts and the meeting day does not.
  const days = workingDaysBetween(issued, first.date, options.extraDaysOff);
  if (days >= options.minWorkingDays) return [];
  return [
    problemAt(parsed.source, first.span[0], first.span[1], {
      code: CODES.noticeTooShort,
      message: say('rules.noticeTooShort.message', {
        issued: shortDate(issued),
        firstDay: shortDate(first.date),
        days,
        minWorkingDays: options.minWorkingDays,
      }),
    }),
  ];
}

/** GM017: enough working days of notice. */
export const noticePeriodRule = defineRule({
  codes: CODES,
  docs: {
    noticeTooShort: {
      severity: 'warning',
      locator: 'QĐ 45/2018/QĐ-TTg (giấy mời gửi trước ít nhất 03 ngày làm việc, trừ họp đột xuất)',
      title: say('rules.noticeTooShort.title'),
      checks: say('rules.noticeTooShort.checks'),
      why: say('rules.noticeTooShort.why'),
      wrong: 'ngay: 2024-05-15\nthoi_gian: { bat_dau: 2024-05-17 14:00 }',
      right: 'ngay: 2024-05-10\nthoi_gian: { bat_dau: 2024-05-17 14:00 }',
      options: [
        { key: 'so_ngay_lam_viec', doc: say('rules.noticeTooShort.option.so_ngay_lam_viec') },
        { key: 'ngay_nghi_them', doc: say('rules.noticeTooShort.option.ngay_nghi_them') },
      ],
    },
  },
  check,
});
