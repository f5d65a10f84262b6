/**
 * GM017: an invitation goes out at least 03 working days before the meeting
 * (QĐ 45/2018/QĐ-TTg; offices may ask for more through `minWorkingDays`).
 * Working days skip weekends and public holidays (BLLĐ 2019, Điều 111–112).
 */
import { workingDaysBetween } from '../calendar/days-off';
import { compareDates, parseIsoDate, shortDate } from '../dates';
import type { NamesOf } from '../problem';
import { both, defineRule } from './define';
import { meetingStarts } from './meeting-starts';
import type { RuleContext } from './rule';
import { problemAt, type Found } from './support';

/** The codes this rule reports, by name. */
const CODES = {
  noticeTooShort: 'GM017',
} as const;
declare module '../problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

function check({ parsed, invitation, options }: RuleContext): Found[] {
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
    code: CODES.noticeTooShort,
    message: {
      vi: `Từ ngày ban hành (${shortDate(issued)}) đến ngày họp (${shortDate(first.date)}) chỉ có ${days} ngày làm việc; giấy mời cần gửi trước ít nhất ${options.minWorkingDays} ngày làm việc (trừ họp đột xuất: khi đó đặt \`do_khan\`).`,
      en: `Only ${days} working day(s) between the invitation (${shortDate(issued)}) and the meeting (${shortDate(first.date)}); at least ${options.minWorkingDays} are required (ad-hoc meetings excepted: set \`do_khan\`).`,
    },
  })];
}

/** GM017: enough working days of notice. */
export const noticePeriodRule = defineRule({
  codes: CODES,
  docs: {
    noticeTooShort: {
      severity: 'warning', locator: 'QĐ 45/2018/QĐ-TTg (giấy mời gửi trước ít nhất 03 ngày làm việc, trừ họp đột xuất)',
      title: both('Gửi giấy mời chưa đủ ngày làm việc', 'Too little notice'),
      checks: both('Từ ngày ký đến ngày họp có ít nhất 03 ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày lễ, tết và ngày nghỉ thêm của cơ quan); giấy mời có `do_khan` (họp đột xuất) được miễn.', 'At least 3 working days between signing and the meeting (weekends, holidays and office days off skipped); `do_khan` (ad-hoc) is exempt.'),
      why: both('Người được mời cần thời gian chuẩn bị tài liệu; quy chế của nhiều cơ quan đòi dài hơn 03 ngày.', 'Invitees need time to prepare; many offices ask for more than 3 days.'),
      wrong: 'ngay: 2024-05-15\nthoi_gian: { bat_dau: 2024-05-17 14:00 }', right: 'ngay: 2024-05-10\nthoi_gian: { bat_dau: 2024-05-17 14:00 }',
      options: [
        { key: 'so_ngay_lam_viec', doc: both('Số ngày làm việc tối thiểu (3–30, không dưới 3).', 'Minimum working days (3–30, never below 3).') },
        { key: 'ngay_nghi_them', doc: both('Danh sách ngày nghỉ thêm của cơ quan, `YYYY-MM-DD`.', 'Extra days off of the office, `YYYY-MM-DD`.') },
      ],
    },
  },
  check,
});
