/**
 * The "Giấy mời mới" template dated at insertion: the `giaymoi` snippet stays
 * the one template, but its meeting is put on the first day that leaves the
 * notice the rules ask for, so a new invitation starts without a GM017 warning.
 */
import { isWorkingDay, workingDaysBetween } from '../calendar/days-off';
import { dayNumber, fromDayNumber, isoDate, type CivilDate } from '../calendar/dates';

/** How the notice period is counted: the setting's working days and the office's own days off. */
export interface NoticeOptions {
  readonly minWorkingDays: number;
  readonly extraDaysOff: readonly string[];
}

/** Snippet syntax for "today" (VS Code variables), as the template writes its dates. */
const TODAY = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';

/**
 * The first working day on which a meeting is far enough from an invitation issued on `issued`
 * (QĐ 45/2018/QĐ-TTg: sent at least 03 working days before; the day of issue counts, the meeting day does not).
 */
export function firstMeetingDay(issued: CivilDate, notice: NoticeOptions): CivilDate {
  const start = dayNumber(issued);
  for (let n = start + 1; n < start + 3660; n += 1) {
    const day = fromDayNumber(n);
    const enough = workingDaysBetween(issued, day, notice.extraDaysOff) >= notice.minWorkingDays;
    if (enough && isWorkingDay(day, notice.extraDaysOff)) return day;
  }
  return fromDayNumber(start + 3660);
}

/** The template's body with `ngay` set to `today` and every meeting start (`bat_dau`) on the first day the notice allows. */
export function datedTemplate(body: string, today: CivilDate, notice: NoticeOptions): string {
  const meeting = isoDate(firstMeetingDay(today, notice));
  return body
    .split(TODAY)
    .join(isoDate(today))
    .replace(/(bat_dau: \$\{\d+:)\d{4}-\d{2}-\d{2}/g, `$1${meeting}`);
}
