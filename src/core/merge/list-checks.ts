/**
 * Mistakes in the list and in the fields that use it, found before any copy
 * is made: a field naming no column (GM045), an empty cell a used field needs
 * (GM046), rows repeated (GM047), two columns of one name (GM048). Each is placed in the invitation and, for the
 * list's own cells, in the list file.
 */
import type { Localized, Problem, Severity } from '../model/problem';
import { MERGE_CODES } from '../rules/catalog';
import { editDistance } from '../schema/schema-info';
import type { SourceMap } from '../source/source-map';
import { MERGE_MESSAGES } from '../parse/merge-messages';
import type { Placeholder } from './placeholders';
import {
  cellLabel,
  cellValue,
  columnKey,
  findColumn,
  type GridCell,
  type ListKind,
  type ListRow,
  type ListTable,
} from './table';

/** A problem in the list file, at a cell (zero-based line and character of the file). */
export interface ListFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: Localized;
  readonly line: number;
  readonly character: number;
  readonly length: number;
}

/** A finding at one cell of the list. */
export function findingAt(cell: GridCell, code: string, severity: Severity, message: Localized): ListFinding {
  return { code, severity, message, line: cell.line, character: cell.character, length: Math.max(1, cell.text.length) };
}

/** GM045: every field whose column the list lacks, with a fix to the nearest column name. */
export function unknownColumns(
  fields: readonly Placeholder[],
  table: ListTable,
  listName: string,
  source: SourceMap,
): Problem[] {
  const names = table.columns.map((c) => c.name);
  return fields
    .filter((field) => !findColumn(table, field.name))
    .map((field) => {
      const range = source.range(field.start, field.end);
      const nearest = nearestColumn(field.name, names);
      const fixes = nearest
        ? [{ title: MERGE_MESSAGES.renameColumn(nearest), edits: [{ range, newText: `{{${nearest}}}` }] }]
        : undefined;
      return {
        code: MERGE_CODES.unknownColumn,
        severity: 'error',
        range,
        message: MERGE_MESSAGES.unknownColumn(field.name, listName, names.join(', ')),
        fixes,
      };
    });
}

function nearestColumn(name: string, columns: readonly string[]): string | undefined {
  const ranked = columns
    .map((column) => ({ column, distance: editDistance(columnKey(name), columnKey(column)) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.column : undefined;
}

/** GM046: a used column's empty cells, on each field in the invitation and on each cell in the list. */
export function emptyCells(
  fields: readonly Placeholder[],
  table: ListTable,
  source: SourceMap,
): { problems: Problem[]; findings: ListFinding[] } {
  const problems: Problem[] = [];
  const findings: ListFinding[] = [];
  const used = new Set(fields.map((f) => findColumn(table, f.name)).filter((c) => c !== undefined));
  for (const column of used) {
    const empty = table.rows.filter((row) => cellValue(row.cells[column.index]) === '');
    if (empty.length === 0) continue;
    const rows = MERGE_MESSAGES.rowsLabel(empty.map((r) => r.ordinal));
    for (const field of fields.filter((f) => findColumn(table, f.name) === column)) {
      problems.push({
        code: MERGE_CODES.emptyCell,
        severity: 'warning',
        range: source.range(field.start, field.end),
        message: MERGE_MESSAGES.emptyCell(column.name, rows),
      });
    }
    for (const row of empty)
      findings.push(
        findingAt(
          cellOf(row, column.index),
          MERGE_CODES.emptyCell,
          'warning',
          MERGE_MESSAGES.emptyCellHere(column.name),
        ),
      );
  }
  return { problems, findings };
}

/** The cell of a row at a column; a short row's missing cell is placed after its last one. */
export function cellOf(row: ListRow, index: number): GridCell {
  const cell = row.cells[index];
  if (cell) return cell;
  const last = row.cells[row.cells.length - 1];
  return { text: '', line: last?.line ?? row.line, character: last ? last.character + last.text.length + 1 : 0 };
}

/** GM047: rows equal to an earlier one, cell for cell. */
export function duplicateRows(
  table: ListTable,
  listRange: Problem['range'],
): { problems: Problem[]; findings: ListFinding[] } {
  const seen = new Map<string, number>();
  const repeats: { row: ListRow; first: number }[] = [];
  for (const row of table.rows) {
    const key = table.columns.map((c) => columnKey(cellValue(row.cells[c.index]))).join('\u0000');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.ordinal);
    else repeats.push({ row, first });
  }
  if (repeats.length === 0) return { problems: [], findings: [] };
  const pairs = repeats.map((r) => `${r.first} = ${r.row.ordinal}`).join(', ');
  const problem: Problem = {
    code: MERGE_CODES.duplicateRow,
    severity: 'warning',
    range: listRange,
    message: MERGE_MESSAGES.duplicateRows(pairs),
  };
  const findings = repeats.map((r) =>
    findingAt(cellOf(r.row, 0), MERGE_CODES.duplicateRow, 'warning', MERGE_MESSAGES.duplicateHere(r.first)),
  );
  return { problems: [problem], findings };
}

/**
 * GM048: two header cells naming one column (case and spacing aside). A field
 * would silently take the first, so the list is refused, naming both cells.
 */
export function duplicateColumns(
  table: ListTable,
  list: { readonly name: string; readonly kind: ListKind },
  listRange: Problem['range'],
): { problems: Problem[]; findings: ListFinding[] } {
  const seen = new Map<string, GridCell>();
  const problems: Problem[] = [];
  const findings: ListFinding[] = [];
  for (const column of table.columns) {
    const first = seen.get(columnKey(column.name));
    if (!first) {
      seen.set(columnKey(column.name), column.cell);
      continue;
    }
    const [at, again] = [cellLabel(list, first), cellLabel(list, column.cell)];
    problems.push({
      code: MERGE_CODES.listUnreadable,
      severity: 'error',
      range: listRange,
      message: MERGE_MESSAGES.duplicateColumn(list.name, column.name, at, again),
    });
    findings.push(findingAt(column.cell, MERGE_CODES.listUnreadable, 'error', MERGE_MESSAGES.duplicateColumnHere(at)));
  }
  return { problems, findings };
}
