/**
 * GM050: a free type word ("THƯ MỜI", "GIẤY TRIỆU TẬP") is not one of Decree
 * 30's types (NĐ 30/2020, Điều 7; PL III-M.I). Information only: an
 * association, a Party or youth organisation or a business writes under its
 * own rules and is not blocked; a state office is told to choose giay_moi,
 * thong_bao or cong_dien. `GM050: off` in giaymoi.config.yaml silences it.
 */
import type { NamesOf } from '../model/problem';
import { documentType } from '../schema/document-types';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { nodeSpan, problemAt, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  tenLoaiNotDecree: 'GM050',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

function freeTypeWord({ parsed, invitation }: RuleContext): Found[] {
  if (!invitation || documentType(invitation).key !== 'tu_do') return [];
  const span = nodeSpan(parsed.source, ['ten_loai']);
  if (!span) return [];
  return [
    problemAt(parsed.source, span[0], span[1], {
      code: CODES.tenLoaiNotDecree,
      message: say('rules.tenLoaiNotDecree.message', { word: documentType(invitation).word }),
    }),
  ];
}

/** GM050 once per file. */
export const documentTypeRule = defineRule({
  codes: CODES,
  docs: {
    tenLoaiNotDecree: {
      severity: 'information',
      locator: 'NĐ 30/2020, Điều 7; PL III-M.I',
      title: say('rules.tenLoaiNotDecree.title'),
      checks: say('rules.tenLoaiNotDecree.checks'),
      why: say('rules.tenLoaiNotDecree.why'),
      wrong: 'ten_loai: THƯ MỜI   # Ủy ban nhân dân xã',
      right: 'ten_loai: giay_moi',
    },
  },
  check: freeTypeWord,
});
