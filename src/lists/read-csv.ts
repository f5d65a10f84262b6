/**
 * A CSV list → the core's grid, with each cell's line and character in the
 * decoded text (where an editor shows it). Parsing is csv-parse's; this file
 * only picks the separator (`;` from Excel on a Vietnamese Windows, `,`
 * elsewhere, a tab from "Unicode text") and finds where each cell starts.
 */
import { parse } from 'csv-parse/sync';
import type { GridCell } from '../core/merge';

const SEPARATORS = [';', ',', '\t'] as const;

/** The separator used most outside quotes in the first lines. */
export function guessSeparator(text: string): string {
  const head = text.slice(0, 8192).replace(/"[^"]*"/g, '');
  const counts = SEPARATORS.map((sep) => head.split(sep).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? SEPARATORS[best] : ',';
}

interface ParsedRecord {
  readonly record: string[];
  readonly raw: string;
}

/** Rows of cells, each placed in `text`; throws csv-parse's error on a broken quote. */
export function readCsvGrid(text: string): GridCell[][] {
  const delimiter = guessSeparator(text);
  const records = parse(text, {
    delimiter,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as unknown as ParsedRecord[];
  const starts = lineStarts(text);
  let offset = 0;
  return records.map(({ record, raw }) => {
    const cellStarts = fieldStarts(raw, delimiter);
    const row = record.map((value, i) => ({ text: value, ...position(starts, offset + (cellStarts[i] ?? 0)) }));
    offset += raw.length;
    return row;
  });
}

/** Offsets in a raw record where each field begins (quotes may hold separators and line breaks). */
function fieldStarts(raw: string, delimiter: string): number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) starts.push(i + 1);
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
  }
  return starts;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; character: number } {
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}
