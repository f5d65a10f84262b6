/**
 * Atomic writes: the bytes go to a temp file in the target's folder, then a
 * rename puts them in place, so a reader never sees half a file and a failed
 * write leaves the old file as it was and no temp file behind. Each failure
 * is classified (see WriteFailure) so the user reads what happened.
 */
import { dirname, join } from 'node:path';
import { codeOf, type ExportFileSystem } from './file-system';
import { PROCESS_ID } from './process-id';

/**
 * Why a write failed. `busy`: the target is held open or locked (Word on
 * Windows), an alternative name may be tried; `readOnlyTarget`: the file is
 * protected and is replaced only when the user confirms; `isSource`: the
 * target is the invitation's own source file, never written.
 */
export type WriteFailure =
  | 'noSpace'
  | 'nameTooLong'
  | 'permission'
  | 'readOnlyFileSystem'
  | 'busy'
  | 'isDirectory'
  | 'readOnlyTarget'
  | 'isSource'
  | 'notFolder'
  | 'other';

export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly failure: WriteFailure,
    readonly code: string | undefined,
    cause?: unknown,
  ) {
    super(`cannot write ${path}: ${failure} (${code ?? 'error'})`, { cause });
  }
}

export interface WriteOptions {
  /** Replace a read-only target (the user confirmed: --force, or the editor's modal). */
  readonly force?: boolean;
  /** Identity of the source file (PathInfo.id): a target that is the same file is refused. */
  readonly sourceId?: string;
  /** The file system written through: the caller's (Node's, or the editor's workspace.fs), never a hidden default. */
  readonly fs: ExportFileSystem;
}

let counter = 0;

/** A short temp name (fixed length, whatever the target's name), hidden, recognisable as ours. */
export function tempName(folder: string): string {
  counter += 1;
  return join(folder, `.giaymoi-${PROCESS_ID}-${counter}-${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/** Writes `bytes` to `target` through a temp file and a rename; throws a WriteError. */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: WriteOptions): Promise<void> {
  const fs = options.fs;
  await checkTarget(target, options, fs);
  const temp = tempName(dirname(target));
  try {
    await fs.writeNew(temp, bytes);
  } catch (error) {
    await fs.remove(temp).catch(() => undefined);
    throw classify(target, error, 'folder');
  }
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.remove(temp).catch(() => undefined);
    throw classify(target, error, 'target');
  }
}

/** Refuses a directory, the source itself, and (unless forced) a read-only file. */
export async function checkTarget(target: string, options: WriteOptions, fs: ExportFileSystem): Promise<void> {
  let info;
  try {
    info = await fs.info(target);
  } catch (error) {
    throw classify(target, error, 'folder');
  }
  if (!info) return;
  if (info.kind === 'directory') throw new WriteError(target, 'isDirectory', 'EISDIR');
  if (options.sourceId && info.id === options.sourceId) throw new WriteError(target, 'isSource', undefined);
  if (info.readOnly && !options.force) throw new WriteError(target, 'readOnlyTarget', 'EACCES');
}

/** The failure an errno means; `stage` tells a folder refusing new files from a target refusing replacement. */
export function classify(path: string, error: unknown, stage: 'folder' | 'target'): WriteError {
  if (error instanceof WriteError) return error;
  const code = codeOf(error);
  return new WriteError(path, failureOf(code, stage), code, error);
}

function failureOf(code: string | undefined, stage: 'folder' | 'target'): WriteFailure {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'noSpace';
    case 'ENAMETOOLONG':
      return 'nameTooLong';
    case 'EROFS':
      return 'readOnlyFileSystem';
    case 'EISDIR':
      return 'isDirectory';
    case 'ENOTDIR':
    case 'ENOENT':
      return 'notFolder';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'busy';
    // Windows answers EPERM/EACCES when renaming over a file Word holds open.
    case 'EACCES':
    case 'EPERM':
      return stage === 'target' ? 'busy' : 'permission';
    default:
      return 'other';
  }
}
