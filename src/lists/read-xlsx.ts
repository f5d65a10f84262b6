/**
 * An XLSX list → the core's grid, read with read-excel-file (MIT; fflate and
 * a small SAX parser; runs in Node and in a browser worker). Bundled on its
 * own (dist/xlsx.js, see load-xlsx.ts): only a spreadsheet list pays for it. Numbers and dates are
 * written as people type them: 2025-03-20, 08:00, 2025-03-20 08:00, 12.
 */
import { readSheet } from 'read-excel-file/universal';
import type { GridCell } from '../core/merge';
import { checkXlsxBounds } from './xlsx-bounds';

type CellValue = string | number | boolean | Date | null;

/** The first sheet's rows; a merged cell's value is in its first cell, the others empty. */
export async function readXlsxGrid(bytes: Uint8Array): Promise<GridCell[][]> {
  checkXlsxBounds(bytes); // before read-excel-file, which inflates every part at once
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows = (await readSheet(buffer, { trim: false })) as CellValue[][];
  return rows.map((row, line) => row.map((value, character) => ({ text: cellText(value), line, character })));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel stores dates as UTC midnight plus the time of day; a time alone falls on 1899-12-30/31. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

function dateText(date: Date): string {
  const ms = Math.round(date.getTime() / 60000) * 60000;
  const d = new Date(ms);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (d.getUTCFullYear() < 1900) return time;
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return time === '00:00' ? day : `${day} ${time}`;
}
