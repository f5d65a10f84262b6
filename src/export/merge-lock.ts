/**
 * One merge per output folder at a time: ".giaymoi-merge.lock" is created
 * exclusively (O_EXCL on Node) and names its holder (process id and start
 * time). A second merge waits a little for it, then refuses (MergeRefused).
 * A lock whose holder is gone (killed, crashed) is stale: it is moved aside
 * under a name of our own first, so two runs cannot both break it and both
 * believe they hold it. In the web host there is no exclusive create and no
 * way to probe another session, so the lock there only orders this session's
 * own merges.
 */
import { join } from 'node:path';
import type { Localized } from '../core/model';
import { type ExportFileSystem, codeOf } from './file-system';
import { EXPORT_MESSAGES } from './messages';
import { isProcessAlive, PROCESS_ID } from './process-id';

export const LOCK_NAME = '.giaymoi-merge.lock';

/** When this process started (to tell a reused process id from the holder). */
const STARTED = new Date(
  Date.now() - Math.round((typeof process !== 'undefined' && process.uptime ? process.uptime() : 0) * 1000),
).toISOString();

/** How long a lock may stay empty or garbled before it counts as a killed run's. */
const UNREADABLE_STALE_MS = 2000;

interface Holder {
  readonly pid: number;
  readonly started: string;
}

/** Refused before anything was written, with the reason for the user. */
export class MergeRefused extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/** Takes the folder's lock, waiting up to `waitMs`; resolves with its release. */
export async function takeFolderLock(
  fs: ExportFileSystem,
  folder: string,
  waitMs: number,
): Promise<() => Promise<void>> {
  const path = join(folder, LOCK_NAME);
  const mine = JSON.stringify({ pid: PROCESS_ID, started: STARTED } satisfies Holder);
  const until = Date.now() + waitMs;
  let unreadableSince: number | undefined;
  for (;;) {
    try {
      await fs.writeNew(path, new TextEncoder().encode(mine));
      return () => releaseLock(fs, path, mine);
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') throw error;
    }
    const holder = await readHolder(fs, path);
    if (holder === 'gone') continue;
    // An empty lock may be one a live run created a moment ago and is still writing: stale only when it stays so.
    unreadableSince = holder ? undefined : (unreadableSince ?? Date.now());
    const stale = holder ? isStale(holder) : Date.now() - unreadableSince! > UNREADABLE_STALE_MS;
    if (stale) await breakStale(fs, path, holder);
    else if (Date.now() >= until)
      throw new MergeRefused(
        EXPORT_MESSAGES.mergeBusy(folder, holder ? holder.pid : undefined, holder ? holder.started : undefined),
      );
    else await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
  }
}

/** Takes the lock only if it is free (a reader that finds a merge at work leaves the folder to it). */
export async function tryFolderLock(fs: ExportFileSystem, folder: string): Promise<(() => Promise<void>) | undefined> {
  try {
    return await takeFolderLock(fs, folder, 0);
  } catch (error) {
    if (error instanceof MergeRefused) return undefined;
    throw error;
  }
}

function isStale(holder: Holder): boolean {
  if (holder.pid === PROCESS_ID) return holder.started !== STARTED;
  return !isProcessAlive(holder.pid);
}

/** The holder, undefined for an unreadable lock (half-written by a killed run: stale), 'gone' when released meanwhile. */
async function readHolder(fs: ExportFileSystem, path: string): Promise<Holder | undefined | 'gone'> {
  const bytes = await fs.read(path).catch(() => undefined);
  if (!bytes) return (await fs.info(path).catch(() => undefined)) ? undefined : 'gone';
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Holder>;
    return Number.isInteger(value.pid) && typeof value.started === 'string' ? (value as Holder) : undefined;
  } catch {
    return undefined;
  }
}

/** Moves the stale lock aside (one rename: only one run wins it), then removes it if it is still the stale one. */
async function breakStale(fs: ExportFileSystem, path: string, seen: Holder | undefined): Promise<void> {
  const aside = `${path}.${PROCESS_ID}-${Math.random().toString(36).slice(2, 8)}.stale`;
  try {
    await fs.rename(path, aside);
  } catch {
    return;
  }
  const moved = await readHolder(fs, aside);
  const same = moved === 'gone' || JSON.stringify(moved) === JSON.stringify(seen);
  if (!same && !(await fs.info(path))) await fs.rename(aside, path).catch(() => undefined);
  else await fs.remove(aside);
}

async function releaseLock(fs: ExportFileSystem, path: string, mine: string): Promise<void> {
  const bytes = await fs.read(path).catch(() => undefined);
  if (bytes && new TextDecoder().decode(bytes) === mine) await fs.remove(path);
}
