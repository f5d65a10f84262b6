/**
 * The office's invitee list as the core sees it: a grid of cells read by a
 * reader outside the core (CSV, XLSX), each cell with its place in the file,
 * and the table found in it (a title row or blank rows may stand above the
 * header; blank rows between invitees are skipped).
 */

/** One cell as read, with its zero-based place: line and character for CSV, row and column for XLSX. */
export interface GridCell {
  readonly text: string;
  readonly line: number;
  readonly character: number;
}

export type ListKind = 'csv' | 'xlsx';

/** How the list's text was stored; legacy ones are converted by the reader and reported. */
export type ListEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16' | 'windows-1258' | 'tcvn3' | 'vni' | 'xlsx';

/** What a reader hands the core: the rows it read, or why it could not. */
export type LoadedList =
  | {
      readonly ok: true;
      readonly name: string;
      readonly kind: ListKind;
      readonly encoding: ListEncoding;
      readonly grid: readonly (readonly GridCell[])[];
    }
  | {
      readonly ok: false;
      readonly name: string;
      readonly reason: 'missing' | 'unreadable' | 'format' | 'pending';
      readonly detail?: string;
    };

export interface ListColumn {
  readonly name: string;
  readonly index: number;
  readonly cell: GridCell;
}

/** One invitee: `ordinal` counts from 1 in list order; `line` is where its row starts in the file. */
export interface ListRow {
  readonly ordinal: number;
  readonly line: number;
  readonly cells: readonly (GridCell | undefined)[];
}

export interface ListTable {
  readonly columns: readonly ListColumn[];
  readonly rows: readonly ListRow[];
}

/**
 * The most invitees a list may have: each is a copy checked on every edit, and
 * an office's list is a few hundred (100,000 rows ran for minutes, issue 31).
 */
export const MAX_LIST_ROWS = 20_000;

/** How many rows above the header are searched for it. */
const HEADER_SEARCH_ROWS = 20;

/** Header names and placeholder names compare in NFC, case and spacing aside. */
export function columnKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** A cell's value as one line of text (NFC, spaces collapsed: a cell with a line break fills one line). */
export function cellValue(cell: GridCell | undefined): string {
  return (cell?.text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

const filled = (row: readonly GridCell[]) => row.filter((cell) => cellValue(cell) !== '').length;

/** The header is the first of the top rows with the most filled cells (a title row has one). */
export function tableFromGrid(grid: readonly (readonly GridCell[])[]): ListTable | undefined {
  const top = grid.slice(0, HEADER_SEARCH_ROWS);
  const most = Math.max(0, ...top.map(filled));
  const headerAt = top.findIndex((row) => filled(row) === most && most > 0);
  if (headerAt < 0) return undefined;
  const columns = grid[headerAt].flatMap((cell, index) =>
    cellValue(cell) ? [{ name: cellValue(cell), index, cell }] : [],
  );
  const rows: ListRow[] = [];
  for (const row of grid.slice(headerAt + 1)) {
    if (filled(row) === 0) continue;
    rows.push({ ordinal: rows.length + 1, line: row[0]?.line ?? 0, cells: row });
  }
  return { columns, rows };
}

/** The column a placeholder names, if the list has it. */
export function findColumn(table: ListTable, name: string): ListColumn | undefined {
  const key = columnKey(name);
  return table.columns.find((column) => columnKey(column.name) === key);
}

/** "khach-moi.csv:20:5" for CSV, "khach-moi.xlsx!C20" for a spreadsheet. */
export function cellLabel(
  list: { readonly name: string; readonly kind: ListKind },
  cell: { readonly line: number; readonly character: number },
): string {
  if (list.kind === 'csv') return `${list.name}:${cell.line + 1}:${cell.character + 1}`;
  return `${list.name}!${columnLetters(cell.character)}${cell.line + 1}`;
}

function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
