/**
 * Reads a source file for the CLI: a clear one-line reason instead of a stack
 * trace. The bytes come through the guarded reader (only a regular file, its
 * size checked before and while reading); this adds the UTF-8 decoding and
 * says what went wrong in an invitation's terms.
 */
import type { Localized } from '../core/model';
import { readGuarded } from '../node/guarded-read';
import { READ_LIMITS } from '../node/read-limits';
import { say } from '../core/messages';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: Localized };

const decoder = new TextDecoder('utf-8', { fatal: true });
/** A UTF-8 character takes at most 4 bytes; a file larger than this cannot be within the core's limit. */
export const MAX_SOURCE_BYTES = READ_LIMITS.source;

export function readSource(file: string): ReadResult {
  const read = readGuarded(file, 'source');
  if (read.ok) return decode(read.bytes);
  if (read.why === 'directory') return fail(say('cli.source.directory'));
  if (read.why === 'special') return fail(say('cli.source.special'));
  if (read.why === 'too-large') return tooLarge(read.size);
  return { ok: false, reason: read.reason };
}

/** The size is unknown when the file grew past the limit while it was read. */
function tooLarge(size: number | undefined): ReadResult {
  if (size === undefined) return fail(say('cli.source.tooLarge', { max: MAX_SOURCE_BYTES }));
  return fail(say('cli.source.tooLargeBytes', { size, max: MAX_SOURCE_BYTES }));
}

function decode(bytes: Uint8Array): ReadResult {
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return fail(say('cli.source.notUtf8'));
  }
}

const fail = (reason: Localized): ReadResult => ({ ok: false, reason });
