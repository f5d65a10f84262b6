/**
 * Writes an export's files; when a target is held open (Word on Windows:
 * EBUSY/EPERM) or protected (EACCES), writes "…-1.docx", "…-2.docx" instead
 * and says so. A folder that takes no files is reported, not worked around.
 */
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic, WriteError } from './atomic-write';
import { alternativeTarget } from './targets';

/** Tries up to this many alternative names. */
const MAX_ALTERNATIVES = 9;

export interface OutputFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface Written {
  readonly path: string;
  /** The path that was wanted, when it was held open and `path` is its alternative. */
  readonly instead?: string;
}

/** Writes every file into `folder` (or to `exactPath` for a single file); throws WriteError. */
export async function writeOutputs(files: readonly OutputFile[], where: { folder: string; exactPath?: string }): Promise<Written[]> {
  const written: Written[] = [];
  for (const file of files) {
    const target = files.length === 1 && where.exactPath ? where.exactPath : join(where.folder, file.fileName);
    await ensureFolder(dirname(target));
    written.push(await writeWithAlternatives(target, file.bytes));
  }
  return written;
}

async function writeWithAlternatives(target: string, bytes: Uint8Array): Promise<Written> {
  for (let n = 0; ; n += 1) {
    const path = n === 0 ? target : alternativeTarget(target, n);
    try {
      await writeFileAtomic(path, bytes);
      return n === 0 ? { path } : { path, instead: target };
    } catch (error) {
      if (!(error instanceof WriteError) || error.failure === 'folder' || n >= MAX_ALTERNATIVES) throw error;
    }
  }
}

/** Creates a missing output folder (the setting or --out-dir may name a new one). */
async function ensureFolder(folder: string): Promise<void> {
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    throw new WriteError(join(folder, '.'), 'folder', (error as NodeJS.ErrnoException).code, error);
  }
}
