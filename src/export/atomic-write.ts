/**
 * Atomic writes: the bytes go to a temp file in the target's folder, then a
 * rename puts them in place, so a reader never sees half a file and a failed
 * write leaves the old file as it was.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Why a write failed: the folder refuses new files, or the target itself is held or protected. */
export type WriteFailure = 'folder' | 'target';

export class WriteError extends Error {
  constructor(readonly path: string, readonly failure: WriteFailure, readonly code: string | undefined, cause: unknown) {
    super(`${failure === 'folder' ? 'cannot write in' : 'cannot replace'} ${path} (${code ?? 'error'})`, { cause });
  }
}

let counter = 0;

/** Writes `bytes` to `target` through a temp file and a rename; throws a WriteError. */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  counter += 1;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${counter}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
  } catch (error) {
    throw new WriteError(target, 'folder', codeOf(error), error);
  }
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new WriteError(target, codeOf(error) === 'ENOENT' ? 'folder' : 'target', codeOf(error), error);
  }
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
