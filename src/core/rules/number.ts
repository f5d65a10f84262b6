/**
 * Số and ký hiệu: the ký hiệu of a Giấy mời starts with "GM-" (NĐ 30/2020,
 * PL III-M.I), numbers below 10 take a leading 0 (PL I-P.I-M.II-k.3-c), and an
 * empty number is a draft, reported as information only.
 */
import { isScalar } from 'yaml';
import type { NamesOf } from '../problem';
import { both, defineRule } from './define';
import type { RuleContext } from './rule';
import { keySpan, nodeSpan, problemAt, replaceFix, scalarAt, type Found } from './support';

/** The codes this rule reports, by name. */
const CODES = {
  kyHieuWrongPrefix: 'GM010',
  soWithoutLeadingZero: 'GM011',
  soMissing: 'GM012',
} as const;
declare module '../problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** GM010: a ký hiệu that does not start with "GM-" (Giấy mời's type abbreviation). */
function kyHieuPrefix({ parsed, invitation }: RuleContext): Found[] {
  const kyHieu = invitation?.ky_hieu;
  if (kyHieu === undefined || kyHieu.startsWith('GM-')) return [];
  const value = scalarAt(parsed.source, ['ky_hieu']);
  if (!value) return [];
  const prefix = /^[\p{L}]{1,6}-/u.exec(kyHieu)?.[0] ?? '';
  const fixed = `GM-${kyHieu.slice(prefix.length)}`;
  const [start, end] = [value.offsetAt(0), value.offsetAt(kyHieu.length)];
  return [problemAt(parsed.source, start, end, {
    code: CODES.kyHieuWrongPrefix,
    message: {
      vi: `Ký hiệu giấy mời phải bắt đầu bằng "GM-" (chữ viết tắt của Giấy mời), ví dụ "${fixed}"; hoặc bỏ trường ky_hieu để dùng "GM-" + chữ viết tắt của cơ quan.`,
      en: `A Giấy mời's ký hiệu starts with "GM-", e.g. "${fixed}"; or drop ky_hieu to get "GM-" + the agency abbreviation.`,
    },
    fixes: [replaceFix(parsed.source, { vi: `Đổi tiền tố thành "GM-"`, en: 'Use the prefix "GM-"' }, value.offsetAt(0), value.offsetAt(prefix.length), 'GM-')],
  })];
}

/** GM011: "Số: 5/GM-…" instead of "05": YAML reads `05` as 5, so the source text is what counts. */
function leadingZero({ parsed, invitation }: RuleContext): Found[] {
  if (invitation?.so === undefined || invitation.so === null) return [];
  const span = nodeSpan(parsed.source, ['so']);
  if (!span) return [];
  const written = parsed.source.text.slice(span[0], span[1]);
  const digits = /\d+/.exec(written);
  if (!digits || digits[0].length !== 1 || digits[0] === '0') return [];
  const at = span[0] + digits.index;
  return [problemAt(parsed.source, span[0], span[1], {
    code: CODES.soWithoutLeadingZero,
    message: {
      vi: `Số văn bản dưới 10 phải có số 0 phía trước: viết "0${digits[0]}".`,
      en: `A number below 10 takes a leading zero: write "0${digits[0]}".`,
    },
    fixes: [replaceFix(parsed.source, { vi: `Viết "0${digits[0]}"`, en: `Write "0${digits[0]}"` }, at, at + 1, `0${digits[0]}`)],
  })];
}

/** GM012: no number yet, which is normal for a draft. */
function draftNumber({ parsed, invitation }: RuleContext): Found[] {
  if (!invitation || (invitation.so !== undefined && invitation.so !== null && invitation.so !== '')) return [];
  const node = parsed.source.node(['so']);
  const span = keySpan(parsed.source, ['so']) ?? keySpan(parsed.source, ['co_quan']);
  if (!span || (node && isScalar(node) && node.value !== null && node.value !== '')) return [];
  return [problemAt(parsed.source, span[0], span[1], {
    code: CODES.soMissing,
    message: {
      vi: 'Giấy mời chưa có số (bản dự thảo): văn thư điền `so` khi vào sổ; số bắt đầu từ 01 mỗi năm.',
      en: 'No number yet (a draft): the registry fills in `so`; numbering restarts at 01 each year.',
    },
  })];
}

/** GM010–GM012: the "Số: …/GM-…" line. */
export const numberRule = defineRule({
  codes: CODES,
  docs: {
    kyHieuWrongPrefix: {
      severity: 'error', locator: 'NĐ 30/2020, PL III-M.I; PL I-P.I-M.II-k.3-b',
      title: both('Ký hiệu phải bắt đầu bằng "GM-"', 'The ký hiệu starts with "GM-"'),
      checks: both('`ky_hieu` của giấy mời bắt đầu bằng chữ viết tắt tên loại "GM".', "An invitation's `ky_hieu` starts with the type abbreviation \"GM\"."),
      why: both('Phụ lục III quy định chữ viết tắt tên loại văn bản; Giấy mời là "GM".', 'Appendix III fixes the type abbreviations; Giấy mời is "GM".'),
      wrong: 'ky_hieu: CV-UBND', right: 'ky_hieu: GM-UBND',
    },
    soWithoutLeadingZero: {
      severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.3-c',
      title: both('Số dưới 10 có số 0 phía trước', 'Numbers below 10 have a leading 0'),
      checks: both('`so` nhỏ hơn 10 được viết với số 0 phía trước, như khi in.', '`so` below 10 is written with its leading 0, as printed.'),
      why: both('Nghị định: số văn bản dưới 10 ghi thêm số 0 phía trước.', 'The decree writes numbers below 10 with a leading 0.'),
      wrong: 'so: 5', right: 'so: 05',
    },
    soMissing: {
      severity: 'information', locator: 'NĐ 30/2020, Điều 15 k.1',
      title: both('Bản dự thảo chưa có số', 'Draft without a number'),
      checks: both('`so` để trống: văn thư điền số khi vào sổ.', 'An empty `so`: the registry fills it in.'),
      why: both('Số được cấp khi đăng ký văn bản đi; bản dự thảo vẫn xuất được.', 'Numbers are given at registration; drafts still export.'),
      wrong: 'so:', right: 'so: 125',
    },
  },
  check: (context) => [...kyHieuPrefix(context), ...leadingZero(context), ...draftNumber(context)],
});
