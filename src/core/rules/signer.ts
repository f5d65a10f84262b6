/**
 * The signature block: a prefix (TM., KT., TL., TUQ., Q.) names whose
 * authority is used, so it needs `chuc_vu_thay` (NĐ 30/2020, Điều 13;
 * PL I-P.I-M.II-k.7-b); KT. is signed by a deputy; no academic titles before
 * the name (PL I-P.I-M.II-k.7-c).
 */
import type { NamesOf } from '../problem';
import { both, defineRule } from './define';
import type { RuleContext } from './rule';
import { nodeSpan, problemAt, replaceFix, sameInSource, scalarAt, type Found } from './support';

/** The codes this rule reports, by name. */
const CODES = {
  quyenHanWithoutChucVuThay: 'GM022',
  chucVuNotDeputy: 'GM023',
  hoTenWithAcademicTitle: 'GM028',
  chucVuMissing: 'GM033',
} as const;
declare module '../problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** GM022: "TL." alone says nothing; "TL. CHỦ TỊCH" needs `chuc_vu_thay: CHỦ TỊCH`. */
function needsThay({ parsed, invitation }: RuleContext): Found[] {
  const signer = invitation?.nguoi_ky;
  if (!signer?.quyen_han || signer.chuc_vu_thay) return [];
  const span = nodeSpan(parsed.source, ['nguoi_ky', 'quyen_han']);
  if (!span) return [];
  const example = signer.quyen_han === 'TM' ? 'ỦY BAN NHÂN DÂN' : 'CHỦ TỊCH';
  return [problemAt(parsed.source, span[0], span[1], {
    code: CODES.quyenHanWithoutChucVuThay,
    message: {
      vi: `"${signer.quyen_han}." phải đi kèm tập thể hoặc chức vụ được ký thay: thêm \`chuc_vu_thay\` (ví dụ \`chuc_vu_thay: ${example}\` → "${signer.quyen_han}. ${example}"), hoặc bỏ \`quyen_han\` nếu người đứng đầu ký.`,
      en: `"${signer.quyen_han}." needs whose authority it is: add \`chuc_vu_thay\` (e.g. ${example}), or drop \`quyen_han\` when the head signs.`,
    },
  })];
}

/** KT. is signed by a deputy: "PHÓ …", a deputy minister ("THỨ TRƯỞNG"), or one put in charge ("PHỤ TRÁCH"). */
const DEPUTY = /^(PHÓ|THỨ TRƯỞNG)|PHỤ TRÁCH/u;

/** GM023: KT. with a title that is not a deputy's. */
function kyThayDeputy({ parsed, invitation }: RuleContext): Found[] {
  const signer = invitation?.nguoi_ky;
  if (signer?.quyen_han !== 'KT' || DEPUTY.test((signer.chuc_vu ?? '').trim().toLocaleUpperCase('vi'))) return [];
  const span = nodeSpan(parsed.source, ['nguoi_ky', 'chuc_vu']);
  if (!span) return [];
  return [problemAt(parsed.source, span[0], span[1], {
    code: CODES.chucVuNotDeputy,
    message: {
      vi: `"KT." là cấp phó ký thay người đứng đầu, nên chức vụ người ký thường là "PHÓ …" (ví dụ "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); kiểm tra lại \`chuc_vu\` hoặc \`quyen_han\`.`,
      en: '"KT." is a deputy signing for the head, so the title is normally "PHÓ …"; check `chuc_vu` or `quyen_han`.',
    },
  })];
}

/** GM033: only "Q. GIÁM ĐỐC" says the title in its authority line; everyone else prints a title. */
function titleMissing({ parsed, invitation }: RuleContext): Found[] {
  const signer = invitation?.nguoi_ky;
  if (!signer || signer.chuc_vu || signer.quyen_han === 'Q') return [];
  const range = parsed.source.keyRange(['nguoi_ky']);
  if (!range) return [];
  return [{
    code: CODES.chucVuMissing,
    range,
    message: {
      vi: 'Thiếu `chuc_vu` của người ký (ví dụ `chuc_vu: CHÁNH VĂN PHÒNG`); chỉ được bỏ khi ký "Q." (quyền).',
      en: "The signer's `chuc_vu` is missing (e.g. `chuc_vu: CHÁNH VĂN PHÒNG`); only a \"Q.\" signature may omit it.",
    },
  }];
}

/** Học hàm, học vị and professional titles written before a name, with or without dots. */
const TITLE_WORDS = '(?:GS|PGS|TS|TSKH|ThS|Th\\.S|KS|BS|BSCKI{1,2}|DS|LS|NCS|Giáo\\s+sư|Phó\\s+Giáo\\s+sư|Tiến\\s+sĩ|Thạc\\s+sĩ|Kỹ\\s+sư|Bác\\s+sĩ)';
const TITLES = new RegExp(`^(?:${TITLE_WORDS}\\.?\\s*(?:[,.]\\s*)?)*${TITLE_WORDS}(?:\\.\\s*|\\s+)(?=\\p{Lu})`, 'u');

/** GM028: "TS. Nguyễn Văn A" → "Nguyễn Văn A". */
function academicTitle({ parsed, invitation }: RuleContext): Found[] {
  if (!invitation) return [];
  const name = scalarAt(parsed.source, ['nguoi_ky', 'ho_ten']);
  const title = name && TITLES.exec(name.value)?.[0];
  if (!name || !title) return [];
  const [start, end] = [name.offsetAt(0), name.offsetAt(title.length)];
  return [problemAt(parsed.source, start, end, {
    code: CODES.hoTenWithAcademicTitle,
    message: {
      vi: `Không ghi học hàm, học vị ("${title.trim()}") trước họ tên người ký; chỉ ghi họ và tên.`,
      en: `No academic title ("${title.trim()}") before the signer's name; write the name only.`,
    },
    fixes: sameInSource(parsed.source, name, 0, title.length) ? [replaceFix(parsed.source, { vi: `Bỏ "${title.trim()}"`, en: `Remove "${title.trim()}"` }, start, end, '')] : undefined,
  })];
}

/** GM022, GM023, GM028, GM033: the signature block. */
export const signerRule = defineRule({
  codes: CODES,
  docs: {
    quyenHanWithoutChucVuThay: {
      severity: 'error', locator: 'NĐ 30/2020, Điều 13; PL I-P.I-M.II-k.7-b',
      title: both('Quyền hạn ký thiếu chức vụ được ký thay', 'Signing authority without whom it signs for'),
      checks: both('`quyen_han` TM, KT, TL, TUQ có `chuc_vu_thay`.', 'TM, KT, TL, TUQ come with `chuc_vu_thay`.'),
      why: both('"KT." phải nói ký thay ai: "KT. CHỦ TỊCH".', '"KT." must say for whom: "KT. CHỦ TỊCH".'),
      wrong: 'nguoi_ky: { quyen_han: KT, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Lê Văn Bình }', right: 'nguoi_ky: { quyen_han: KT, chuc_vu_thay: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Lê Văn Bình }',
    },
    chucVuNotDeputy: {
      severity: 'warning', locator: 'NĐ 30/2020, Điều 13 k.1',
      title: both('"KT." do cấp phó ký', '"KT." is signed by a deputy'),
      checks: both('Ký thay (KT.) thì chức vụ người ký là "PHÓ …".', 'Under "KT." the signer is a deputy ("PHÓ …").'),
      why: both('Cấp phó ký thay người đứng đầu; người đứng đầu thì ký trực tiếp.', 'Deputies sign for the head; the head signs directly.'),
      wrong: 'quyen_han: KT\nchuc_vu_thay: CHỦ TỊCH\nchuc_vu: CHỦ TỊCH', right: 'quyen_han: KT\nchuc_vu_thay: CHỦ TỊCH\nchuc_vu: PHÓ CHỦ TỊCH',
    },
    hoTenWithAcademicTitle: {
      severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-c',
      title: both('Không ghi học hàm, học vị trước tên người ký', 'No academic titles before the signer'),
      checks: both('`ho_ten` không có "TS.", "ThS.", "GS." …', '`ho_ten` has no "TS.", "ThS.", "GS." …'),
      why: both('Văn bản hành chính chỉ ghi họ và tên người ký.', 'Administrative documents give the full name only.'),
      wrong: 'ho_ten: TS. Nguyễn Văn An', right: 'ho_ten: Nguyễn Văn An',
    },
    chucVuMissing: {
      severity: 'error', locator: 'NĐ 30/2020, Điều 13; PL I-P.I-M.II-k.7-b',
      title: both('Thiếu chức vụ người ký', "Signer's title missing"),
      checks: both('`nguoi_ky.chuc_vu` có mặt, trừ khi ký "Q." (quyền).', '`nguoi_ky.chuc_vu` is present except under "Q.".'),
      why: both('Chức vụ người ký là thành phần bắt buộc của chữ ký.', "The signer's title is part of the signature."),
      wrong: 'nguoi_ky: { ho_ten: Lê Văn Bình }', right: 'nguoi_ky: { chuc_vu: CHỦ TỊCH, ho_ten: Lê Văn Bình }',
    },
  },
  check: (context) => [...needsThay(context), ...kyThayDeputy(context), ...academicTitle(context), ...titleMissing(context)],
});
