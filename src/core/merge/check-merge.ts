/**
 * A list invitation checked whole: the list read, its mistakes found, then
 * every row's copy checked by the schema and the same Decree 30 rules as a
 * typed invitation. A problem all copies share is reported once as it is; one
 * that only some rows have names them, in the invitation and on their cells.
 */
import { validateData, type ParseResult } from '../parse/parse';
import type { Localized, Problem, Range } from '../model/problem';
import { MERGE_CODES, RULE_CODES } from '../rules/catalog';
import type { Invitation } from '../schema/schema';
import type { SourceMap } from '../source/source-map';
import {
  cellOf,
  duplicateColumns,
  duplicateRows,
  emptyCells,
  findingAt,
  unknownColumns,
  type ListFinding,
} from './list-checks';
import { MERGE_MESSAGES } from '../parse/merge-messages';
import { fillFields, placeholdersIn, type Placeholder } from './placeholders';
import { rowData, withRowSource } from './row-copy';
import {
  findColumn,
  MAX_LIST_ROWS,
  tableFromGrid,
  type ListKind,
  type ListRow,
  type ListTable,
  type LoadedList,
} from './table';
import type { MergeTemplate } from '../parse/template';

/** One invitee's copy. */
export interface MergeCopy {
  readonly row: ListRow;
  /** The invitee line of this copy (`kinh_moi.dong` filled in). */
  readonly label: string;
  /** Present when the copy satisfies the schema. */
  readonly invitation: Invitation | undefined;
}

/** What a list invitation adds to its check result. */
export interface MergeResult {
  readonly listName: string;
  readonly kind: ListKind | undefined;
  readonly table: ListTable | undefined;
  readonly copies: readonly MergeCopy[];
  /** Index into `copies` of the copy the preview and a plain export show. */
  readonly selected: number;
  /** Problems in the list file itself, at its cells. */
  readonly findings: readonly ListFinding[];
}

/** Runs the rules on one copy (check.ts passes its own, with the user's options). */
export type RunRules = (parsed: ParseResult) => Problem[];

/** Checks a list invitation with its loaded list; `selected` picks the copy to show (0-based). */
export function checkMerge(
  parsed: ParseResult,
  template: MergeTemplate,
  list: LoadedList | undefined,
  runRules: RunRules,
  selected = 0,
) {
  const listRange = parsed.source.valueRange(['kinh_moi', 'danh_sach']) ?? parsed.source.valueRange(['kinh_moi'])!;
  const base = { listName: template.listName, kind: list?.ok ? list.kind : undefined };
  if (list && !list.ok && list.reason === 'pending')
    return {
      problems: [],
      invitation: undefined,
      merge: { ...base, table: undefined, copies: [], selected: 0, findings: [] } satisfies MergeResult,
    };
  const unreadable = listProblem(template, list, listRange);
  const table = list?.ok ? tableFromGrid(list.grid) : undefined;
  const tooLong =
    table && table.rows.length > MAX_LIST_ROWS
      ? listError(listRange, MERGE_MESSAGES.tooManyRows(template.listName, table.rows.length, MAX_LIST_ROWS))
      : undefined;
  if (unreadable || tooLong || !list?.ok || !table || table.rows.length === 0 || !template.line) {
    const problem = unreadable ?? tooLong;
    const problems = problem
      ? [problem]
      : template.line
        ? [listError(listRange, MERGE_MESSAGES.listEmpty(template.listName))]
        : [];
    return {
      problems,
      invitation: undefined,
      merge: { ...base, table, copies: [], selected: 0, findings: [] } satisfies MergeResult,
    };
  }
  const fields = placeholdersIn(parsed.source);
  const empty = emptyCells(fields, table, parsed.source);
  const repeated = duplicateRows(table, listRange);
  const twice = duplicateColumns(table, { name: template.listName, kind: list.kind }, listRange);
  const problems = [
    ...legacy(list, listRange),
    ...twice.problems,
    ...unknownColumns(fields, table, template.listName, parsed.source),
    ...empty.problems,
    ...repeated.problems,
  ];
  const findings = [...twice.findings, ...empty.findings, ...repeated.findings];
  const copies = table.rows.map((row) => checkCopy(parsed, template, table, row, runRules));
  const shared = shareProblems(copies, fields, table, parsed.source);
  const chosen = Math.max(0, Math.min(selected, copies.length - 1));
  const merge: MergeResult = {
    ...base,
    table,
    copies: copies.map((c) => c.copy),
    selected: chosen,
    findings: [...findings, ...shared.findings],
  };
  return { problems: [...problems, ...shared.problems], invitation: copies[chosen].copy.invitation, merge };
}

function checkCopy(parsed: ParseResult, template: MergeTemplate, table: ListTable, row: ListRow, runRules: RunRules) {
  const data = rowData(parsed.data, table, row);
  return withRowSource(parsed.source, table, row, (source) => {
    const checked = validateData(data, source);
    const copyParsed: ParseResult = { source, data, invitation: checked.invitation, problems: checked.problems };
    const problems = [...checked.problems, ...runRules(copyParsed)];
    const label = fillFields(template.line ?? '', table, row);
    return { copy: { row, label, invitation: checked.invitation }, problems };
  });
}

type Checked = ReturnType<typeof checkCopy>;

/** Groups the copies' problems: said once when every copy has it, else naming the rows. */
function shareProblems(
  copies: readonly Checked[],
  fields: readonly Placeholder[],
  table: ListTable,
  source: SourceMap,
) {
  const groups = new Map<string, { problem: Problem; rows: ListRow[] }>();
  for (const { copy, problems } of copies) {
    for (const problem of problems) {
      const key = `${problem.code}|${problem.range.start.line}:${problem.range.start.character}|${problem.message.en}`;
      const group = groups.get(key) ?? { problem, rows: [] };
      if (group.rows[group.rows.length - 1] !== copy.row) group.rows.push(copy.row); // copies come in order: a row repeats only as the last
      groups.set(key, group);
    }
  }
  const problems: Problem[] = [];
  const findings: ListFinding[] = [];
  for (const { problem, rows } of groups.values()) {
    if (rows.length === copies.length) {
      problems.push(problem);
      continue;
    }
    const label = MERGE_MESSAGES.rowsLabel(rows.map((r) => r.ordinal));
    problems.push({ ...problem, message: MERGE_MESSAGES.rowProblem(label, problem.message), fixes: undefined });
    for (const row of rows) findings.push(...cellsBehind(problem, row, fields, table, source));
  }
  return { problems, findings };
}

/** The row's cells that fed the text a problem is on; the row's first cell when none did. */
function cellsBehind(
  problem: Problem,
  row: ListRow,
  fields: readonly Placeholder[],
  table: ListTable,
  source: SourceMap,
): ListFinding[] {
  const message = MERGE_MESSAGES.rowHere(problem.message);
  const columns = fields
    .filter((field) => overlaps(nodeRange(source, field), problem.range))
    .map((f) => findColumn(table, f.name))
    .filter((c) => c !== undefined);
  const cells = [...new Set(columns)].map((column) => cellOf(row, column.index));
  return (cells.length ? cells : [cellOf(row, 0)]).map((cell) =>
    findingAt(cell, problem.code, problem.severity, message),
  );
}

function nodeRange(source: SourceMap, field: Placeholder): Range {
  return source.valueRange(field.path) ?? source.range(field.start, field.end);
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) =>
    x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

function listProblem(template: MergeTemplate, list: LoadedList | undefined, range: Range): Problem | undefined {
  if (!template.listName) return undefined;
  if (!list || (!list.ok && list.reason === 'missing'))
    return listError(range, MERGE_MESSAGES.listMissing(template.listName));
  if (!list.ok && list.reason === 'format') return listError(range, MERGE_MESSAGES.listFormat(template.listName));
  if (!list.ok) return listError(range, MERGE_MESSAGES.listUnreadable(template.listName, list.detail ?? ''));
  return undefined;
}

function listError(range: Range, message: Localized): Problem {
  return { code: MERGE_CODES.listUnreadable, severity: 'error', range, message };
}

/** A list in TCVN3 or VNI was converted by the reader; say so (NĐ 30/2020, PL I-P.I-M.I-k.4: Unicode). */
function legacy(list: Extract<LoadedList, { ok: true }>, range: Range): Problem[] {
  if (list.encoding !== 'tcvn3' && list.encoding !== 'vni') return [];
  const code = list.encoding === 'tcvn3' ? RULE_CODES.textInTcvn3 : RULE_CODES.textInVni;
  const name = list.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
  return [
    {
      code,
      severity: 'warning',
      range,
      locator: 'NĐ 30/2020, PL I-P.I-M.I-k.4',
      message: MERGE_MESSAGES.listLegacy(list.name, name),
    },
  ];
}
