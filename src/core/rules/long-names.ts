/**
 * GM040: an agency name that needs more lines than the header's left column
 * holds well (the parent agency two, the issuing agency three), or has a word
 * wider than the column, so it must be cut inside a word. The fix writes the
 * name as the list of lines the page draws, which the author may then edit
 * (a name given as a list is the author's choice and only warned of a cut word) (NĐ 30/2020, PL I-P.I-M.II-k.2-c: long
 * names may wrap), with the parent agency's "ỦY BAN NHÂN DÂN" shortened to "UBND"
 * when that saves lines (k.2-a allows abbreviating common words there).
 */
import { headerNameLines } from '../layout/header-lines';
import { resolveMeasures } from '../layout/measures';
import type { Localized, NamesOf } from '../model/problem';
import type { YamlPath } from '../source/source-map';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { nodeSpan, problemAt, replaceFix, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  coQuanTooLong: 'GM040',
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

function checkTarget(context: RuleContext, target: Target): Found[] {
  const value = context.invitation?.co_quan[target.key];
  if (value === undefined) return [];
  const text = (Array.isArray(value) ? value.join('\n') : String(value)).normalize('NFC');
  const { lines, cutWord } = linesOf(text, target);
  const tooMany = lines.length > target.maxLines && !Array.isArray(value); // a list is the author's own choice
  if (!tooMany && !cutWord) return [];
  const path: YamlPath = ['co_quan', target.key];
  const span = nodeSpan(context.parsed.source, path);
  if (!span) return [];
  const drawn = lines.join(' / ');
  const suggested = suggestion(text, target);
  return [
    problemAt(context.parsed.source, span[0], span[1], {
      code: CODES.coQuanTooLong,
      message: cutWord ? cutMessage(drawn) : tooManyMessage(drawn, lines.length, target.maxLines),
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

const cutMessage = (drawn: string): Localized => say('rules.coQuanTooLong.wordCut', { drawn });

const tooManyMessage = (drawn: string, count: number, max: number): Localized =>
  say('rules.coQuanTooLong.tooManyLines', { count, max, drawn });

/** GM040: agency names too long for the header column. */
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
  },
  check: (context) => TARGETS.flatMap((target) => checkTarget(context, target)),
});
