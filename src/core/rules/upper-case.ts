/**
 * Names printed in capitals: the agencies (NĐ 30/2020, PL I-P.I-M.II-k.2-b)
 * and the signer's titles (PL I-P.I-M.II-k.7-b). The fix upper-cases the
 * value the Vietnamese way.
 */
import type { Localized, NamesOf, RuleCode } from '../problem';
import type { SourceMap, StringValue, YamlPath } from '../source';
import { both, defineRule } from './define';
import type { RuleContext } from './rule';
import { linesAt, problemAt, replaceFix, sameInSource, type Found } from './support';

/** The codes this rule reports, by name. */
const CODES = {
  coQuanNotUpperCase: 'GM024',
  chucVuNotUpperCase: 'GM025',
} as const;
declare module '../problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

interface Target {
  readonly path: YamlPath;
  readonly code: RuleCode;
  readonly what: Localized;
}

const TARGETS: readonly Target[] = [
  { path: ['co_quan', 'ten'], code: CODES.coQuanNotUpperCase, what: { vi: 'Tên cơ quan ban hành', en: 'The issuing agency' } },
  { path: ['co_quan', 'chu_quan'], code: CODES.coQuanNotUpperCase, what: { vi: 'Tên cơ quan chủ quản', en: 'The parent agency' } },
  { path: ['nguoi_ky', 'chuc_vu'], code: CODES.chucVuNotUpperCase, what: { vi: 'Chức vụ người ký', en: "The signer's title" } },
  { path: ['nguoi_ky', 'thay_mat'], code: CODES.chucVuNotUpperCase, what: { vi: 'Tập thể được thay mặt', en: 'The collective signed for' } },
  { path: ['nguoi_ky', 'chuc_vu_thay'], code: CODES.chucVuNotUpperCase, what: { vi: 'Chức vụ được ký thay', en: 'The title signed for' } },
];

const upper = (text: string): string => text.toLocaleUpperCase('vi');

function notUpper(source: SourceMap, target: Target, line: StringValue): Found[] {
  if (line.value === upper(line.value)) return [];
  const [start, end] = [line.offsetAt(0), line.offsetAt(line.value.length)];
  const fixed = upper(line.value);
  return [problemAt(source, start, end, {
    code: target.code,
    message: {
      vi: `${target.what.vi} viết bằng chữ in hoa: "${fixed}".`,
      en: `${target.what.en} is written in capitals: "${fixed}".`,
    },
    fixes: sameInSource(source, line, 0, line.value.length) ? [replaceFix(source, { vi: 'Viết in hoa', en: 'Upper-case it' }, start, end, fixed)] : undefined,
  })];
}

function check({ parsed, invitation }: RuleContext): Found[] {
  if (!invitation) return [];
  const values: Record<string, unknown> = {
    'co_quan.ten': invitation.co_quan.ten,
    'co_quan.chu_quan': invitation.co_quan.chu_quan,
    'nguoi_ky.chuc_vu': invitation.nguoi_ky.chuc_vu,
    'nguoi_ky.chuc_vu_thay': invitation.nguoi_ky.chuc_vu_thay,
    'nguoi_ky.thay_mat': invitation.nguoi_ky.thay_mat,
  };
  return TARGETS.flatMap((target) => linesAt(parsed.source, target.path, values[target.path.join('.')])
    .flatMap((line) => notUpper(parsed.source, target, line)));
}

/** GM024, GM025: agency names and signer titles in capitals. */
export const upperCaseRule = defineRule({
  codes: CODES,
  docs: {
    coQuanNotUpperCase: {
      severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.2-b',
      title: both('Tên cơ quan viết in hoa', 'Agency name in capitals'),
      checks: both('`co_quan.ten` và `co_quan.chu_quan` viết bằng chữ in hoa.', 'The agency and parent agency are upper case.'),
      why: both('Tên cơ quan ở đầu trang in hoa theo Phụ lục I.', 'Appendix I prints the header names in capitals.'),
      wrong: 'ten: Sở Tài chính', right: 'ten: SỞ TÀI CHÍNH',
    },
    chucVuNotUpperCase: {
      severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-b',
      title: both('Chức vụ người ký viết in hoa', "Signer's title in capitals"),
      checks: both('`chuc_vu`, `chuc_vu_thay`, `thay_mat` viết bằng chữ in hoa.', 'Titles in the signature block are upper case.'),
      why: both('Phụ lục I: chức vụ người ký in hoa, đậm.', "Appendix I prints the signer's title in bold capitals."),
      wrong: 'chuc_vu: Phó Chủ tịch', right: 'chuc_vu: PHÓ CHỦ TỊCH',
    },
  },
  check,
});
