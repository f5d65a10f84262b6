/**
 * GM044: the place-and-date line is wider than ô 4, so it prints on two lines,
 * broken after the place so that the date stays whole (never "… năm / 2025");
 * the author may shorten the place (NĐ 30/2020, PL I-P.I-M.II-k.4).
 */
import { dateLine } from '../layout/derive';
import { dateLineFits, dateLineWithBreak } from '../layout/header-lines';
import { resolveMeasures } from '../layout/measures';
import { blockText } from '../layout/model';
import type { NamesOf } from '../model/problem';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { nodeSpan, problemAt, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  dateLineWraps: 'GM044',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Measured at the default margins (30/15 mm), as GM040 measures the header. */
const MEASURES = resolveMeasures();

function checkDateLine({ invitation, parsed }: RuleContext): Found[] {
  if (!invitation) return [];
  const block = { role: 'dia_danh_ngay' as const, runs: dateLine(invitation) };
  if (dateLineFits(block, MEASURES)) return [];
  const span = nodeSpan(parsed.source, ['dia_danh']);
  if (!span) return [];
  const drawn = blockText(dateLineWithBreak(block, MEASURES)).replace(/ +$/, '').split('\n').join(' / ');
  return [
    problemAt(parsed.source, span[0], span[1], {
      code: CODES.dateLineWraps,
      message: say('rules.dateLineWraps.message', { drawn }),
    }),
  ];
}

/** GM044: a place-and-date line on two lines. */
export const dateLineRule = defineRule({
  codes: CODES,
  docs: {
    dateLineWraps: {
      severity: 'information',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.4',
      title: say('rules.dateLineWraps.title'),
      checks: say('rules.dateLineWraps.checks'),
      why: say('rules.dateLineWraps.why'),
      wrong: 'dia_danh: Thị trấn Phước Bửu, huyện Xuyên Mộc\nngay: 2025-11-18',
      right: 'dia_danh: Xuyên Mộc\nngay: 2025-11-18',
    },
  },
  check: checkDateLine,
});
