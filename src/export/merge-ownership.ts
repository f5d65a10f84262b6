/**
 * Which files in the output folder a merge may touch: exactly the files the
 * same source's last merge recorded (manifest) and that are still what it
 * wrote (a plain file, same device and inode, size and content hash). A file
 * of the same name that it did not write (the user's, another meeting's) is
 * never replaced or removed: the new file takes a distinct name instead.
 */
import { join } from 'node:path';
import { checkTarget, classify, WriteError, type WriteOptions } from './atomic-write';
import { newContentHash } from './content-hash';
import type { ExportFileSystem, PathInfo } from './file-system';
import { manifestSchema, MERGE_OUTPUT_EXTENSION, readRecord, type FileIdentity, type OwnedFile } from './merge-records';
import { EXPORT_MESSAGES } from './messages';
import type { PlannedFile } from './plan-export';
import type { Localized } from '../core/model';

export type Notice = (message: Localized) => void;

/** A file of the previous set still as it was written, keyed by its lowercased name. */
export type OwnedSet = Map<string, OwnedFile & { readonly readOnly: boolean }>;

/** Where one planned file goes: `name`, or instead of `wanted` (not ours); `replaces`: our previous file there. */
export interface Placement {
  readonly file: PlannedFile;
  readonly name: string;
  readonly wanted?: string;
  readonly replaces?: OwnedFile;
}

/** Alternatives tried for a name someone else's file holds: "x (2).docx" … */
const MAX_ALTERNATIVES = 99;

/** True while the file at `path` is exactly `record`: a plain file (no link), same id and size, same content. */
export async function stillMatches(
  fs: ExportFileSystem,
  path: string,
  record: FileIdentity,
  info?: PathInfo,
): Promise<boolean> {
  const now = info ?? (await fs.info(path));
  if (!now || now.kind !== 'file' || now.link || now.id !== record.id || now.size !== record.size) return false;
  const bytes = await fs.read(path);
  if (bytes === undefined) return false;
  const hash = newContentHash(fs);
  hash.update(bytes);
  return hash.hex() === record.hash;
}

/** The previous set's files that are still ours; an invalid manifest is reported and owns nothing. */
export async function ownedSet(
  fs: ExportFileSystem,
  folder: string,
  prefix: string,
  notice: Notice,
): Promise<OwnedSet> {
  const path = join(folder, `${prefix}.json`);
  const manifest = await readRecord(fs, path, manifestSchema);
  const owned: OwnedSet = new Map();
  if (manifest.state === 'invalid') notice(EXPORT_MESSAGES.mergeRecordIgnored(path));
  if (manifest.state !== 'valid') return owned;
  for (const file of manifest.value.files) {
    const target = join(folder, file.name);
    const info = await fs.info(target).catch(() => undefined);
    if (info && (await stillMatches(fs, target, file, info)))
      owned.set(file.name.toLowerCase(), { ...file, readOnly: info.readOnly });
    else if (info) notice(EXPORT_MESSAGES.mergeLeftUntouched(target));
  }
  return owned;
}

/** Places each file at its name when that is free or ours, else at the first free "name (n).docx". */
export async function placeSet(
  files: readonly PlannedFile[],
  folder: string,
  owned: OwnedSet,
  options: WriteOptions,
  fs: ExportFileSystem,
): Promise<Placement[]> {
  const taken = new Set(files.map((f) => f.fileName.toLowerCase()));
  const placed: Placement[] = [];
  for (const file of files) {
    const found = await placeOne(file, folder, owned, options, fs, taken);
    taken.add(found.name.toLowerCase());
    placed.push(found);
  }
  return placed;
}

async function placeOne(
  file: PlannedFile,
  folder: string,
  owned: OwnedSet,
  options: WriteOptions,
  fs: ExportFileSystem,
  taken: Set<string>,
): Promise<Placement> {
  const extension = MERGE_OUTPUT_EXTENSION.exec(file.fileName)?.[0] ?? '';
  const stem = file.fileName.slice(0, file.fileName.length - extension.length);
  for (let n = 1; n <= MAX_ALTERNATIVES; n += 1) {
    const name = n === 1 ? file.fileName : `${stem} (${n})${extension}`;
    if (n > 1 && taken.has(name.toLowerCase())) continue;
    const path = join(folder, name);
    const info = await fs.info(path).catch((error) => Promise.reject(classify(path, error, 'folder')));
    const wanted = n === 1 ? {} : { wanted: file.fileName };
    if (!info) return { file, name, ...wanted };
    const ours = owned.get(name.toLowerCase());
    if (ours && ours.id === info.id && !info.link) {
      await checkTarget(path, options, fs);
      return { file, name, replaces: ours, ...wanted };
    }
  }
  throw new WriteError(join(folder, file.fileName), 'other', 'EEXIST');
}

/** The previous set's files the new set no longer has; a read-only one is refused unless forced. */
export function filesToRemove(
  owned: OwnedSet,
  placed: readonly Placement[],
  folder: string,
  options: WriteOptions,
): OwnedFile[] {
  const kept = new Set(placed.map((p) => p.name.toLowerCase()));
  const gone = [...owned.entries()].filter(([key]) => !kept.has(key)).map(([, file]) => file);
  const protectedFile = gone.find((file) => file.readOnly && !options.force);
  if (protectedFile) throw new WriteError(join(folder, protectedFile.name), 'readOnlyTarget', 'EACCES');
  return gone.map(({ name, id, size, hash }) => ({ name, id, size, hash }));
}
