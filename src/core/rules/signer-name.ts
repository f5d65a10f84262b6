/**
 * The signer's name (ô 7b). Decree 30's models put "Họ và tên" under every
 * signature (NĐ 30/2020, PL I-P.I-M.II-k.7-b; PL III, Mẫu 1.4, 1.6, 1.7), and a
 * collective body is signed for by its head, named (Điều 13 k.2). A body outside
 * the state administration (a free `ten_loai`) may sign as a collective alone,
 * "TM. BAN TỔ CHỨC", with no person: that is allowed without a word. GM051: no
 * name and no collective; GM052: a collective without a name on a Decree 30 type.
 */
import type { NamesOf } from '../model/problem';
import type { Signer } from '../schema/schema';
import { documentType } from '../schema/document-types';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import type { Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  hoTenMissing: 'GM051',
  collectiveWithoutName: 'GM052',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Signing for a collective body: "TM. …" (thay mặt), NĐ 30/2020, Điều 13 k.2. */
export const signsAsCollective = (signer: Signer): boolean => Boolean(signer.thay_mat) || signer.quyen_han === 'TM';

function nameMissing({ parsed, invitation }: RuleContext): Found[] {
  const signer = invitation?.nguoi_ky;
  if (!signer || signer.ho_ten !== undefined) return [];
  const range = parsed.source.keyRange(['nguoi_ky']);
  if (!range) return [];
  if (!signsAsCollective(signer))
    return [{ code: CODES.hoTenMissing, range, message: say('rules.hoTenMissing.message') }];
  if (documentType(invitation).key === 'tu_do') return [];
  return [{ code: CODES.collectiveWithoutName, range, message: say('rules.collectiveWithoutName.message') }];
}

/** GM051, GM052: a signature without a person's name. */
export const signerNameRule = defineRule({
  codes: CODES,
  docs: {
    hoTenMissing: {
      severity: 'error',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-b',
      title: say('rules.hoTenMissing.title'),
      checks: say('rules.hoTenMissing.checks'),
      why: say('rules.hoTenMissing.why'),
      wrong: 'nguoi_ky: { chuc_vu: CHỦ TỊCH }',
      right: 'nguoi_ky: { chuc_vu: CHỦ TỊCH, ho_ten: Lê Văn Bình }',
    },
    collectiveWithoutName: {
      severity: 'warning',
      locator: 'NĐ 30/2020, Điều 13 k.2; PL I-P.I-M.II-k.7-b',
      title: say('rules.collectiveWithoutName.title'),
      checks: say('rules.collectiveWithoutName.checks'),
      why: say('rules.collectiveWithoutName.why'),
      wrong: 'ten_loai: giay_moi\nnguoi_ky: { thay_mat: BAN TỔ CHỨC }',
      right: 'ten_loai: Thư mời\nnguoi_ky: { thay_mat: BAN TỔ CHỨC }',
    },
  },
  check: nameMissing,
});
