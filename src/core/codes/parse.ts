/** The codes of problems found while reading a file, YAML and schema (GM001–GM006), each defined with its reference entry; parse.ts reports them. */
import type { NamesOf } from '../model/problem';
import { defineCodes } from './define-codes';
import { say } from '../messages';

const READING = 'giaymoi: định dạng tệp (README, "Định dạng tệp") · file format (README, "File format")';

const CODES = {
  syntax: 'GM001',
  duplicateKey: 'GM002',
  unknownKey: 'GM003',
  missing: 'GM004',
  type: 'GM005',
  limit: 'GM006',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

export const PARSE_CODE_GROUP = defineCodes({
  codes: CODES,
  docs: {
    syntax: {
      severity: 'error',
      structural: true,
      locator: READING,
      title: say('rules.syntax.title'),
      checks: say('rules.syntax.checks'),
      why: say('rules.syntax.why'),
      wrong: 'noi_nhan:\n  - Lưu: VT.',
      right: 'noi_nhan:\n  - "Lưu: VT."',
    },
    duplicateKey: {
      severity: 'error',
      structural: true,
      locator: READING,
      title: say('rules.duplicateKey.title'),
      checks: say('rules.duplicateKey.checks'),
      why: say('rules.duplicateKey.why'),
      wrong: 'so: 12\nso: 13',
      right: 'so: 13',
    },
    unknownKey: {
      severity: 'error',
      structural: true,
      locator: READING,
      title: say('rules.unknownKey.title'),
      checks: say('rules.unknownKey.checks'),
      why: say('rules.unknownKey.why'),
      wrong: 'trich_yue: Họp giao ban',
      right: 'trich_yeu: Họp giao ban',
    },
    missing: {
      severity: 'error',
      structural: true,
      locator: READING,
      title: say('rules.missing.title'),
      checks: say('rules.missing.checks'),
      why: say('rules.missing.why'),
      wrong: 'co_quan: { ten: UBND XÃ TÂN AN, viet_tat: UBND }',
      right: 'co_quan: { ten: UBND XÃ TÂN AN, viet_tat: UBND }\ndia_danh: Tân An\n# … trich_yeu, nguoi_ky, noi_nhan',
    },
    type: {
      severity: 'error',
      structural: true,
      locator: READING,
      title: say('rules.type.title'),
      checks: say('rules.type.checks'),
      why: say('rules.type.why'),
      wrong: 'ngay: 17/5/2024',
      right: 'ngay: 2024-05-17',
    },
    limit: {
      severity: 'error',
      structural: true,
      locator: READING,
      title: say('rules.limit.title'),
      checks: say('rules.limit.checks'),
      why: say('rules.limit.why'),
      wrong: 'kinh_moi: *danh_sach',
      right: 'kinh_moi:\n  - Trưởng thôn',
    },
  },
});

/** The codes by name. */
export const PARSE_CODES = CODES;
