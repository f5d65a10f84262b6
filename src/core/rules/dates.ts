/**
 * Dates that cannot be: "2024-02-31", month 13, "25:00", "31/2/2024" or
 * "25 giờ 00" in the text (GM014); an end before its start (GM018); and the month-only date of a
 * draft, reported as information (GM013).
 */
import { parseClock, parseIsoDate, parseIsoDateTime, parseIsoMonth, type CivilDateTime } from '../calendar/dates';
import type { NamesOf } from '../model/problem';
import { documentName } from '../schema/document-types';
import { defineRule } from './define';
import { impossibleInText } from './impossible-in-text';
import { meetingSlots, type SlotAt } from './meeting-slots';
import type { RuleContext } from './rule';
import { keySpan, nodeSpan, problemAt, type Found } from './support';
import type { YamlPath } from '../source/source-map';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  ngayWithoutDay: 'GM013',
  dateImpossible: 'GM014',
  ketThucBeforeBatDau: 'GM018',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

function impossible(context: RuleContext, path: YamlPath, written: string): Found[] {
  const span = nodeSpan(context.parsed.source, path);
  if (!span) return [];
  return [
    problemAt(context.parsed.source, span[0], span[1], {
      code: CODES.dateImpossible,
      message: say('rules.dateImpossible.field', { written }),
    }),
  ];
}

/** GM014 on the typed fields: `ngay`, `bat_dau`, `ket_thuc`. */
function impossibleFields(context: RuleContext): Found[] {
  const invitation = context.invitation;
  if (!invitation) return [];
  const problems: Found[] = [];
  const ngay = invitation.ngay;
  if (ngay !== undefined && !parseIsoDate(ngay) && !(ngay.length === 7 && parseIsoMonth(ngay)))
    problems.push(...impossible(context, ['ngay'], ngay));
  for (const { slot, path } of meetingSlots(invitation)) {
    if (!parseIsoDateTime(slot.bat_dau)) problems.push(...impossible(context, [...path, 'bat_dau'], slot.bat_dau));
    const end = slot.ket_thuc;
    if (end !== undefined && !parseIsoDateTime(end) && !parseClock(end))
      problems.push(...impossible(context, [...path, 'ket_thuc'], end));
  }
  return problems;
}

function slotEnd(slot: SlotAt['slot'], start: CivilDateTime): CivilDateTime | undefined {
  if (slot.ket_thuc === undefined) return undefined;
  const full = parseIsoDateTime(slot.ket_thuc);
  if (full) return full;
  const clock = parseClock(slot.ket_thuc);
  return clock ? { ...start, ...clock } : undefined;
}

const minutes = (t: CivilDateTime): number => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) / 60_000;

/** GM018: a slot that ends before it starts. */
function endBeforeStart(context: RuleContext): Found[] {
  if (!context.invitation) return [];
  return meetingSlots(context.invitation).flatMap(({ slot, path }) => {
    const start = parseIsoDateTime(slot.bat_dau);
    const end = start && slotEnd(slot, start);
    const span = nodeSpan(context.parsed.source, [...path, 'ket_thuc']);
    if (!start || !end || !span || minutes(end) >= minutes(start)) return [];
    return [
      problemAt(context.parsed.source, span[0], span[1], {
        code: CODES.ketThucBeforeBatDau,
        message: say('rules.ketThucBeforeBatDau.message', { ket_thuc: String(slot.ket_thuc), bat_dau: slot.bat_dau }),
      }),
    ];
  });
}

/** GM013: the day of signing is not known yet (`ngay: 2024-05`, or no `ngay`). */
function draftDay({ parsed, invitation }: RuleContext): Found[] {
  if (!invitation || (invitation.ngay !== undefined && invitation.ngay.length !== 7)) return [];
  if (invitation.ngay !== undefined && !parseIsoMonth(invitation.ngay)) return [];
  const span = invitation.ngay === undefined ? keySpan(parsed.source, ['co_quan']) : nodeSpan(parsed.source, ['ngay']);
  if (!span) return [];
  return [
    problemAt(parsed.source, span[0], span[1], {
      code: CODES.ngayWithoutDay,
      message: say('rules.ngayWithoutDay.message', { loai: documentName(invitation) }),
    }),
  ];
}

/** GM013, GM014, GM018: dates that are drafts, impossible, or out of order. */
export const datesRule = defineRule({
  codes: CODES,
  docs: {
    ngayWithoutDay: {
      severity: 'information',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.4-b',
      title: say('rules.ngayWithoutDay.title'),
      checks: say('rules.ngayWithoutDay.checks'),
      why: say('rules.ngayWithoutDay.why'),
      wrong: 'ngay: 2024-05',
      right: 'ngay: 2024-05-10',
    },
    dateImpossible: {
      severity: 'error',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.4-b',
      title: say('rules.dateImpossible.title'),
      checks: say('rules.dateImpossible.checks'),
      why: say('rules.dateImpossible.why'),
      wrong: 'thoi_gian: "8 giờ, ngày 31/02/2025"',
      right: 'thoi_gian: "8 giờ, ngày 28/02/2025"',
    },
    ketThucBeforeBatDau: {
      severity: 'error',
      locator: 'QĐ 45/2018/QĐ-TTg (nội dung, thời gian, địa điểm họp)',
      title: say('rules.ketThucBeforeBatDau.title'),
      checks: say('rules.ketThucBeforeBatDau.checks'),
      why: say('rules.ketThucBeforeBatDau.why'),
      wrong: 'thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "11:00" }',
      right: 'thoi_gian: { bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }',
    },
  },
  check: (context) => [
    ...draftDay(context),
    ...impossibleFields(context),
    ...impossibleInText(context, CODES.dateImpossible),
    ...endBeforeStart(context),
  ],
});
