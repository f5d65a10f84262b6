/**
 * GM016: the meeting cannot start before the invitation is dated; with a
 * month-only `ngay` (a draft) only an earlier month is certain to be wrong.
 */
import { compareDates, parseIsoDate, parseIsoMonth, shortDate } from '../dates';
import type { Problem } from '../problem';
import { RULE_CODES } from './catalog';
import { meetingStarts, type MeetingStart } from './meeting-starts';
import type { Rule, RuleContext } from './rule';
import { problemAt } from './support';

/** Invitations go out before the meeting: QĐ 45/2018 asks for 3 working days ahead. */
const LOCATOR = 'QĐ 45/2018/QĐ-TTg (gửi giấy mời trước ít nhất 03 ngày làm việc)';

function isBeforeIssue(start: MeetingStart, ngay: string): boolean {
  const full = parseIsoDate(ngay);
  if (full) return compareDates(start.date, full) < 0;
  const month = parseIsoMonth(ngay);
  if (!month) return false;
  return start.date.year * 12 + start.date.month < month.year * 12 + month.month;
}

function check({ parsed, invitation }: RuleContext): Problem[] {
  const ngay = invitation?.ngay;
  if (!invitation || ngay === undefined) return [];
  return meetingStarts(parsed, invitation).filter((start) => isBeforeIssue(start, ngay)).map((start) => problemAt(parsed.source, start.span[0], start.span[1], {
    code: RULE_CODES.meetingBeforeIssue,
    severity: 'error',
    locator: LOCATOR,
    message: {
      vi: `Cuộc họp bắt đầu ngày ${shortDate(start.date)}, trước ngày ban hành giấy mời (${ngay}); sửa ngày họp hoặc \`ngay\`.`,
      en: `The meeting starts on ${shortDate(start.date)}, before the invitation's date (${ngay}); fix one of them.`,
    },
  }));
}

/** GM016: the meeting does not start before the invitation is dated. */
export const meetingBeforeIssueRule: Rule = { codes: [RULE_CODES.meetingBeforeIssue], check };
