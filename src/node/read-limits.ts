/**
 * The one table of how many bytes giaymoi reads of each kind of file. Pure
 * numbers (no Node module), so the editor applies the same limits through
 * `workspace.fs.stat` in a browser too. The README's "Giới hạn · Limits"
 * section lists them.
 */
import { MAX_SOURCE_CHARS } from '../core/check';
import { MAX_DOCX_BYTES } from '../import/limits';
import { MAX_LIST_BYTES } from '../lists/limits';
import type { Localized } from '../core/model';
import { say } from '../core/messages';

/** Bytes of each kind of file read at most. */
export const READ_LIMITS = {
  /** An invitation: the core refuses more than MAX_SOURCE_CHARS characters, and a UTF-8 character takes at most 4 bytes. */
  source: 4 * MAX_SOURCE_CHARS,
  /** An invitee list, CSV or XLSX. */
  list: MAX_LIST_BYTES,
  /** giaymoi.config.yaml: a real one is a few KB (rule levels, days off); 64 KB is ten times that. */
  config: 64 * 1024,
  /** A Word invitation to import (.docx, and a .doc before LibreOffice converts it). */
  word: MAX_DOCX_BYTES,
} as const;

export type FileKind = keyof typeof READ_LIMITS;

/** What each kind is called in a message. */
export const KIND_NAMES: Record<FileKind, Localized> = {
  source: say('files.kind.source'),
  list: say('files.kind.list'),
  config: say('files.kind.config'),
  word: say('files.kind.word'),
};

/** "quá lớn (N byte; tối đa M byte cho một danh sách khách mời)". */
export function tooLarge(kind: FileKind, size: number | undefined): Localized {
  const limit = READ_LIMITS[kind];
  if (size === undefined) return say('files.tooLarge', { limit, kind: KIND_NAMES[kind] });
  return say('files.tooLargeSize', { size, limit, kind: KIND_NAMES[kind] });
}
