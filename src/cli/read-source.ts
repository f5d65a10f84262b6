/** Reads a source file for the CLI: a clear one-line reason instead of a stack trace. */
import { readFileSync, statSync } from 'node:fs';
import type { Localized } from '../core/problem';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: Localized };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readSource(file: string): ReadResult {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) return fail('là một thư mục, không phải tệp giấy mời', 'is a directory, not an invitation file');
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('không tìm thấy tệp', 'no such file');
    if (code === 'EACCES' || code === 'EPERM') return fail('không có quyền đọc tệp', 'permission denied');
    return fail(`không đọc được tệp (${code ?? 'lỗi'})`, `cannot be read (${code ?? 'error'})`);
  }
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return fail('không phải văn bản UTF-8 (lưu lại tệp với bảng mã UTF-8)', 'is not UTF-8 text (save it as UTF-8)');
  }
}

const fail = (vi: string, en: string): ReadResult => ({ ok: false, reason: { vi, en } });
