/**
 * Nơi nhận: one recipient a line ending with ";", the last line
 * "Lưu: VT, …" ending with a full stop (NĐ 30/2020, PL I-P.I-M.II-k.9-d).
 */
import { isSeq, type Node } from 'yaml';
import type { Localized, NamesOf, RuleCode } from '../problem';
import type { SourceMap, StringValue } from '../source';
import { both, defineRule } from './define';
import type { RuleContext } from './rule';
import { problemAt, replaceFix, sameInSource, scalarAt, type Found } from './support';

/** The codes this rule reports, by name. */
const CODES = {
  noiNhanLuuLine: 'GM020',
  noiNhanWithoutSemicolon: 'GM021',
} as const;
declare module '../problem' {
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
    message: {
      vi: 'Nơi nhận phải kết thúc bằng dòng "Lưu: VT, …." (bản lưu tại văn thư và đơn vị soạn thảo); thêm dòng `- "Lưu: VT."` (đặt trong ngoặc kép vì có dấu ":").',
      en: 'Nơi nhận ends with the line "Lưu: VT, …." (the copies kept); add `- "Lưu: VT."` (quoted, because of the ":").',
    },
    fixes: [replaceFix(source, { vi: 'Thêm dòng "Lưu: VT."', en: 'Add the line "Lưu: VT."' }, end, end, appendedItem(source, last))],
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
  return [problemAt(source, luu.offsetAt(0), luu.offsetAt(luu.value.length), {
    code: CODES.noiNhanLuuLine,
    message: { vi: 'Dòng lưu viết "Lưu: VT, <đơn vị soạn thảo>." (VT là văn thư cơ quan).', en: 'The copies-kept line reads "Lưu: VT, <drafting unit>." (VT is the registry).' },
  })];
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
  return [problemAt(source, item.offsetAt(0), item.offsetAt(item.value.length), {
    code: ending.code,
    message: ending.message,
    fixes: fixable ? [replaceFix(source, ending.fixTitle, item.offsetAt(at), item.offsetAt(text.length), ending.mark)] : undefined,
  })];
}

const LUU_STOP: Ending = {
  code: CODES.noiNhanLuuLine,
  mark: '.',
  replaceable: /[;,:]$/,
  message: { vi: 'Dòng "Lưu: VT…" kết thúc bằng dấu chấm ".".', en: 'The "Lưu: VT…" line ends with a full stop.' },
  fixTitle: { vi: 'Thêm dấu chấm', en: 'Add the full stop' },
};

const SEMICOLON: Ending = {
  code: CODES.noiNhanWithoutSemicolon,
  mark: ';',
  replaceable: /(?<!\.\/)[.,:]$/,
  message: { vi: 'Mỗi nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu chấm phẩy ";".', en: 'Each recipient line (except "Lưu") ends with ";".' },
  fixTitle: { vi: 'Kết thúc bằng ";"', en: 'End with ";"' },
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
    message: { vi: 'Dòng "Lưu: VT…" là dòng cuối cùng của nơi nhận; chuyển nó xuống cuối danh sách.', en: 'The "Lưu: VT…" line is the last recipient line; move it to the end.' },
  });
}

function check({ parsed, invitation }: RuleContext): Found[] {
  if (!invitation) return [];
  const items = invitation.noi_nhan.map((_, i) => scalarAt(parsed.source, ['noi_nhan', i])).filter((v): v is StringValue => v !== undefined);
  const last = items[items.length - 1];
  if (!last || items.length !== invitation.noi_nhan.length) return [];
  const isLuu = (item: StringValue): boolean => LUU.test(item.value.trim());
  const misplaced = items.slice(0, -1).filter(isLuu).map((item) => luuNotLast(parsed.source, item));
  const luuProblems = isLuu(last) ? luuWithoutStop(parsed.source, last) : misplaced.length > 0 ? [] : [missingLuu(parsed.source, last)];
  const others = items.filter((item) => !isLuu(item));
  return [...misplaced, ...luuProblems, ...others.flatMap((item) => semicolon(parsed.source, item))];
}

/** GM020, GM021: the punctuation and last line of nơi nhận. */
export const recipientsRule = defineRule({
  codes: CODES,
  docs: {
    noiNhanLuuLine: {
      severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.9-d',
      title: both('Dòng "Lưu: VT…" của nơi nhận', 'The "Lưu: VT…" line'),
      checks: both('Nơi nhận kết thúc bằng một dòng "Lưu: VT, <đơn vị soạn thảo>." có dấu chấm.', 'Recipients end with one "Lưu: VT, <unit>." line with its full stop.'),
      why: both('Bản lưu tại văn thư và đơn vị soạn thảo là bắt buộc.', 'Copies kept by the registry and the drafting unit are required.'),
      wrong: 'noi_nhan:\n  - Như trên;', right: 'noi_nhan:\n  - Như trên;\n  - "Lưu: VT."',
    },
    noiNhanWithoutSemicolon: {
      severity: 'warning', locator: 'NĐ 30/2020, PL I-P.I-M.II-k.9-d',
      title: both('Nơi nhận kết thúc bằng ";"', 'Recipient lines end with ";"'),
      checks: both('Mỗi dòng nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu chấm phẩy.', 'Each recipient line but "Lưu" ends with ";".'),
      why: both('Thể thức nơi nhận theo Phụ lục I.', 'The recipients format of Appendix I.'),
      wrong: '  - Như thành phần mời', right: '  - Như thành phần mời;',
    },
  },
  check,
});
