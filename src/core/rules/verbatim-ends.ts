/**
 * GM056: `nguyen_van_dau` (above the header) and `nguyen_van_cuoi` (after the
 * foot) print as written, outside Decree 30's model of the page (NĐ 30/2020,
 * PL I-P.I-M.II: ô 1–14 have no place before the header or after the foot), so
 * no rule reads them. Information only: an office's "Dự thảo" line or a
 * "Ghi chú" under the signature is common and never blocks an export.
 */
import type { Localized, NamesOf } from '../model/problem';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import type { Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  textOutsideModel: 'GM056',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Each key and where it prints, as the message says it. */
const ENDS: readonly (readonly ['nguyen_van_dau' | 'nguyen_van_cuoi', () => Localized])[] = [
  ['nguyen_van_dau', () => say('rules.textOutsideModel.above')],
  ['nguyen_van_cuoi', () => say('rules.textOutsideModel.after')],
];

function verbatimEnds({ parsed }: RuleContext): Found[] {
  return ENDS.flatMap(([key, where]) => {
    const range = parsed.source.keyRange([key]);
    return range ? [{ code: CODES.textOutsideModel, range, message: where() }] : [];
  });
}

/** GM056 once per key present. */
export const verbatimEndsRule = defineRule({
  codes: CODES,
  docs: {
    textOutsideModel: {
      severity: 'information',
      locator: 'NĐ 30/2020, PL I-P.I-M.II',
      title: say('rules.textOutsideModel.title'),
      checks: say('rules.textOutsideModel.checks'),
      why: say('rules.textOutsideModel.why'),
      wrong: 'nguyen_van_cuoi: "Ghi chú: Đề nghị các đại biểu mang theo báo cáo."   # in nguyên văn, không kiểm tra',
      right: 'loi_ket: "Đề nghị các đại biểu mang theo báo cáo của đơn vị./."',
    },
  },
  check: verbatimEnds,
});
