/**
 * Names of a list merge's files from a pattern with the list's fields, e.g.
 * "{{STT}} - {{Họ và tên}}"; without a pattern, each copy's invitee line.
 */
import type { MergeResult } from './check-merge';
import { fieldNames, fillFields } from './placeholders';
import { findColumn } from './table';

export type CopyNames =
  | { readonly ok: true; readonly names: readonly string[] }
  | { readonly ok: false; readonly unknown: readonly string[] };

/** One name (no extension, not yet made file-safe) per copy, or the pattern's fields the list lacks. */
export function copyNames(merge: MergeResult, pattern: string | undefined): CopyNames {
  const table = merge.table;
  if (!pattern?.trim() || !table) return { ok: true, names: merge.copies.map((c) => c.label) };
  const unknown = fieldNames(pattern).filter((name) => !findColumn(table, name));
  if (unknown.length) return { ok: false, unknown };
  return { ok: true, names: merge.copies.map((c) => fillFields(pattern, table, c.row) || String(c.row.ordinal)) };
}
