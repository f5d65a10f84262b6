/**
 * GM039: a list of points longer than the Vietnamese alphabet's 23 letters
 * (a … y, without ă, â, ê, ô, ơ, ư), so its 24th point would be lettered "aa)",
 * a label the decree does not know (NĐ 30/2020, PL I-P.I-M.II-k.6).
 */
import { isParagraphEntry } from '../layout/structure';
import { POINT_LETTERS } from '../layout/numbering';
import type { NamesOf } from '../model/problem';
import type { YamlPath } from '../source/source-map';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { nodeSpan, problemAt, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  pointsPastAlphabet: 'GM039',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Every `diem` list of the invitation with its path, wherever it sits (part, section, sub-item). */
function pointLists(value: unknown, path: YamlPath, out: { list: readonly unknown[]; path: YamlPath }[] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => pointLists(item, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (key === 'diem' && Array.isArray(child)) out.push({ list: child, path: [...path, key] });
      pointLists(child, [...path, key], out);
    }
  return out;
}

/** The first point past "y)", reported on its own entry. */
function pastAlphabet(context: RuleContext, list: readonly unknown[], path: YamlPath): Found[] {
  const counted = list.flatMap((entry, i) => (isParagraphEntry(entry) ? [] : [i]));
  if (counted.length <= POINT_LETTERS.length) return [];
  const span = nodeSpan(context.parsed.source, [...path, counted[POINT_LETTERS.length]]);
  if (!span) return [];
  const values = { count: counted.length, max: POINT_LETTERS.length };
  return [
    problemAt(context.parsed.source, span[0], span[1], {
      code: CODES.pointsPastAlphabet,
      message: say('rules.pointsPastAlphabet.message', values),
    }),
  ];
}

/** GM039: points past the alphabet. */
export const pointsRule = defineRule({
  codes: CODES,
  docs: {
    pointsPastAlphabet: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.6',
      title: say('rules.pointsPastAlphabet.title'),
      checks: say('rules.pointsPastAlphabet.checks'),
      why: say('rules.pointsPastAlphabet.why'),
      wrong: 'muc:\n  - tieu_de: Thành phần\n    diem: [Điểm 1, Điểm 2, …, Điểm 24]',
      right: 'muc:\n  - tieu_de: Thành phần\n    muc: [Nhóm 1, Nhóm 2]   # khoản 1.1, 1.2, mỗi khoản tối đa 23 điểm',
    },
  },
  check: (context) =>
    context.invitation
      ? pointLists(context.invitation, []).flatMap(({ list, path }) => pastAlphabet(context, list, path))
      : [],
});
