/**
 * A mail merge's files as one set, all or nothing, in the output folder
 * (beside the source by default). The files are written one at a time into a
 * hidden staging folder; a journal naming the new set is then written
 * atomically (the commit point) and the files are renamed into place, the
 * previous set's leftovers removed, and a manifest records the set. Killed
 * before the journal, the previous set is untouched and the staging folder is
 * debris; killed after it, the journal marks the set unfinished and the next
 * run completes it (roll forward) before anything else. Either way the next
 * run removes what the interrupted one left.
 */
import { basename, join } from 'node:path';
import { checkTarget, classify, tempName, WriteError, type WriteOptions } from './atomic-write';
import { defaultFileSystem } from './default-file-system';
import type { ExportFileSystem } from './file-system';
import { isProcessAlive } from './process-id';
import type { PlannedFile } from './plan-export';
import type { Written } from './write-outputs';
import { ensureFolder } from './write-outputs';

export interface MergeOptions extends WriteOptions {
  /** Called after each file is staged. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Asked before each file; true stops the merge and leaves the previous set as it was. */
  readonly cancelled?: () => boolean;
}

/** Thrown when `cancelled` said so; nothing of the new set is left. */
export class MergeCancelled extends Error {
  constructor() { super('mail merge cancelled'); }
}

interface Journal { readonly staging: string; readonly names: readonly string[]; readonly remove: readonly string[] }

/** The hidden names of one source's set: "<prefix>.json" (manifest), "<prefix>.swap.json", "<prefix>.<id>.staging". */
export function setPrefix(stem: string): string {
  let hash = 0x811c9dc5;
  for (const ch of stem) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `.giaymoi-merge-${hash.toString(16).padStart(8, '0')}`;
}

/** Writes the set into `folder` all or nothing; returns the written paths in order. */
export async function writeMergeSet(files: readonly PlannedFile[], folder: string, prefix: string, options: MergeOptions = {}): Promise<Written[]> {
  const fs = options.fs ?? defaultFileSystem;
  await ensureFolder(folder, options);
  await recoverMergeSets(folder, fs);
  for (const file of files) await checkTarget(join(folder, file.fileName), options, fs);
  const staging = `${prefix}.${basename(tempName(folder), '.tmp').slice(1)}.staging`;
  await stageAll(files, join(folder, staging), options, fs);
  const names = files.map((f) => f.fileName);
  const previous = await readJson<{ names?: string[] }>(fs, join(folder, `${prefix}.json`));
  const keep = new Set(names.map((n) => n.toLowerCase()));
  const journal: Journal = { staging, names, remove: (previous?.names ?? []).filter((n) => !keep.has(n.toLowerCase())) };
  await writeJsonAtomic(fs, folder, `${prefix}.swap.json`, journal);
  await rollForward(fs, folder, prefix, journal);
  return names.map((name) => ({ path: join(folder, name) }));
}

/** Renders and writes each file into the staging folder; on any failure or cancel the folder is removed. */
async function stageAll(files: readonly PlannedFile[], staging: string, options: MergeOptions, fs: ExportFileSystem): Promise<void> {
  try {
    await fs.makeFolder(staging);
    for (const [i, file] of files.entries()) {
      if (options.cancelled?.()) throw new MergeCancelled();
      const path = join(staging, file.fileName);
      try {
        if (file.write && fs.writeNewStreamed) await fs.writeNewStreamed(path, file.write);
        else await fs.writeNew(path, await file.render());
      } catch (error) {
        throw classify(path, error, 'folder');
      }
      options.onProgress?.(i + 1, files.length);
    }
  } catch (error) {
    await fs.remove(staging).catch(() => undefined);
    throw error instanceof MergeCancelled || error instanceof WriteError ? error : classify(staging, error, 'folder');
  }
}

/** Moves a journaled set into place (idempotent: a rerun after a kill continues where it stopped). */
async function rollForward(fs: ExportFileSystem, folder: string, prefix: string, journal: Journal): Promise<void> {
  const staging = join(folder, basename(journal.staging));
  for (const name of journal.names.map((n) => basename(n))) {
    if (!(await fs.info(join(staging, name)))) continue;
    try {
      await fs.rename(join(staging, name), join(folder, name));
    } catch (error) {
      throw classify(join(folder, name), error, 'target');
    }
  }
  for (const name of journal.remove.map((n) => basename(n))) {
    if ((await fs.info(join(folder, name)))?.kind === 'file') await fs.remove(join(folder, name));
  }
  await writeJsonAtomic(fs, folder, `${prefix}.json`, { names: journal.names });
  await fs.remove(join(folder, `${prefix}.swap.json`));
  await fs.remove(staging);
}

/**
 * Finishes any set a killed run had committed, and removes staging folders
 * and temp files of runs that no longer exist (a live concurrent run's are kept).
 */
export async function recoverMergeSets(folder: string, fs: ExportFileSystem = defaultFileSystem): Promise<void> {
  const names = await fs.list(folder);
  for (const name of names.filter((n) => /^\.giaymoi-merge-[0-9a-f]{8}\.swap\.json$/.test(n))) {
    const journal = await readJson<Journal>(fs, join(folder, name));
    const prefix = name.slice(0, -'.swap.json'.length);
    if (journal && Array.isArray(journal.names) && Array.isArray(journal.remove)) await rollForward(fs, folder, prefix, journal);
    else await fs.remove(join(folder, name));
  }
  const left = await fs.list(folder);
  for (const name of left) {
    const pid = /^\.giaymoi-merge-[0-9a-f]{8}\.giaymoi-(\d+)-.*\.staging$/.exec(name)?.[1] ?? /^\.giaymoi-(\d+)-\d+-\w+\.tmp$/.exec(name)?.[1];
    if (pid && !isProcessAlive(Number(pid))) await fs.remove(join(folder, name));
  }
}

async function readJson<T>(fs: ExportFileSystem, path: string): Promise<T | undefined> {
  try {
    const bytes = await fs.read(path);
    return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as T) : undefined;
  } catch {
    return undefined;
  }
}

async function writeJsonAtomic(fs: ExportFileSystem, folder: string, name: string, value: unknown): Promise<void> {
  const temp = tempName(folder);
  try {
    await fs.writeNew(temp, new TextEncoder().encode(JSON.stringify(value)));
    await fs.rename(temp, join(folder, name));
  } catch (error) {
    await fs.remove(temp).catch(() => undefined);
    throw classify(join(folder, name), error, 'folder');
  }
}
