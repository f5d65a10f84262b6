/**
 * What a meeting invitation must say (QĐ 45/2018/QĐ-TTg): who chairs and a
 * contact point. Checked only on invitations in the decree's Mẫu 1.7 shape
 * (`kinh_moi` / `toi_du`): free-form invitations such as the seed name the
 * chair and contacts inside their own sections, which cannot be read reliably.
 */
import { headedEntries } from '../body-entries';
import type { Localized, Problem } from '../problem';
import type { Invitation } from '../schema';
import { RULE_CODES } from './catalog';
import type { Rule, RuleContext } from './rule';
import { allStrings, keySpan, problemAt } from './support';

const LOCATOR = 'QĐ 45/2018/QĐ-TTg (giấy mời họp nêu người chủ trì, đầu mối liên hệ); NĐ 30/2020, PL III Mẫu 1.7';

const isModelShape = (invitation: Invitation): boolean => invitation.kinh_moi !== undefined || invitation.toi_du !== undefined;

/** True when a section's title matches, or any text inside the sections does. */
function sectionsSay(context: RuleContext, pattern: RegExp): boolean {
  const titles = context.invitation ? headedEntries(context.invitation).some(({ entry }) => pattern.test(entry.tieu_de)) : false;
  return titles || allStrings(context.parsed.source).some((v) => (v.path[0] === 'muc' || v.path[0] === 'phan') && pattern.test(v.value));
}

function anchor(context: RuleContext): [number, number] | undefined {
  return keySpan(context.parsed.source, ['toi_du']) ?? keySpan(context.parsed.source, ['kinh_moi']);
}

/** What QĐ 45/2018 asks a meeting invitation to name, and where it may already be named. */
interface Wanted {
  readonly code: string;
  readonly field: 'chu_tri' | 'dau_moi_lien_he';
  readonly inSections: RegExp;
  readonly message: Localized;
}

const WANTED: readonly Wanted[] = [
  {
    code: RULE_CODES.chuTriMissing, // GM026: no `chu_tri` and no section naming the chair
    field: 'chu_tri',
    inSections: /chủ\s+trì/iu,
    message: { vi: 'Giấy mời họp nên nêu người chủ trì: thêm `chu_tri` (Mẫu 1.7: "Chủ trì: …").', en: 'A meeting invitation should say who chairs: add `chu_tri`.' },
  },
  {
    code: RULE_CODES.contactMissing, // GM027: no `dau_moi_lien_he` and no section about contacts
    field: 'dau_moi_lien_he',
    inSections: /liên\s+hệ|đầu\s+mối/iu,
    message: { vi: 'Giấy mời họp nên có đầu mối liên hệ: thêm `dau_moi_lien_he` (họ tên, điện thoại).', en: 'A meeting invitation should give a contact point: add `dau_moi_lien_he`.' },
  },
];

function missing(context: RuleContext, wanted: Wanted): Problem[] {
  const invitation = context.invitation;
  if (!invitation || !isModelShape(invitation) || invitation[wanted.field] || sectionsSay(context, wanted.inSections)) return [];
  const span = anchor(context);
  return span ? [problemAt(context.parsed.source, span[0], span[1], { code: wanted.code, severity: 'information', locator: LOCATOR, message: wanted.message })] : [];
}

/** GM026, GM027: chair and contact point of a Mẫu 1.7 invitation. */
export const meetingInfoRule: Rule = { codes: [RULE_CODES.chuTriMissing, RULE_CODES.contactMissing], check: (c) => WANTED.flatMap((wanted) => missing(c, wanted)) };
