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
import { resolveMeasures } from '../measures';
import type { Localized, NamesOf } from '../problem';
import type { YamlPath } from '../source';
import { both, defineRule } from './define';
import type { RuleContext } from './rule';
import { nodeSpan, problemAt, replaceFix, type Found } from './support';

/** The codes this rule reports, by name. */
const CODES = {
  coQuanTooLong: 'GM040',
} as const;
declare module '../problem' {
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
    abbreviations: [['ỦY BAN NHÂN DÂN', 'UBND'], ['HỘI ĐỒNG NHÂN DÂN', 'HĐND']],
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
  return [problemAt(context.parsed.source, span[0], span[1], {
    code: CODES.coQuanTooLong,
    message: cutWord ? cutMessage(drawn) : tooManyMessage(drawn, lines.length, target.maxLines),
    fixes: Array.isArray(value) ? undefined : [replaceFix(context.parsed.source, {
      vi: `Viết thành các dòng ${flowList(suggested)}`,
      en: `Write it as the lines ${flowList(suggested)}`,
    }, span[0], span[1], flowList(suggested), false)],
  })];
}

const cutMessage = (drawn: string): Localized => ({
  vi: `Tên cơ quan có từ dài hơn cột đầu trang, phải ngắt giữa từ: "${drawn}". Hãy viết tắt hoặc tự chọn chỗ xuống dòng.`,
  en: `A word of the agency name is wider than the header column and is cut: "${drawn}". Abbreviate it or choose the line breaks.`,
});

const tooManyMessage = (drawn: string, count: number, max: number): Localized => ({
  vi: `Tên cơ quan cần ${count} dòng ở đầu trang (nên tối đa ${max}): "${drawn}". Hãy viết gọn hoặc tự chọn chỗ xuống dòng bằng một danh sách.`,
  en: `The agency name takes ${count} lines in the header (at most ${max} sit well): "${drawn}". Shorten it or choose the line breaks with a list.`,
});

/** GM040: agency names too long for the header column. */
export const longNamesRule = defineRule({
  codes: CODES,
  docs: {
    coQuanTooLong: {
      severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.2',
      title: both('Tên cơ quan quá dài cho đầu trang', 'Agency name too long for the header'),
      checks: both('Tên cơ quan chủ quản vừa tối đa 2 dòng, tên cơ quan ban hành tối đa 3 dòng ở cột trái đầu trang, ngắt giữa các từ; không có từ nào rộng hơn cột.', 'The parent agency fits in 2 lines and the issuing agency in 3 in the header column, broken between words, no word wider than the column.'),
      why: both('Ô số 2 là một cột hẹp; tên dài phải viết tắt cụm từ thông dụng (k.2-a: "UBND TỈNH …") hoặc tự chọn chỗ xuống dòng.', 'Box 2 is a narrow column; a long name abbreviates common phrases (k.2-a) or chooses its own breaks.'),
      wrong: 'co_quan:\n  chu_quan: ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\n  ten: SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ', right: 'co_quan:\n  chu_quan: UBND TỈNH THỪA THIÊN HUẾ\n  ten: [SỞ NÔNG NGHIỆP, VÀ PHÁT TRIỂN NÔNG THÔN]',
    },
  },
  check: (context) => TARGETS.flatMap((target) => checkTarget(context, target)),
});
