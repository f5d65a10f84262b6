/**
 * The document as the recognisers read it: lines in reading order. A two-column
 * layout table (the decree's header and foot) gives each line its column;
 * manual line breaks split a paragraph into lines; other tables read row by row.
 */
import type { Block, Paragraph, TextRun } from './docx-model';

export interface Line {
  /** NFC text, spaces collapsed (tabs kept: they separate columns typed by hand). */
  readonly text: string;
  /** Runs of this line, for inline bold and italic. */
  readonly runs: readonly TextRun[];
  /** Most of the letters are bold / italic. */
  readonly bold: boolean;
  readonly italic: boolean;
  readonly align?: string;
  /** Set for lines inside a two-column layout table: which table and which column. */
  readonly table?: number;
  readonly column?: 0 | 1;
  /** The line is the paragraph's first (a manual break continues a paragraph). */
  readonly first: boolean;
  /** The label came from numbering.xml, not from the text. */
  readonly numbered: boolean;
}

export function documentLines(blocks: readonly Block[]): Line[] {
  const lines: Line[] = [];
  let tables = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') lines.push(...paragraphLines(block));
    else if (isLayoutTable(block.rows)) {
      const table = tables++;
      for (const column of [0, 1] as const) {
        for (const row of block.rows) lines.push(...cellLines(row[column] ?? []).map((l) => ({ ...l, table, column })));
      }
    } else for (const row of block.rows) lines.push(...rowLines(row));
  }
  return lines.filter((l) => l.text.trim() !== '');
}

/** Two cells a row, as Decree 30 lays out header and foot. */
function isLayoutTable(rows: readonly Block[][][]): boolean {
  return rows.length > 0 && rows.length <= 3 && rows.every((row) => row.length === 2);
}

function cellLines(cell: readonly Block[]): Line[] {
  return cell.flatMap((b) => (b.kind === 'paragraph' ? paragraphLines(b) : b.rows.flatMap(rowLines)));
}

/** A data table's row, its cells separated by tabs so no word is lost. */
function rowLines(row: readonly Block[][]): Line[] {
  const cells = row.map((cell) =>
    cellLines(cell)
      .map((l) => l.text)
      .join(' '),
  );
  const text = cells.join('\t');
  return [
    { text, runs: [{ text, bold: false, italic: false }], bold: false, italic: false, first: true, numbered: false },
  ];
}

export function paragraphLines(p: Paragraph): Line[] {
  const runs = p.label ? [{ text: `${p.label} `, bold: false, italic: false }, ...p.runs] : p.runs;
  return splitRuns(runs).map((lineRuns, i) => {
    const text = tidy(lineRuns.map((r) => r.text).join(''));
    return {
      text,
      runs: lineRuns,
      bold: mostly(lineRuns, 'bold'),
      italic: mostly(lineRuns, 'italic'),
      align: p.align,
      first: i === 0,
      numbered: i === 0 && p.label !== undefined,
    };
  });
}

/** Splits runs at manual line breaks. */
function splitRuns(runs: readonly TextRun[]): TextRun[][] {
  const lines: TextRun[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines[lines.length - 1].push({ ...run, text: piece });
    });
  }
  return lines;
}

function mostly(runs: readonly TextRun[], key: 'bold' | 'italic'): boolean {
  const letters = (s: string) => s.replace(/[\s\p{P}]/gu, '').length;
  const on = runs.filter((r) => r[key]).reduce((n, r) => n + letters(r.text), 0);
  const all = runs.reduce((n, r) => n + letters(r.text), 0);
  return all > 0 && on * 2 > all;
}

/** NFC, non-breaking spaces as spaces, runs of spaces collapsed (tabs kept). */
export function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/ {2,}/g, '  ')
    .replace(/^ +| +$/g, '');
}
