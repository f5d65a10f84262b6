/**
 * Reads a source file for the CLI: a clear one-line reason instead of a stack
 * trace. Only a regular file is read (a FIFO or a device is refused, opened
 * without blocking so nothing hangs), and its size is checked on the open
 * file before a byte is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_SOURCE_CHARS } from '../core/parse';
import type { Localized } from '../core/problem';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: Localized };

const decoder = new TextDecoder('utf-8', { fatal: true });
/** A UTF-8 character takes at most 4 bytes; a file larger than this cannot be within the core's limit. */
export const MAX_SOURCE_BYTES = 4 * MAX_SOURCE_CHARS;

export function readSource(file: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return openFailure((error as NodeJS.ErrnoException).code);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return fail('là một thư mục, không phải tệp giấy mời', 'is a directory, not an invitation file');
    if (!stat.isFile()) return fail('không phải tệp thường (ống dẫn, thiết bị…), không đọc', 'is not a regular file (a pipe, a device…), not read');
    if (stat.size > MAX_SOURCE_BYTES) {
      return fail(`quá lớn (${stat.size} byte; tối đa ${MAX_SOURCE_BYTES}) để là một giấy mời`, `is too large (${stat.size} bytes; at most ${MAX_SOURCE_BYTES}) for an invitation`);
    }
    return decode(readAll(fd, stat.size));
  } catch (error) {
    return openFailure((error as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

/** Reads up to `size` bytes (plus one, to notice a file that grew past the limit meanwhile). */
function readAll(fd: number, size: number): Uint8Array {
  const buffer = Buffer.alloc(Math.min(size, MAX_SOURCE_BYTES) + 1);
  let at = 0;
  for (let n = 1; n > 0 && at < buffer.length; at += n) n = readSync(fd, buffer, at, buffer.length - at, null);
  if (at > MAX_SOURCE_BYTES) throw Object.assign(new Error('grew'), { code: 'EFBIG' });
  return buffer.subarray(0, at);
}

function decode(bytes: Uint8Array): ReadResult {
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return fail('không phải văn bản UTF-8 (lưu lại tệp với bảng mã UTF-8)', 'is not UTF-8 text (save it as UTF-8)');
  }
}

function openFailure(code: string | undefined): ReadResult {
  if (code === 'ENOENT') return fail('không tìm thấy tệp', 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return fail('không có quyền đọc tệp', 'permission denied');
  if (code === 'EISDIR') return fail('là một thư mục, không phải tệp giấy mời', 'is a directory, not an invitation file');
  if (code === 'EFBIG') return fail(`quá lớn (tối đa ${MAX_SOURCE_BYTES} byte) để là một giấy mời`, `is too large (at most ${MAX_SOURCE_BYTES} bytes) for an invitation`);
  return fail(`không đọc được tệp (${code ?? 'lỗi'})`, `cannot be read (${code ?? 'error'})`);
}

const fail = (vi: string, en: string): ReadResult => ({ ok: false, reason: { vi, en } });
