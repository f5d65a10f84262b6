/**
 * The one way giaymoi reads a file on Node (source, list, configuration, Word
 * file): only a regular file, refused before it is opened when it is a pipe, a
 * device or a socket (and checked again on the open file, opened without
 * blocking so a FIFO swapped in meanwhile cannot hang the read), its size
 * checked before reading and enforced while reading, so a file that grows or a
 * link to /dev/zero never holds more than its kind's limit in memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { Localized } from '../core/model';
import { READ_LIMITS, tooLarge, type FileKind } from './read-limits';
import { say } from '../core/messages';

export type ReadFailure = 'missing' | 'directory' | 'special' | 'too-large' | 'denied' | 'failed';
export type GuardedRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly ok: false;
      readonly why: ReadFailure;
      readonly reason: Localized;
      readonly size?: number;
      readonly code?: string;
    };

const CHUNK = 64 * 1024;

/** The bytes of the file at `path`, read within the limit of its `kind`. */
export function readGuarded(path: string, kind: FileKind): GuardedRead {
  const refused = refuseGuarded(path, kind);
  if (refused) return refused;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return failure(kind, (error as NodeJS.ErrnoException).code);
  }
  try {
    const stat = fstatSync(fd);
    return refusal(stat, kind) ?? readBounded(fd, stat.size, kind);
  } catch (error) {
    return failure(kind, (error as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

/**
 * Why the file at `path` must not be read, from its metadata alone (for a file another
 * program opens, as LibreOffice opens a .doc); undefined when it may be read.
 */
export function refuseGuarded(path: string, kind: FileKind): (GuardedRead & { ok: false }) | undefined {
  try {
    return refusal(statSync(path), kind);
  } catch (error) {
    return failure(kind, (error as NodeJS.ErrnoException).code);
  }
}

/** Why a file is not read, judged by its metadata alone; undefined when it may be read. */
function refusal(stat: Stats, kind: FileKind): (GuardedRead & { ok: false }) | undefined {
  if (stat.isDirectory()) return fail('directory', say('files.directory'));
  if (!stat.isFile()) return fail('special', say('files.special'));
  if (stat.size > READ_LIMITS[kind]) return { ...fail('too-large', tooLarge(kind, stat.size)), size: stat.size };
  return undefined;
}

/**
 * Reads an open file to its end, but never more than the limit plus one byte, whatever
 * `expected` (its size when stat'ed) said: a file that grew past the limit is refused.
 */
export function readBounded(fd: number, expected: number, kind: FileKind): GuardedRead {
  const limit = READ_LIMITS[kind];
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const want = Math.min(Math.max(expected - total + 1, CHUNK), limit + 1 - total);
    const chunk = Buffer.allocUnsafe(want);
    const n = readSync(fd, chunk, 0, want, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  if (total > limit) return fail('too-large', tooLarge(kind, undefined));
  return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
}

function failure(kind: FileKind, code: string | undefined): GuardedRead & { ok: false } {
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail('missing', say('files.missing'));
  if (code === 'EACCES' || code === 'EPERM') return fail('denied', say('files.denied'));
  if (code === 'EISDIR') return fail('directory', say('files.directory'));
  if (code === 'ENXIO' || code === 'EOPNOTSUPP') return fail('special', say('files.specialSocket'));
  if (code === 'EFBIG') return fail('too-large', tooLarge(kind, undefined));
  return { ...fail('failed', say('files.failed', { code: code ?? say('files.unknownCode') })), code };
}

const fail = (why: ReadFailure, reason: Localized): GuardedRead & { ok: false } => ({ ok: false, why, reason });
