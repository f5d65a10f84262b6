/**
 * GM016: the meeting cannot start before the invitation is dated; with a
 * month-only `ngay` (a draft) only an earlier month is certain to be wrong.
 */
import { compareDates, parseIsoDate, parseIsoMonth, shortDate } from '../calendar/dates';
import type { NamesOf } from '../model/problem';
import { defineRule } from './define';
import { meetingStarts, type MeetingStart } from './meeting-starts';
import type { RuleContext } from './rule';
import { problemAt, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  meetingBeforeIssue: 'GM016',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Invitations go out before the meeting: QĐ 45/2018 asks for 3 working days ahead. */

function isBeforeIssue(start: MeetingStart, ngay: string): boolean {
  const full = parseIsoDate(ngay);
  if (full) return compareDates(start.date, full) < 0;
  const month = parseIsoMonth(ngay);
  if (!month) return false;
  return start.date.year * 12 + start.date.month < month.year * 12 + month.month;
}

function check({ parsed, invitation }: RuleContext): Found[] {
  const ngay = invitation?.ngay;
  if (!invitation || ngay === undefined) return [];
  return meetingStarts(parsed, invitation)
    .filter((start) => isBeforeIssue(start, ngay))
    .map((start) =>
      problemAt(parsed.source, start.span[0], start.span[1], {
        code: CODES.meetingBeforeIssue,
        message: say('rules.meetingBeforeIssue.message', { start: shortDate(start.date), ngay }),
      }),
    );
}

/** GM016: the meeting does not start before the invitation is dated. */
export const meetingBeforeIssueRule = defineRule({
  codes: CODES,
  docs: {
    meetingBeforeIssue: {
      severity: 'error',
      locator: 'QĐ 45/2018/QĐ-TTg (gửi giấy mời trước ít nhất 03 ngày làm việc)',
      title: say('rules.meetingBeforeIssue.title'),
      checks: say('rules.meetingBeforeIssue.checks'),
      why: say('rules.meetingBeforeIssue.why'),
      wrong: 'ngay: 2024-05-20\nthoi_gian: { bat_dau: 2024-05-17 14:00 }',
      right: 'ngay: 2024-05-10\nthoi_gian: { bat_dau: 2024-05-17 14:00 }',
    },
  },
  check,
});
