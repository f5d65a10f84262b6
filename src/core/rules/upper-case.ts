/**
 * Names printed in capitals: the agencies (NĐ 30/2020, PL I-P.I-M.II-k.2-b)
 * and the signer's titles (PL I-P.I-M.II-k.7-b). The fix upper-cases the
 * value the Vietnamese way.
 */
import type { Localized, NamesOf, RuleCode } from '../model/problem';
import type { SourceMap, StringValue, YamlPath } from '../source/source-map';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { linesAt, problemAt, replaceFix, sameInSource, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  coQuanNotUpperCase: 'GM024',
  chucVuNotUpperCase: 'GM025',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

interface Target {
  readonly path: YamlPath;
  readonly code: RuleCode;
  readonly what: Localized;
}

const TARGETS: readonly Target[] = [
  { path: ['co_quan', 'ten'], code: CODES.coQuanNotUpperCase, what: say('rules.upperCase.coQuan') },
  { path: ['co_quan', 'chu_quan'], code: CODES.coQuanNotUpperCase, what: say('rules.upperCase.coQuanChuQuan') },
  { path: ['nguoi_ky', 'chuc_vu'], code: CODES.chucVuNotUpperCase, what: say('rules.upperCase.chucVu') },
  { path: ['nguoi_ky', 'thay_mat'], code: CODES.chucVuNotUpperCase, what: say('rules.upperCase.tapThe') },
  { path: ['nguoi_ky', 'chuc_vu_thay'], code: CODES.chucVuNotUpperCase, what: say('rules.upperCase.chucVuThay') },
];

const upper = (text: string): string => text.toLocaleUpperCase('vi');

function notUpper(source: SourceMap, target: Target, line: StringValue): Found[] {
  if (line.value === upper(line.value)) return [];
  const [start, end] = [line.offsetAt(0), line.offsetAt(line.value.length)];
  const fixed = upper(line.value);
  return [
    problemAt(source, start, end, {
      code: target.code,
      message: say('rules.upperCase.message', { what: target.what, fixed }),
      fixes: sameInSource(source, line, 0, line.value.length)
        ? [replaceFix(source, say('rules.upperCase.fix'), start, end, fixed)]
        : undefined,
    }),
  ];
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
  return TARGETS.flatMap((target) =>
    linesAt(parsed.source, target.path, values[target.path.join('.')]).flatMap((line) =>
      notUpper(parsed.source, target, line),
    ),
  );
}

/** GM024, GM025: agency names and signer titles in capitals. */
export const upperCaseRule = defineRule({
  codes: CODES,
  docs: {
    coQuanNotUpperCase: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.2-b',
      title: say('rules.coQuanNotUpperCase.title'),
      checks: say('rules.coQuanNotUpperCase.checks'),
      why: say('rules.coQuanNotUpperCase.why'),
      wrong: 'ten: Sở Tài chính',
      right: 'ten: SỞ TÀI CHÍNH',
    },
    chucVuNotUpperCase: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.7-b',
      title: say('rules.chucVuNotUpperCase.title'),
      checks: say('rules.chucVuNotUpperCase.checks'),
      why: say('rules.chucVuNotUpperCase.why'),
      wrong: 'chuc_vu: Phó Chủ tịch',
      right: 'chuc_vu: PHÓ CHỦ TỊCH',
    },
  },
  check,
});
