/**
 * The commit of a merge set, and its recovery.
 *
 * Design: a journal, not a folder rename. The set's files land beside the
 * source (or in --out-dir) among the user's own files, so there is no single
 * folder to rename today; the journal, written atomically after every file is
 * staged, is the commit point. Every later giaymoi command that reads the
 * folder (a merge or export, `giaymoi check`) first rolls a journal it finds
 * forward (recoverMergeSets), under the folder's lock, so no command ever works
 * on a mixed set: killed before the journal, the previous set is untouched;
 * after it, the new set is completed before anything else looks. When issue 32
 * moves a merge into its own folder, the same journal covers the swap of that
 * folder (old folder aside, new one in: two renames, each step journaled).
 *
 * Rolling forward acts only on what the journal and the manifest both vouch
 * for: a staged file that is still the one staged (same id and size), a
 * target that is absent or still the previous set's file recorded in the
 * manifest (same identity and content hash). Anything else is left and reported.
 */
import { join } from 'node:path';
import { classify, tempName } from './atomic-write';
import { mapBounded } from './bounded-tasks';
import type { ExportFileSystem } from './file-system';
import {
  journalSchema,
  manifestSchema,
  readRecord,
  type FileIdentity,
  type Journal,
  type OwnedFile,
} from './merge-records';
import { stillMatches, type Notice } from './merge-ownership';
import { reached } from './merge-steps';
import { EXPORT_MESSAGES } from './messages';
import { isProcessAlive } from './process-id';

const JOURNAL = /^(\.giaymoi-merge-[0-9a-f]{8})\.swap\.json$/;

/** Writes the journal (the commit point), then moves the set into place. */
export async function commitSet(
  fs: ExportFileSystem,
  folder: string,
  prefix: string,
  journal: Journal,
  notice: Notice,
): Promise<void> {
  await writeJsonAtomic(fs, folder, `${prefix}.swap.json`, journal);
  reached('journal-written');
  await rollForward(fs, folder, prefix, journal, notice);
}

/**
 * Moves a journaled set into place; idempotent, so a run after a kill continues
 * where it stopped. The files are independent of each other: after the first,
 * they are moved, removed and looked at several at a time (bounded-tasks.ts).
 */
async function rollForward(
  fs: ExportFileSystem,
  folder: string,
  prefix: string,
  journal: Journal,
  notice: Notice,
): Promise<void> {
  const staging = join(folder, journal.staging);
  const stagingInfo = await fs.info(staging);
  const stagingIsOurs = stagingInfo?.kind === 'directory' && !stagingInfo.link;
  const recorded = await recordedFiles(fs, folder, prefix);
  const [first, ...rest] = journal.files;
  if (stagingIsOurs && first) await moveIn(fs, folder, staging, first, recorded, notice);
  if (first) reached('moved-one');
  if (stagingIsOurs) await mapBounded(rest, (file) => moveIn(fs, folder, staging, file, recorded, notice));
  reached('moved-all');
  await mapBounded(journal.remove, (file) => removeOld(fs, folder, file, recorded, journal.force, notice));
  reached('removed-old');
  const inPlace = await mapBounded(journal.files, (file) => inPlaceRecord(fs, folder, file));
  await writeJsonAtomic(fs, folder, `${prefix}.json`, {
    version: 2,
    files: inPlace.filter((record): record is OwnedFile => record !== undefined),
  });
  reached('manifest-written');
  await fs.remove(join(folder, `${prefix}.swap.json`));
  reached('journal-removed');
  if (stagingIsOurs) await fs.remove(staging);
}

/**
 * The record of a journaled file now in place, with the id it has there: the
 * same file on Node (dev:ino survive the rename); on the web the id is the
 * URI, which the move changes, so the content hash tells it is the same file.
 */
async function inPlaceRecord(
  fs: ExportFileSystem,
  folder: string,
  file: Journal['files'][number],
): Promise<OwnedFile | undefined> {
  const path = join(folder, file.name);
  const info = await fs.info(path);
  if (!info || info.kind !== 'file' || info.link || info.size !== file.size) return undefined;
  const same = info.id === file.id || (await stillMatches(fs, path, { ...file, id: info.id }, info));
  return same ? { name: file.name, id: info.id, size: file.size, hash: file.hash } : undefined;
}

/** The manifest's files by lowercased name (the previous set: what may be replaced or removed). */
async function recordedFiles(fs: ExportFileSystem, folder: string, prefix: string): Promise<Map<string, OwnedFile>> {
  const manifest = await readRecord(fs, join(folder, `${prefix}.json`), manifestSchema);
  return new Map(manifest.state === 'valid' ? manifest.value.files.map((f) => [f.name.toLowerCase(), f]) : []);
}

const sameIdentity = (a: FileIdentity | undefined, b: FileIdentity) =>
  a !== undefined && a.id === b.id && a.size === b.size && a.hash === b.hash;

async function moveIn(
  fs: ExportFileSystem,
  folder: string,
  staging: string,
  file: Journal['files'][number],
  recorded: Map<string, OwnedFile>,
  notice: Notice,
): Promise<void> {
  const from = join(staging, file.name);
  const to = join(folder, file.name);
  const staged = await fs.info(from);
  if (!staged || staged.kind !== 'file' || staged.link || staged.id !== file.id || staged.size !== file.size) return;
  const target = await fs.info(to);
  const replaceable =
    file.replaces &&
    sameIdentity(recorded.get(file.name.toLowerCase()), file.replaces) &&
    (await stillMatches(fs, to, file.replaces, target));
  if (target && !replaceable) {
    notice(EXPORT_MESSAGES.mergeLeftUntouched(to));
    return;
  }
  try {
    await fs.rename(from, to);
  } catch (error) {
    throw classify(to, error, 'target');
  }
}

async function removeOld(
  fs: ExportFileSystem,
  folder: string,
  file: OwnedFile,
  recorded: Map<string, OwnedFile>,
  force: boolean,
  notice: Notice,
): Promise<void> {
  const path = join(folder, file.name);
  const info = await fs.info(path);
  if (!info) return;
  const ours = sameIdentity(recorded.get(file.name.toLowerCase()), file) && (await stillMatches(fs, path, file, info));
  if (ours && (force || !info.readOnly)) await fs.remove(path);
  else notice(EXPORT_MESSAGES.mergeLeftUntouched(path));
}

/**
 * Finishes every set a killed run had committed (a journal that fails
 * validation is reported and left alone), then removes staging folders and
 * temp files of runs that no longer exist. The caller holds the folder's lock.
 */
export async function recoverFolder(fs: ExportFileSystem, folder: string, notice: Notice): Promise<void> {
  for (const name of await fs.list(folder)) {
    const prefix = JOURNAL.exec(name)?.[1];
    if (!prefix) continue;
    const journal = await readRecord(fs, join(folder, name), journalSchema);
    if (journal.state === 'valid' && journal.value.staging.startsWith(`${prefix}.`))
      await rollForward(fs, folder, prefix, journal.value, notice);
    else if (journal.state !== 'missing') notice(EXPORT_MESSAGES.mergeRecordIgnored(join(folder, name)));
  }
  for (const name of await fs.list(folder)) {
    const pid =
      /^\.giaymoi-merge-[0-9a-f]{8}\.giaymoi-(\d+)-\d+-[a-z0-9]+\.staging$/.exec(name)?.[1] ??
      /^\.giaymoi-(\d+)-\d+-[a-z0-9]+\.tmp$/.exec(name)?.[1];
    if (pid && !isProcessAlive(Number(pid)) && !(await fs.info(join(folder, name)))?.link)
      await fs.remove(join(folder, name));
  }
}

/** Writes JSON through a temp file and a rename: a reader sees the old record or the new, never half. */
export async function writeJsonAtomic(
  fs: ExportFileSystem,
  folder: string,
  name: string,
  value: unknown,
): Promise<void> {
  const temp = tempName(folder);
  try {
    await fs.writeNew(temp, new TextEncoder().encode(JSON.stringify(value)));
    await fs.rename(temp, join(folder, name));
  } catch (error) {
    await fs.remove(temp).catch(() => undefined);
    throw classify(join(folder, name), error, 'folder');
  }
}
