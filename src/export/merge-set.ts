/**
 * A mail merge's files as one set, all or nothing, in the output folder
 * (beside the source by default), touching only what it owns. Under the
 * folder's lock (one merge per folder at a time, merge-lock.ts): an
 * interrupted earlier set is completed first (merge-commit.ts); each new file
 * is placed at its name when that name is free or holds this source's own
 * previous file, else at a distinct name (merge-ownership.ts); the files are
 * written into a hidden staging folder, each hashed as it is written; then
 * the journal commits the set and it is moved into place. Killed before the
 * journal, the previous set is untouched and the staging folder is debris the
 * next run removes; killed after it, the next giaymoi command completes it.
 */
import { basename, join } from 'node:path';
import { classify, tempName, WriteError, type WriteOptions } from './atomic-write';
import { BoundedTasks } from './bounded-tasks';
import { newContentHash } from './content-hash';
import type { ExportFileSystem } from './file-system';
import { commitSet, recoverFolder } from './merge-commit';
import { MergeRefused, takeFolderLock, tryFolderLock } from './merge-lock';
import type { Journal } from './merge-records';
import { filesToRemove, ownedSet, placeSet, type Notice, type Placement } from './merge-ownership';
import { reached } from './merge-steps';
import { EXPORT_MESSAGES } from './messages';
import type { PlannedFile } from './plan-export';
import { type Written, ensureFolder } from './write-outputs';
import type { Localized } from '../core/model';

export { MergeRefused } from './merge-lock';

export interface MergeOptions extends WriteOptions {
  /** Called after each file is staged. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Asked before each file; true stops the merge and leaves the previous set as it was. */
  readonly cancelled?: () => boolean;
  /** Told what was left alone and why (an invalid record, a file changed since it was written). */
  readonly onNotice?: Notice;
  /** How long to wait for another merge into the same folder before refusing (ms). */
  readonly lockWaitMs?: number;
}

/** A written file; `notOurs`: `instead` held a file this merge did not write, kept as it was. */
export interface MergeWritten extends Written {
  readonly notOurs?: boolean;
}

/** Thrown when `cancelled` said so; nothing of the new set is left. */
export class MergeCancelled extends Error {
  constructor() {
    super('mail merge cancelled');
  }
}

const DEFAULT_LOCK_WAIT_MS = 5000;
const JOURNAL_NAME = /^\.giaymoi-merge-[0-9a-f]{8}\.swap\.json$/;

/** The hidden names of one source's set: "<prefix>.json" (manifest), "<prefix>.swap.json", "<prefix>.<id>.staging"; `key`: the source's path. */
export function setPrefix(key: string): string {
  let hash = 0x811c9dc5;
  for (const ch of key) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `.giaymoi-merge-${hash.toString(16).padStart(8, '0')}`;
}

/** What to tell the user about a file written under another name than planned. */
export function insteadNote(written: MergeWritten): Localized | undefined {
  if (!written.instead) return undefined;
  return written.notOurs
    ? EXPORT_MESSAGES.mergeKeptOthers(written.path, written.instead)
    : EXPORT_MESSAGES.wroteInstead(written.path, written.instead);
}

/** Writes the set into `folder` all or nothing; returns the written paths in order. */
export async function writeMergeSet(
  files: readonly PlannedFile[],
  folder: string,
  prefix: string,
  options: MergeOptions,
): Promise<MergeWritten[]> {
  const fs = options.fs;
  const notice = options.onNotice ?? (() => undefined);
  await ensureFolder(folder, options);
  const release = await takeFolderLock(fs, folder, options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS).catch((error) =>
    Promise.reject(lockError(folder, error)),
  );
  try {
    await recoverFolder(fs, folder, notice);
    const owned = await ownedSet(fs, folder, prefix, notice);
    const placed = await placeSet(files, folder, owned, options, fs);
    const remove = filesToRemove(owned, placed, folder, options);
    const staging = `${prefix}.${basename(tempName(folder), '.tmp').slice(1)}.staging`;
    const staged = await stageAll(placed, join(folder, staging), options, fs);
    reached('staged');
    await commitSet(
      fs,
      folder,
      prefix,
      { version: 2, staging, force: options.force === true, files: staged, remove },
      notice,
    );
    return placed.map((p) => ({
      path: join(folder, p.name),
      ...(p.wanted ? { instead: join(folder, p.wanted), notOurs: true } : {}),
    }));
  } finally {
    await release().catch(() => undefined);
  }
}

/**
 * Completes a set an interrupted merge had committed in `folder`, for a
 * command that reads the folder (export, check) before it looks; skipped when
 * a merge is at work there (it completes its own set).
 */
export async function recoverMergeSets(
  folder: string,
  fs: ExportFileSystem,
  onNotice: Notice = () => undefined,
): Promise<void> {
  const names = await fs.list(folder).catch(() => []);
  if (!names.some((name) => JOURNAL_NAME.test(name))) return;
  const release = await tryFolderLock(fs, folder).catch(() => undefined);
  if (!release) return;
  try {
    await recoverFolder(fs, folder, onNotice);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    onNotice(EXPORT_MESSAGES.writeFailed(error.failure, error.path, error.code));
  } finally {
    await release().catch(() => undefined);
  }
}

function lockError(folder: string, error: unknown): unknown {
  return error instanceof MergeRefused ? error : classify(join(folder, '.'), error, 'folder');
}

/**
 * Writes each file into the staging folder, hashing it as written; on any
 * failure or cancel the folder is removed. Files are rendered one after
 * another in the set's order (the combined file is fed copy by copy as they
 * render), while up to IN_FLIGHT of them are still being written and looked at.
 */
async function stageAll(
  placed: readonly Placement[],
  staging: string,
  options: MergeOptions,
  fs: ExportFileSystem,
): Promise<Journal['files']> {
  const staged = new Array<Journal['files'][number]>(placed.length);
  const writes = new BoundedTasks();
  let done = 0;
  try {
    await fs.makeFolder(staging);
    for (const [i, place] of placed.entries()) {
      if (options.cancelled?.()) throw new MergeCancelled();
      const path = join(staging, place.name);
      const { written } = await startStaging(place, path, fs);
      await writes.add(
        written.then(async (hash) => {
          staged[i] = await stagedRecord(place, path, hash, fs);
          options.onProgress?.((done += 1), placed.length);
        }),
      );
    }
    await writes.settle();
    return staged;
  } catch (error) {
    await writes.drain();
    await fs.remove(staging).catch(() => undefined);
    throw error instanceof MergeCancelled || error instanceof WriteError ? error : classify(staging, error, 'folder');
  }
}

/** A staged file's journal entry: its identity as the file system sees it, its hash, what it replaces. */
async function stagedRecord(
  place: Placement,
  path: string,
  hash: string,
  fs: ExportFileSystem,
): Promise<Journal['files'][number]> {
  const info = await fs.info(path).catch((error: unknown) => Promise.reject(classify(path, error, 'folder')));
  if (!info) throw classify(path, Object.assign(new Error('staged file vanished'), { code: 'ENOENT' }), 'folder');
  const replaces = place.replaces
    ? { replaces: { id: place.replaces.id, size: place.replaces.size, hash: place.replaces.hash } }
    : {};
  return { name: place.name, id: info.id, size: info.size, hash, ...replaces };
}

/**
 * Renders one file (in order: the caller awaits this before the next) and
 * starts writing it; `written` gives its hash once on disk. A streamed file
 * (the combined one, last) is written through before this returns.
 */
async function startStaging(
  place: Placement,
  path: string,
  fs: ExportFileSystem,
): Promise<{ written: Promise<string> }> {
  const hash = newContentHash(fs);
  const failed = (error: unknown) => Promise.reject(classify(path, error, 'folder'));
  if (place.file.write && fs.writeNewStreamed) {
    const write = place.file.write;
    await fs
      .writeNewStreamed(path, (out) =>
        write(async (chunk) => {
          hash.update(chunk);
          await out(chunk);
        }),
      )
      .catch(failed);
    return { written: Promise.resolve(hash.hex()) };
  }
  const bytes = await place.file.render().catch(failed);
  hash.update(bytes);
  return { written: fs.writeNew(path, bytes).then(() => hash.hex(), failed) };
}
