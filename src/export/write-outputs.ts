/**
 * Writes one export's file; when the target is held open (Word on Windows:
 * EBUSY, or EPERM/EACCES on the rename) writes "…-1.docx", "…-2.docx" instead
 * and says so. Every other failure (full disk, long name, read-only folder or
 * file, a folder in the way, the source itself) is reported, not worked around.
 */
import { dirname, join } from 'node:path';
import { classify, writeFileAtomic, WriteError, type WriteOptions } from './atomic-write';
import type { PlannedFile } from './plan-export';
import { alternativeTarget } from './targets';

/** Tries up to this many alternative names. */
const MAX_ALTERNATIVES = 9;

export interface Written {
  readonly path: string;
  /** The path that was wanted, when it was held open and `path` is its alternative. */
  readonly instead?: string;
}

/** Writes one file into `folder` (or to `exactPath`); throws WriteError. */
export async function writeOutput(
  file: PlannedFile,
  where: { folder: string; exactPath?: string },
  options: WriteOptions,
): Promise<Written> {
  const target = where.exactPath ?? join(where.folder, file.fileName);
  await ensureFolder(dirname(target), options);
  return writeWithAlternatives(target, await file.render(), options);
}

async function writeWithAlternatives(target: string, bytes: Uint8Array, options: WriteOptions): Promise<Written> {
  for (let n = 0; ; n += 1) {
    const path = n === 0 ? target : alternativeTarget(target, n);
    try {
      await writeFileAtomic(path, bytes, options);
      return n === 0 ? { path } : { path, instead: target };
    } catch (error) {
      if (!(error instanceof WriteError) || error.failure !== 'busy' || n >= MAX_ALTERNATIVES) throw error;
    }
  }
}

/** Creates a missing output folder (the setting or --out-dir may name a new one). */
export async function ensureFolder(folder: string, options: WriteOptions): Promise<void> {
  try {
    await options.fs.makeFolder(folder);
  } catch (error) {
    throw classify(join(folder, '.'), error, 'folder');
  }
}
