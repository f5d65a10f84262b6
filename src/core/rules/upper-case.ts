/**
 * Names printed in capitals: the agencies (NĐ 30/2020, PL I-P.I-M.II-k.2-b)
 * and the signer's titles (PL I-P.I-M.II-k.7-b). The fix upper-cases the
 * value the Vietnamese way.
 */
import type { Localized, Problem } from '../problem';
import type { SourceMap, StringValue, YamlPath } from '../source';
import { RULE_CODES } from './catalog';
import type { Rule, RuleContext } from './rule';
import { linesAt, problemAt, replaceFix, sameInSource } from './support';

interface Target {
  readonly path: YamlPath;
  readonly code: string;
  readonly locator: string;
  readonly what: Localized;
}

const TARGETS: readonly Target[] = [
  { path: ['co_quan', 'ten'], code: RULE_CODES.agencyUpperCase, locator: 'NĐ 30/2020, PL I-P.I-M.II-k.2-b', what: { vi: 'Tên cơ quan ban hành', en: 'The issuing agency' } },
  { path: ['co_quan', 'chu_quan'], code: RULE_CODES.agencyUpperCase, locator: 'NĐ 30/2020, PL I-P.I-M.II-k.2-b', what: { vi: 'Tên cơ quan chủ quản', en: 'The parent agency' } },
  { path: ['nguoi_ky', 'chuc_vu'], code: RULE_CODES.titleUpperCase, locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-b', what: { vi: 'Chức vụ người ký', en: "The signer's title" } },
  { path: ['nguoi_ky', 'thay_mat'], code: RULE_CODES.titleUpperCase, locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-b', what: { vi: 'Tập thể được thay mặt', en: 'The collective signed for' } },
  { path: ['nguoi_ky', 'chuc_vu_thay'], code: RULE_CODES.titleUpperCase, locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-b', what: { vi: 'Chức vụ được ký thay', en: 'The title signed for' } },
];

const upper = (text: string): string => text.toLocaleUpperCase('vi');

function notUpper(source: SourceMap, target: Target, line: StringValue): Problem[] {
  if (line.value === upper(line.value)) return [];
  const [start, end] = [line.offsetAt(0), line.offsetAt(line.value.length)];
  const fixed = upper(line.value);
  return [problemAt(source, start, end, {
    code: target.code,
    severity: 'warning',
    locator: target.locator,
    message: {
      vi: `${target.what.vi} viết bằng chữ in hoa: "${fixed}".`,
      en: `${target.what.en} is written in capitals: "${fixed}".`,
    },
    fixes: sameInSource(source, line, 0, line.value.length) ? [replaceFix(source, { vi: 'Viết in hoa', en: 'Upper-case it' }, start, end, fixed)] : undefined,
  })];
}

function check({ parsed, invitation }: RuleContext): Problem[] {
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
export const upperCaseRule: Rule = { codes: [RULE_CODES.agencyUpperCase, RULE_CODES.titleUpperCase], check };
