/**
 * The signature block: a prefix (TM., KT., TL., TUQ., Q.) names whose
 * authority is used, so it needs `chuc_vu_thay` (NĐ 30/2020, Điều 13;
 * PL I-P.I-M.II-k.7-b); KT. is signed by a deputy; no academic titles before
 * the name (PL I-P.I-M.II-k.7-c).
 */
import type { NamesOf } from '../model/problem';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { nodeSpan, problemAt, replaceFix, sameInSource, scalarAt, type Found } from './support';
import { say } from '../messages';
import { signsAsCollective } from './signer-name';

/** The codes this rule reports, by name. */
const CODES = {
  quyenHanWithoutChucVuThay: 'GM022',
  chucVuNotDeputy: 'GM023',
  hoTenWithAcademicTitle: 'GM028',
  chucVuMissing: 'GM033',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** GM022: "TL." alone says nothing; "TL. CHỦ TỊCH" needs `chuc_vu_thay: CHỦ TỊCH`. */
function needsThay({ parsed, invitation }: RuleContext): Found[] {
  const signer = invitation?.nguoi_ky;
  if (!signer?.quyen_han || signer.chuc_vu_thay) return [];
  const span = nodeSpan(parsed.source, ['nguoi_ky', 'quyen_han']);
  if (!span) return [];
  const example = signer.quyen_han === 'TM' ? 'ỦY BAN NHÂN DÂN' : 'CHỦ TỊCH';
  return [
    problemAt(parsed.source, span[0], span[1], {
      code: CODES.quyenHanWithoutChucVuThay,
      message: say('rules.quyenHanWithoutChucVuThay.message', { quyen_han: signer.quyen_han, example }),
    }),
  ];
}

/** KT. is signed by a deputy: "PHÓ …", a deputy minister ("THỨ TRƯỞNG"), or one put in charge ("PHỤ TRÁCH"). */
const DEPUTY = /^(PHÓ|THỨ TRƯỞNG)|PHỤ TRÁCH/u;

/** GM023: KT. with a title that is not a deputy's. */
function kyThayDeputy({ parsed, invitation }: RuleContext): Found[] {
  const signer = invitation?.nguoi_ky;
  if (signer?.quyen_han !== 'KT' || DEPUTY.test((signer.chuc_vu ?? '').trim().toLocaleUpperCase('vi'))) return [];
  const span = nodeSpan(parsed.source, ['nguoi_ky', 'chuc_vu']);
  if (!span) return [];
  return [
    problemAt(parsed.source, span[0], span[1], {
      code: CODES.chucVuNotDeputy,
      message: say('rules.chucVuNotDeputy.message'),
    }),
  ];
}

/**
 * GM033: only "Q. GIÁM ĐỐC" says the title in its authority line; everyone else prints a title,
 * but a collective that signs with no person ("TM. BAN TỔ CHỨC") has neither (signer-name.ts).
 */
function titleMissing({ parsed, invitation }: RuleContext): Found[] {
  const signer = invitation?.nguoi_ky;
  if (!signer || signer.chuc_vu || signer.quyen_han === 'Q') return [];
  if (signer.ho_ten === undefined && signsAsCollective(signer)) return [];
  const range = parsed.source.keyRange(['nguoi_ky']);
  if (!range) return [];
  return [
    {
      code: CODES.chucVuMissing,
      range,
      message: say('rules.chucVuMissing.message'),
    },
  ];
}

/** Học hàm, học vị and professional titles written before a name, with or without dots. */
const TITLE_WORDS =
  '(?:GS|PGS|TS|TSKH|ThS|Th\\.S|KS|BS|BSCKI{1,2}|DS|LS|NCS|Giáo\\s+sư|Phó\\s+Giáo\\s+sư|Tiến\\s+sĩ|Thạc\\s+sĩ|Kỹ\\s+sư|Bác\\s+sĩ)';
const TITLES = new RegExp(`^(?:${TITLE_WORDS}\\.?\\s*(?:[,.]\\s*)?)*${TITLE_WORDS}(?:\\.\\s*|\\s+)(?=\\p{Lu})`, 'u');

/** GM028: "TS. Nguyễn Văn A" → "Nguyễn Văn A". */
function academicTitle({ parsed, invitation }: RuleContext): Found[] {
  if (!invitation) return [];
  const name = scalarAt(parsed.source, ['nguoi_ky', 'ho_ten']);
  const title = name && TITLES.exec(name.value)?.[0];
  if (!name || !title) return [];
  const [start, end] = [name.offsetAt(0), name.offsetAt(title.length)];
  return [
    problemAt(parsed.source, start, end, {
      code: CODES.hoTenWithAcademicTitle,
      message: say('rules.hoTenWithAcademicTitle.message', { title: title.trim() }),
      fixes: sameInSource(parsed.source, name, 0, title.length)
        ? [replaceFix(parsed.source, say('rules.hoTenWithAcademicTitle.fix', { title: title.trim() }), start, end, '')]
        : undefined,
    }),
  ];
}

/** GM022, GM023, GM028, GM033: the signature block. */
export const signerRule = defineRule({
  codes: CODES,
  docs: {
    quyenHanWithoutChucVuThay: {
      severity: 'error',
      locator: 'NĐ 30/2020, Điều 13; PL I-P.I-M.II-k.7-b',
      title: say('rules.quyenHanWithoutChucVuThay.title'),
      checks: say('rules.quyenHanWithoutChucVuThay.checks'),
      why: say('rules.quyenHanWithoutChucVuThay.why'),
      wrong: 'nguoi_ky: { quyen_han: KT, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Lê Văn Bình }',
      right: 'nguoi_ky: { quyen_han: KT, chuc_vu_thay: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Lê Văn Bình }',
    },
    chucVuNotDeputy: {
      severity: 'warning',
      locator: 'NĐ 30/2020, Điều 13 k.1',
      title: say('rules.chucVuNotDeputy.title'),
      checks: say('rules.chucVuNotDeputy.checks'),
      why: say('rules.chucVuNotDeputy.why'),
      wrong: 'quyen_han: KT\nchuc_vu_thay: CHỦ TỊCH\nchuc_vu: CHỦ TỊCH',
      right: 'quyen_han: KT\nchuc_vu_thay: CHỦ TỊCH\nchuc_vu: PHÓ CHỦ TỊCH',
    },
    hoTenWithAcademicTitle: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-c',
      title: say('rules.hoTenWithAcademicTitle.title'),
      checks: say('rules.hoTenWithAcademicTitle.checks'),
      why: say('rules.hoTenWithAcademicTitle.why'),
      wrong: 'ho_ten: TS. Nguyễn Văn An',
      right: 'ho_ten: Nguyễn Văn An',
    },
    chucVuMissing: {
      severity: 'error',
      locator: 'NĐ 30/2020, Điều 13; PL I-P.I-M.II-k.7-b',
      title: say('rules.chucVuMissing.title'),
      checks: say('rules.chucVuMissing.checks'),
      why: say('rules.chucVuMissing.why'),
      wrong: 'nguoi_ky: { ho_ten: Lê Văn Bình }',
      right: 'nguoi_ky: { chuc_vu: CHỦ TỊCH, ho_ten: Lê Văn Bình }',
    },
  },
  check: (context) => [
    ...needsThay(context),
    ...kyThayDeputy(context),
    ...academicTitle(context),
    ...titleMissing(context),
  ],
});
