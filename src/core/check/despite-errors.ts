/**
 * What the rules read when the parser refused the file. A structural error
 * used to hide every finding of the rules: a misspelt key (`dia_danhh`) showed
 * its two problems, and four more appeared once it was fixed. Here the rules
 * run on the text with the parser's own one-line fixes applied (a key renamed
 * to the one it suggests, a line with a colon quoted), then on what of the
 * model the schema still accepts (parse/salvage.ts); their findings are moved
 * back onto the text the user wrote.
 *
 * What cannot run: every rule that reads the model when a required part is
 * missing or refused with no fix to apply (co_quan, dia_danh, trich_yeu,
 * nguoi_ky, noi_nhan and the keys required inside them), and all but the text
 * rules when the YAML cannot be read with no fix to apply. A list invitation's
 * template is left to merge/, which checks each row's copy.
 */
import type { Problem, Range } from '../model/problem';
import { parseUncached, type ParseResult } from '../parse/parse';
import { salvageForRules } from '../parse/salvage';
import type { Invitation } from '../schema/schema';
import type { SourceMap } from '../source/source-map';

/** An edit on source offsets [start, end) of the text the user wrote. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface RulesInput {
  readonly parsed: ParseResult;
  readonly invitation: Invitation | undefined;
  /** A rule's problem on `parsed`, placed on the text the user wrote. */
  readonly placeBack: (problem: Problem) => Problem;
  /** The schema's problems a YAML error kept the parser from seeing, found on the fixed text and placed back. */
  readonly revealed: readonly Problem[];
}

const asWritten = (problem: Problem) => problem;
const nothing = (parsed: ParseResult, invitation?: Invitation): RulesInput => ({
  parsed,
  invitation,
  placeBack: asWritten,
  revealed: [],
});

/** A YAML error hides the schema's problems and their fixes: a second round applies those. */
const MAX_FIX_ROUNDS = 3;
/** A few mistakes are typos worth correcting for the rules; a file with more is not read as their author meant. */
const MAX_FIXES = 20;

/** What the rules read for a parsed file: the file itself when the schema accepts it. */
export function rulesInput(parsed: ParseResult, rounds = MAX_FIX_ROUNDS): RulesInput {
  if (parsed.invitation || parsed.template) return nothing(parsed, parsed.invitation);
  const edits = rounds > 0 ? parserFixes(parsed) : [];
  if (edits.length > 0 && edits.length <= MAX_FIXES) {
    const fixed = parseUncached(applyEdits(parsed.source.text, edits));
    const inner = rulesInput(fixed, rounds - 1);
    const back = (p: Problem) => placedBack(p, parsed.source, fixed.source, edits);
    // The fixes are used only when they lead to a model (a rename onto an existing key would not).
    if (inner.invitation && !inner.parsed.template) {
      const hidden = parsed.data === undefined ? [...fixed.problems, ...inner.revealed] : inner.revealed;
      return { ...inner, placeBack: (p) => back(inner.placeBack(p)), revealed: hidden.map(back) };
    }
  }
  return nothing(parsed, parsed.data === undefined ? undefined : salvageForRules(parsed.data));
}

/** The first fix of each structural problem, when its edits stay on one line; overlapping edits are left out. */
function parserFixes(parsed: ParseResult): Edit[] {
  const edits = parsed.problems
    .flatMap((p) => {
      const first = p.fixes?.[0]?.edits ?? [];
      return first.length === 1 ? first : [];
    })
    .filter((e) => e.range.start.line === e.range.end.line && !e.newText.includes('\n'))
    .map((e) => ({
      start: parsed.source.offset(e.range.start),
      end: parsed.source.offset(e.range.end),
      newText: e.newText,
    }))
    .sort((a, b) => a.start - b.start);
  return edits.filter((e, i) => i === 0 || e.start >= edits[i - 1].end);
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * An offset of the fixed text on the written one. Inside an edit it is exact
 * only for a value put in quotes as it was written (a colon in the text);
 * elsewhere inside an edit (a renamed key) it falls on the edit's start.
 */
function writtenOffset(offset: number, edits: readonly Edit[], written: string): { offset: number; exact: boolean } {
  let shift = 0;
  for (const e of edits) {
    const start = e.start + shift;
    if (offset <= start) break;
    const end = start + e.newText.length;
    if (offset < end) {
      const quoted = e.newText === `"${written.slice(e.start, e.end)}"`;
      return quoted
        ? { offset: e.start + Math.max(0, offset - start - 1), exact: true }
        : { offset: e.start, exact: false };
    }
    shift += e.newText.length - (e.end - e.start);
  }
  return { offset: offset - shift, exact: true };
}

/** The problem on the written text; its fixes are kept only when each of their edits is placed exactly. */
function placedBack(problem: Problem, written: SourceMap, fixed: SourceMap, edits: readonly Edit[]): Problem {
  const place = (range: Range) => {
    const start = writtenOffset(fixed.offset(range.start), edits, written.text);
    const end = writtenOffset(fixed.offset(range.end), edits, written.text);
    return { range: written.range(start.offset, Math.max(start.offset, end.offset)), exact: start.exact && end.exact };
  };
  const fixes = problem.fixes?.filter((fix) => fix.edits.every((e) => place(e.range).exact));
  return {
    ...problem,
    range: place(problem.range).range,
    fixes: fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, range: place(e.range).range })) })),
  };
}
