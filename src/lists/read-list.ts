/**
 * Reads an invitee list for the core from bytes the shell fetched (Node fs in
 * the CLI, vscode.workspace.fs in the extension): CSV decoded and parsed here,
 * XLSX by the lazily loaded reader. Never throws: a bad file is a LoadedList
 * that says why.
 */
import type { LoadedList } from '../core/merge';
import { decodeListBytes } from './decode-text';
import { readCsvGrid } from './read-csv';
import { loadXlsxReader } from './load-xlsx';
import { MAX_LIST_BYTES } from './limits';

export { MAX_LIST_BYTES };

/** The file kind by its name; .xls (Excel 97) and .ods are not read. */
export function listKindOf(name: string): 'csv' | 'xlsx' | undefined {
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  if (/\.xlsx$/i.test(name)) return 'xlsx';
  return undefined;
}

/** The list from its bytes (`undefined` bytes: the file does not exist). */
export async function readList(name: string, bytes: Uint8Array | undefined): Promise<LoadedList> {
  const kind = listKindOf(name);
  if (!kind) return { ok: false, name, reason: 'format' };
  if (!bytes) return { ok: false, name, reason: 'missing' };
  if (bytes.byteLength > MAX_LIST_BYTES)
    return { ok: false, name, reason: 'unreadable', detail: `> ${MAX_LIST_BYTES / 1024 / 1024} MB` };
  if (kind === 'csv') return readCsvList(name, bytes);
  try {
    return { ok: true, name, kind, encoding: 'xlsx', grid: await loadXlsxReader().readXlsxGrid(bytes) };
  } catch (error) {
    return unreadable(name, error);
  }
}

/** A CSV list, read at once (no lazy module to wait for). */
export function readCsvList(name: string, bytes: Uint8Array): LoadedList {
  try {
    const decoded = decodeListBytes(bytes);
    return { ok: true, name, kind: 'csv', encoding: decoded.encoding, grid: readCsvGrid(decoded.text) };
  } catch (error) {
    return unreadable(name, error);
  }
}

function unreadable(name: string, error: unknown): LoadedList {
  return {
    ok: false,
    name,
    reason: 'unreadable',
    detail: error instanceof Error ? error.message.split('\n')[0] : String(error),
  };
}
