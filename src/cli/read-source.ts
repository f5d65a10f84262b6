/**
 * Reads a source file for the CLI: a clear one-line reason instead of a stack
 * trace. The bytes come through the guarded reader (only a regular file, its
 * size checked before and while reading); this adds the UTF-8 decoding and
 * says what went wrong in an invitation's terms.
 */
import type { Localized } from '../core/problem';
import { readGuarded } from '../node/guarded-read';
import { READ_LIMITS } from '../node/read-limits';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: Localized };

const decoder = new TextDecoder('utf-8', { fatal: true });
/** A UTF-8 character takes at most 4 bytes; a file larger than this cannot be within the core's limit. */
export const MAX_SOURCE_BYTES = READ_LIMITS.source;

export function readSource(file: string): ReadResult {
  const read = readGuarded(file, 'source');
  if (read.ok) return decode(read.bytes);
  if (read.why === 'directory') return fail('là một thư mục, không phải tệp giấy mời', 'is a directory, not an invitation file');
  if (read.why === 'special') return fail('không phải tệp thường (ống dẫn, thiết bị…), không đọc', 'is not a regular file (a pipe, a device…), not read');
  if (read.why === 'too-large') return tooLarge(read.size);
  return { ok: false, reason: read.reason };
}

/** The size is unknown when the file grew past the limit while it was read. */
function tooLarge(size: number | undefined): ReadResult {
  if (size === undefined) return fail(`quá lớn (tối đa ${MAX_SOURCE_BYTES} byte) để là một giấy mời`, `is too large (at most ${MAX_SOURCE_BYTES} bytes) for an invitation`);
  return fail(`quá lớn (${size} byte; tối đa ${MAX_SOURCE_BYTES}) để là một giấy mời`, `is too large (${size} bytes; at most ${MAX_SOURCE_BYTES}) for an invitation`);
}

function decode(bytes: Uint8Array): ReadResult {
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return fail('không phải văn bản UTF-8 (lưu lại tệp với bảng mã UTF-8)', 'is not UTF-8 text (save it as UTF-8)');
  }
}

const fail = (vi: string, en: string): ReadResult => ({ ok: false, reason: { vi, en } });
