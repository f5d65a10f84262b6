/**
 * Nơi nhận: one recipient a line ending with ";", the last line
 * "Lưu: VT, …" ending with a full stop (NĐ 30/2020, PL I-P.I-M.II-k.9-d).
 */
import { isSeq, type Node } from 'yaml';
import type { Localized, NamesOf, RuleCode } from '../model/problem';
import type { SourceMap, StringValue } from '../source/source-map';
import { defineRule } from './define';
import type { RuleContext } from './rule';
import { problemAt, replaceFix, sameInSource, scalarAt, type Found } from './support';
import { say } from '../messages';

/** The codes this rule reports, by name. */
const CODES = {
  noiNhanLuuLine: 'GM020',
  noiNhanWithoutSemicolon: 'GM021',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

/** Any "Lưu …" line is the copies-kept line; its proper form is "Lưu: VT, …". */
const LUU = /^Lưu\s*(?::|VT\b)/iu;
const LUU_VT = /^Lưu\s*:\s*VT\b/u;

/** GM020 when the list lacks a final "Lưu: VT" line: append one after the last item. */
function missingLuu(source: SourceMap, last: StringValue): Found {
  const [start, end] = [last.node.range![0], last.node.range![1]];
  return problemAt(source, start, end, {
    code: CODES.noiNhanLuuLine,
    message: say('rules.noiNhanLuuLine.missing'),
    fixes: [replaceFix(source, say('rules.noiNhanLuuLine.addFix'), end, end, appendedItem(source, last))],
  });
}

/** The text that adds an item after `last`: a new "- " line in a block list, ", item" in a flow list. */
function appendedItem(source: SourceMap, last: StringValue): string {
  const seq = source.node(['noi_nhan']) as Node | undefined;
  if (isSeq(seq) && seq.flow) return ', "Lưu: VT."';
  const start = last.node.range![0];
  const lineStart = source.text.lastIndexOf('\n', start - 1) + 1;
  const prefix = source.text.slice(lineStart, start).replace(/[^\s-]/g, ' ');
  return `\n${prefix}"Lưu: VT."`;
}

/** GM020 when the "Lưu" line does not name the văn thư (VT) first. */
function luuWithoutVt(source: SourceMap, luu: StringValue): Found[] {
  if (LUU_VT.test(luu.value.trim())) return [];
  return [
    problemAt(source, luu.offsetAt(0), luu.offsetAt(luu.value.length), {
      code: CODES.noiNhanLuuLine,
      message: say('rules.noiNhanLuuLine.luuWithoutVt'),
    }),
  ];
}

/** A line that must end with `mark`; a final punctuation matching `replaceable` is swapped for it. */
interface Ending {
  readonly code: RuleCode;
  readonly mark: string;
  readonly replaceable: RegExp;
  readonly message: Localized;
  readonly fixTitle: Localized;
}

function missingEnding(source: SourceMap, item: StringValue, ending: Ending): Found[] {
  const text = item.value.trimEnd();
  const at = text.length - (ending.replaceable.test(text) ? 1 : 0);
  const fixable = sameInSource(source, item, 0, text.length);
  return [
    problemAt(source, item.offsetAt(0), item.offsetAt(item.value.length), {
      code: ending.code,
      message: ending.message,
      fixes: fixable
        ? [replaceFix(source, ending.fixTitle, item.offsetAt(at), item.offsetAt(text.length), ending.mark)]
        : undefined,
    }),
  ];
}

const LUU_STOP: Ending = {
  code: CODES.noiNhanLuuLine,
  mark: '.',
  replaceable: /[;,:]$/,
  message: say('rules.noiNhanLuuLine.fullStop'),
  fixTitle: say('rules.noiNhanLuuLine.fullStopFix'),
};

const SEMICOLON: Ending = {
  code: CODES.noiNhanWithoutSemicolon,
  mark: ';',
  replaceable: /(?<!\.\/)[.,:]$/,
  message: say('rules.noiNhanWithoutSemicolon.message'),
  fixTitle: say('rules.noiNhanWithoutSemicolon.fix'),
};

/** GM020 when the "Lưu" line does not end with a full stop. */
function luuWithoutStop(source: SourceMap, luu: StringValue): Found[] {
  return luu.value.trimEnd().endsWith('.') ? luuWithoutVt(source, luu) : missingEnding(source, luu, LUU_STOP);
}

/** GM021: every other line ends with ";" (a final "." or "," is replaced, not the "./." of a closing line). */
function semicolon(source: SourceMap, item: StringValue): Found[] {
  const text = item.value.trimEnd();
  return text.endsWith(';') || text.length === 0 ? [] : missingEnding(source, item, SEMICOLON);
}

/** GM020 when a "Lưu" line stands before other recipients. */
function luuNotLast(source: SourceMap, luu: StringValue): Found {
  return problemAt(source, luu.offsetAt(0), luu.offsetAt(luu.value.length), {
    code: CODES.noiNhanLuuLine,
    message: say('rules.noiNhanLuuLine.luuNotLast'),
  });
}

function check({ parsed, invitation }: RuleContext): Found[] {
  if (!invitation) return [];
  const items = invitation.noi_nhan
    .map((_, i) => scalarAt(parsed.source, ['noi_nhan', i]))
    .filter((v): v is StringValue => v !== undefined);
  const last = items[items.length - 1];
  if (!last || items.length !== invitation.noi_nhan.length) return [];
  const isLuu = (item: StringValue): boolean => LUU.test(item.value.trim());
  const misplaced = items
    .slice(0, -1)
    .filter(isLuu)
    .map((item) => luuNotLast(parsed.source, item));
  const luuProblems = isLuu(last)
    ? luuWithoutStop(parsed.source, last)
    : misplaced.length > 0
      ? []
      : [missingLuu(parsed.source, last)];
  const others = items.filter((item) => !isLuu(item));
  return [...misplaced, ...luuProblems, ...others.flatMap((item) => semicolon(parsed.source, item))];
}

/** GM020, GM021: the punctuation and last line of nơi nhận. */
export const recipientsRule = defineRule({
  codes: CODES,
  docs: {
    noiNhanLuuLine: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.9-d',
      title: say('rules.noiNhanLuuLine.title'),
      checks: say('rules.noiNhanLuuLine.checks'),
      why: say('rules.noiNhanLuuLine.why'),
      wrong: 'noi_nhan:\n  - Như trên;',
      right: 'noi_nhan:\n  - Như trên;\n  - "Lưu: VT."',
    },
    noiNhanWithoutSemicolon: {
      severity: 'warning',
      locator: 'NĐ 30/2020, PL I-P.I-M.II-k.9-d',
      title: say('rules.noiNhanWithoutSemicolon.title'),
      checks: say('rules.noiNhanWithoutSemicolon.checks'),
      why: say('rules.noiNhanWithoutSemicolon.why'),
      wrong: '  - Như thành phần mời',
      right: '  - Như thành phần mời;',
    },
  },
  check,
});
