/**
 * GM017: an invitation goes out at least 03 working days before the meeting
 * (QĐ 45/2018/QĐ-TTg; offices may ask for more through `minWorkingDays`).
 * Working days skip weekends and public holidays (BLLĐ 2019, Điều 111–112).
 */
import { workingDaysBetween } from '../calendar/days-off';
import { compareDates, parseIsoDate, shortDate } from '../dates';
import type { Problem } from '../problem';
import { RULE_CODES } from './catalog';
import { meetingStarts } from './meeting-starts';
import type { Rule, RuleContext } from './rule';
import { problemAt } from './support';

const LOCATOR = 'QĐ 45/2018/QĐ-TTg (giấy mời gửi trước ít nhất 03 ngày làm việc, trừ họp đột xuất)';

function check({ parsed, invitation, options }: RuleContext): Problem[] {
  const issued = invitation?.ngay === undefined ? undefined : parseIsoDate(invitation.ngay);
  // A month-only date cannot be counted from; an urgency mark (khẩn…) signals an ad-hoc meeting, which is exempt.
  if (!invitation || !issued || invitation.do_khan) return [];
  const first = meetingStarts(parsed, invitation).filter((s) => compareDates(s.date, issued) >= 0).sort((a, b) => compareDates(a.date, b.date))[0];
  if (!first) return [];
  // "Gửi trước ít nhất 03 ngày làm việc": sent on Monday for a Thursday meeting is on time
  // (Mon, Tue, Wed), so the day of issue counts and the meeting day does not.
  const days = workingDaysBetween(issued, first.date, options.extraDaysOff);
  if (days >= options.minWorkingDays) return [];
  return [problemAt(parsed.source, first.span[0], first.span[1], {
    code: RULE_CODES.noticeTooShort,
    severity: 'warning',
    locator: LOCATOR,
    message: {
      vi: `Từ ngày ban hành (${shortDate(issued)}) đến ngày họp (${shortDate(first.date)}) chỉ có ${days} ngày làm việc; giấy mời cần gửi trước ít nhất ${options.minWorkingDays} ngày làm việc (trừ họp đột xuất: khi đó đặt \`do_khan\`).`,
      en: `Only ${days} working day(s) between the invitation (${shortDate(issued)}) and the meeting (${shortDate(first.date)}); at least ${options.minWorkingDays} are required (ad-hoc meetings excepted: set \`do_khan\`).`,
    },
  })];
}

/** GM017: enough working days of notice. */
export const noticePeriodRule: Rule = { codes: [RULE_CODES.noticeTooShort], check };
