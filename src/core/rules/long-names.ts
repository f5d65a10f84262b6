/**
 * GM040: an agency name that needs more lines than the header's left column
 * holds well (the parent agency two, the issuing agency three), measured as it
 * will print (a list item that wraps counts its lines), or has a word wider
 * than the column, so it must be cut inside a word. GM043: a name that fits
 * those lines only by a break inside a dictionary word ("CHIẾN / LƯỢC"), so it
 * prints on more lines with its words whole. The fix writes the
 * name as the list of lines the page draws, which the author may then edit
 * (a name given as a list is the author's choice and only warned of a cut word) (NĐ 30/2020, PL I-P.I-M.II-k.2-c: long
 * names may wrap), with the parent agency's "ỦY BAN NHÂN DÂN" shortened to "UBND"
 * when that saves lines (k.2-a allows abbreviating common words there).
 * GM055: a name taller than the header's whole agency column, list or not,
 * is hardly a name at all (issue 28, defect 6); it is told instead of GM040.
 */
import { headerNameLines } from '../layout/header-lines';
import { resolveMeasures } from '../layout/measures';
import type { Localized, NamesOf } from '../model/problem';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { nodeSpan, problemAt, replaceFix, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  coQuanTooLong: 'GM040',
  coQuanWordsKept: 'GM043',
  coQuanImplausible: 'GM055',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Measured at the default margins (30/15 mm): the widest agency column a user gets. */
const MEASURES = resolveMeasures();

interface Target {
  readonly key: 'chu_quan' | 'ten';
  readonly role: 'co_quan_chu_quan' | 'co_quan';
  readonly maxLines: number;
  readonly abbreviations: readonly (readonly [string, string])[];
}

const TARGETS: readonly Target[] = [
  {
    key: 'chu_quan',
    role: 'co_quan_chu_quan',
    maxLines: 2,
    abbreviations: [
      ['ỦY BAN NHÂN DÂN', 'UBND'],
      ['HỘI ĐỒNG NHÂN DÂN', 'HĐND'],
    ],
  },
  { key: 'ten', role: 'co_quan', maxLines: 3, abbreviations: [] },
];

/**
 * The agency column of the decree's header box (PL I-P.I-M.IV, ô 2 over ô 3)
 * holds, at GM040's limits, the parent's 2 lines, the agency's 3, the rule
 * under it and the "Số" line: 7. A single name taller than that whole column
 * is not a long name but text that is no name (a form's several models read
 * as one, a pasted paragraph); the longest real names measured print on 5.
 */
const HEADER_BOX_LINES = 7;

/** The reference's example: a form's blanks and Quốc hiệu read as one agency name (Phụ lục III in one file). */
const PASTED_MODELS =
  'TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN TÊN CƠ QUAN, TỔ CHỨC BAN HÀNH VĂN BẢN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ĐỘC LẬP - TỰ DO - HẠNH PHÚC TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN TÊN CƠ QUAN, TỔ CHỨC BAN HÀNH VĂN BẢN';

const linesOf = (text: string, target: Target) => headerNameLines(text, MEASURES.styles[target.role], MEASURES, 0);

/** A YAML flow list of the lines, each quoted when a plain scalar could not hold it. */
export function flowList(lines: readonly string[]): string {
  const item = (line: string) => (/[,[\]{}:#"'&*!|>%@`]|^[-?\s]|\s$/.test(line) ? JSON.stringify(line) : line);
  return `[${lines.map(item).join(', ')}]`;
}

/** The lines to suggest: abbreviated when that makes the name fit, else the lines as drawn. */
function suggestion(text: string, target: Target): readonly string[] {
  const short = target.abbreviations.reduce((t, [long, abbr]) => t.replace(long, abbr), text);
  const shortLines = linesOf(short, target).lines;
  return short !== text && shortLines.length <= target.maxLines ? shortLines : linesOf(text, target).lines;
}

/** What is wrong with a name as it will print, if anything. */
type Finding = 'cutWord' | 'tooMany' | 'wordsKept' | undefined;

function findingOf(text: string, value: unknown, lines: readonly string[], cutWord: boolean, target: Target): Finding {
  if (cutWord) return 'cutWord';
  const list = Array.isArray(value);
  // A list is the author's own choice of lines: only an item that wraps adds lines they did not choose.
  if (lines.length <= target.maxLines || (list && lines.length <= value.length)) return undefined;
  if (list) return 'tooMany';
  const listedOnly = headerNameLines(text, MEASURES.styles[target.role], MEASURES, 0, false).lines.length;
  return listedOnly <= target.maxLines ? 'wordsKept' : 'tooMany';
}

function checkTarget(context: RuleContext, target: Target): Found[] {
  const value = context.invitation?.co_quan[target.key];
  if (value === undefined) return [];
  const text = (Array.isArray(value) ? value.join('\n') : String(value)).normalize('NFC');
  const { lines, cutWord } = linesOf(text, target);
  const span = nodeSpan(context.parsed.source, ['co_quan', target.key]);
  if (span && lines.length > HEADER_BOX_LINES) return [implausible(context, span, text, lines.length, target)];
  const finding = findingOf(text, value, lines, cutWord, target);
  if (!finding || !span) return [];
  const suggested = suggestion(text, target);
  return [
    problemAt(context.parsed.source, span[0], span[1], {
      code: finding === 'wordsKept' ? CODES.coQuanWordsKept : CODES.coQuanTooLong,
      message: messageOf(finding, lines, target),
      fixes: Array.isArray(value)
        ? undefined
        : [
            replaceFix(
              context.parsed.source,
              say('rules.coQuanTooLong.fix', { lines: flowList(suggested) }),
              span[0],
              span[1],
              flowList(suggested),
              false,
            ),
          ],
    }),
  ];
}

/** GM055 on the whole value, with no fix: only the author knows the agency's real name. */
function implausible(context: RuleContext, span: [number, number], text: string, count: number, target: Target): Found {
  const values = { key: target.key, chars: [...text].length, count, max: HEADER_BOX_LINES };
  return problemAt(context.parsed.source, span[0], span[1], {
    code: CODES.coQuanImplausible,
    message: say('rules.coQuanImplausible.message', values),
  });
}

function messageOf(finding: NonNullable<Finding>, lines: readonly string[], target: Target): Localized {
  const [drawn, key] = [lines.join(' / '), target.key];
  if (finding === 'cutWord') return say('rules.coQuanTooLong.wordCut', { drawn, key });
  const counts = { count: lines.length, max: target.maxLines, drawn, key };
  return say(finding === 'wordsKept' ? 'rules.coQuanWordsKept.message' : 'rules.coQuanTooLong.tooManyLines', counts);
}

/** GM040, GM043: agency names too long for the header column. */
export const longNamesRule = defineRule({
  codes: CODES,
  docs: {
    coQuanTooLong: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.2',
      title: say('rules.coQuanTooLong.title'),
      checks: say('rules.coQuanTooLong.checks'),
      why: say('rules.coQuanTooLong.why'),
      wrong:
        'co_quan:\n  chu_quan: ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\n  ten: SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ',
      right: 'co_quan:\n  chu_quan: UBND TỈNH THỪA THIÊN HUẾ\n  ten: [SỞ NÔNG NGHIỆP, VÀ PHÁT TRIỂN NÔNG THÔN]',
    },
    coQuanWordsKept: {
      severity: 'information',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.2-c',
      title: say('rules.coQuanWordsKept.title'),
      checks: say('rules.coQuanWordsKept.checks'),
      why: say('rules.coQuanWordsKept.why'),
      wrong: 'co_quan:\n  ten: ĐẢNG ỦY VIỆN CHIẾN LƯỢC VÀ PHÁT TRIỂN GIAO THÔNG VẬN TẢI',
      right: 'co_quan:\n  ten: [ĐẢNG ỦY VIỆN, CHIẾN LƯỢC, VÀ PHÁT TRIỂN GTVT]',
    },
    coQuanImplausible: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.2; PL I-P.I-M.IV (ô 2)',
      title: say('rules.coQuanImplausible.title'),
      checks: say('rules.coQuanImplausible.checks'),
      why: say('rules.coQuanImplausible.why'),
      wrong: `co_quan:\n  ten: ${PASTED_MODELS}`,
      right: 'co_quan:\n  ten: SỞ TÀI CHÍNH',
    },
  },
  check: (context) => TARGETS.flatMap((target) => checkTarget(context, target)),
});
