/**
 * GM038: the invitation is dated, gives no meeting time the tool can read
 * (no `thoi_gian`, no "Thời gian" section, no sentence such as "… vào lúc 14
 * giờ 00, ngày 20/4/2018 …"), yet its body writes dates: the tool cannot
 * tell which is the meeting, so GM016 and GM017 cannot run. It says so once
 * rather than guessing.
 */
import { eventDates, parseIsoDate } from '../calendar';
import type { NamesOf } from '../model/problem';
import { defineRule } from './define';
import { meetingStarts, proseStrings } from './meeting-starts';
import { referenceDate } from './reference-date';
import type { RuleContext } from './rule';
import { problemAt, type Found } from './support';
import { timesIn } from './times-in-text';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  meetingDateUnclear: 'GM038',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

function check({ parsed, invitation }: RuleContext): Found[] {
  if (!invitation?.ngay || !parseIsoDate(invitation.ngay) || meetingStarts(parsed, invitation).length > 0) return [];
  const reference = referenceDate(parsed);
  for (const value of proseStrings(parsed)) {
    const [first] = eventDates(value.value, timesIn(value.value, reference).dates);
    if (!first) continue;
    const written = value.value.slice(first.start, first.end);
    return [
      problemAt(parsed.source, value.offsetAt(first.start), value.offsetAt(first.end), {
        code: CODES.meetingDateUnclear,
        message: say('rules.meetingDateUnclear.message', { written }),
      }),
    ];
  }
  return [];
}

/** GM038: say once that the meeting's date could not be told. */
export const meetingUnclearRule = defineRule({
  codes: CODES,
  docs: {
    meetingDateUnclear: {
      severity: 'information',
      locator: 'QĐ 45/2018/QĐ-TTg (giấy mời nêu thời gian họp)',
      title: say('rules.meetingDateUnclear.title'),
      checks: say('rules.meetingDateUnclear.checks'),
      why: say('rules.meetingDateUnclear.why'),
      wrong: 'mo_dau: Năm 2018, xã đã hoàn thành kế hoạch ngày 20/4/2018.',
      right: 'thoi_gian: { bat_dau: 2018-04-20 14:00 }',
    },
  },
  check,
});
