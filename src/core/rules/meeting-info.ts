/**
 * What a meeting invitation must say (QĐ 45/2018/QĐ-TTg): who chairs and a
 * contact point. An invitation is to a meeting when it has the decree's
 * Mẫu 1.7 shape (`kinh_moi` / `toi_du`), or when it gives both a time and a
 * place, as keys (`thoi_gian`, `dia_diem`) or as sections titled "Thời gian"
 * and "Địa điểm" (the "1. Thành phần / 2. Thời gian / 3. Địa điểm" shape),
 * or in one sentence of the body ("… vào lúc 14 giờ 00, ngày 20/4/2018 tại
 * Hội trường …", issue 26).
 */
import { headedEntries } from '../schema/body-entries';
import { documentName } from '../schema/document-types';
import type { NamesOf, RuleCode } from '../model/problem';
import type { Invitation } from '../schema/schema';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import type { YamlPath } from '../source/source-map';
import { meetingInProse } from './meeting-starts';
import { allStrings, keySpan, nodeSpan, problemAt, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  chuTriMissing: 'GM026',
  lienHeMissing: 'GM027',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

const LOCATOR = 'QĐ 45/2018/QĐ-TTg (giấy mời họp nêu người chủ trì, đầu mối liên hệ); NĐ 30/2020, PL III Mẫu 1.7';

const isModelShape = (invitation: Invitation): boolean =>
  invitation.kinh_moi !== undefined || invitation.toi_du !== undefined;

const TIME_TITLE = /^\s*thời\s+gian/iu;
const PLACE_TITLE = /^\s*địa\s+điểm/iu;

/** The path of the node that gives the meeting's time, if any: `thoi_gian`, or a section's. */
function timePath(invitation: Invitation): YamlPath | undefined {
  if (invitation.thoi_gian !== undefined) return ['thoi_gian'];
  const found = headedEntries(invitation).find(
    ({ entry }) => entry.thoi_gian !== undefined || TIME_TITLE.test(entry.tieu_de),
  );
  return found ? [...found.path, 'tieu_de'] : undefined;
}

const hasPlace = (invitation: Invitation): boolean =>
  invitation.dia_diem !== undefined || headedEntries(invitation).some(({ entry }) => PLACE_TITLE.test(entry.tieu_de));

/** "… vào lúc 14 giờ 00, ngày 20/4/2018, tại Hội trường …": a place named in the sentence. */
const PLACE_IN_SENTENCE = /(?<![\p{L}])tại(?![\p{L}])/iu;

/** The meeting stated only in a sentence of the body, with its hour and a place, and where its date is written. */
function meetingInSentence(context: RuleContext, invitation: Invitation): [number, number] | undefined {
  if (timePath(invitation) !== undefined) return undefined;
  const found = meetingInProse(context.parsed);
  const named = found?.hasClock && (hasPlace(invitation) || PLACE_IN_SENTENCE.test(found.sentence));
  return named ? [found.span[0], found.span[1]] : undefined;
}

/** True for an invitation to a meeting (see the module comment; README, "Cuộc họp"). */
export function isMeetingInvitation(invitation: Invitation): boolean {
  return isModelShape(invitation) || (timePath(invitation) !== undefined && hasPlace(invitation));
}

/** True when a section's title matches, or any text inside the sections does. */
function sectionsSay(context: RuleContext, pattern: RegExp): boolean {
  const titles = context.invitation
    ? headedEntries(context.invitation).some(({ entry }) => pattern.test(entry.tieu_de))
    : false;
  return (
    titles ||
    allStrings(context.parsed.source).some(
      (v) => (v.path[0] === 'muc' || v.path[0] === 'phan') && pattern.test(v.value),
    )
  );
}

/** Where the information is shown: the model's `toi_du`/`kinh_moi` key, else where the time is given. */
function anchor(context: RuleContext, invitation: Invitation): [number, number] | undefined {
  const source = context.parsed.source;
  const time = timePath(invitation);
  const timeSpan = time && (time[0] === 'muc' ? nodeSpan(source, time) : keySpan(source, time));
  return keySpan(source, ['toi_du']) ?? keySpan(source, ['kinh_moi']) ?? timeSpan;
}

/** What QĐ 45/2018 asks a meeting invitation to name, and where it may already be named. */
interface Wanted {
  readonly code: RuleCode;
  readonly field: 'chu_tri' | 'dau_moi_lien_he';
  readonly inSections: RegExp;
  readonly message: 'rules.chuTriMissing.message' | 'rules.lienHeMissing.message';
}

const WANTED: readonly Wanted[] = [
  {
    code: CODES.chuTriMissing, // GM026: no `chu_tri` and no section naming the chair
    field: 'chu_tri',
    inSections: /chủ\s+trì/iu,
    message: 'rules.chuTriMissing.message',
  },
  {
    code: CODES.lienHeMissing, // GM027: no `dau_moi_lien_he` and no section about contacts
    field: 'dau_moi_lien_he',
    inSections: /liên\s+hệ|đầu\s+mối/iu,
    message: 'rules.lienHeMissing.message',
  },
];

function missing(context: RuleContext, wanted: Wanted): Found[] {
  const invitation = context.invitation;
  if (!invitation || invitation[wanted.field] || sectionsSay(context, wanted.inSections)) return [];
  const inSentence = isMeetingInvitation(invitation) ? undefined : meetingInSentence(context, invitation);
  if (!isMeetingInvitation(invitation) && !inSentence) return [];
  const span = anchor(context, invitation) ?? inSentence;
  return span
    ? [
        problemAt(context.parsed.source, span[0], span[1], {
          code: wanted.code,
          message: say(wanted.message, { loai: documentName(invitation) }),
        }),
      ]
    : [];
}

/** GM026, GM027: chair and contact point of an invitation to a meeting. */
export const meetingInfoRule = defineRule({
  codes: CODES,
  docs: {
    chuTriMissing: {
      severity: 'information',
      locator: LOCATOR,
      title: say('rules.chuTriMissing.title'),
      checks: say('rules.chuTriMissing.checks'),
      why: say('rules.chuTriMissing.why'),
      wrong:
        'muc:\n  - { tieu_de: Thời gian, thoi_gian: { bat_dau: 2024-05-17 14:00 } }\n  - { tieu_de: Địa điểm, noi_dung: Hội trường UBND huyện. }',
      right: 'chu_tri: Đồng chí Lê Văn Bình, Phó Chủ tịch UBND huyện.',
    },
    lienHeMissing: {
      severity: 'information',
      locator: LOCATOR,
      title: say('rules.lienHeMissing.title'),
      checks: say('rules.lienHeMissing.checks'),
      why: say('rules.lienHeMissing.why'),
      wrong: '# không có dau_moi_lien_he',
      right: 'dau_moi_lien_he: { ho_ten: Hoàng Thị Lan, dien_thoai: 0912 000 111 }',
    },
  },
  check: (c) => WANTED.flatMap((wanted) => missing(c, wanted)),
});
