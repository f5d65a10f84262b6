/**
 * Where the CLI may read an invitation's neighbours from. An invitation file
 * names its list and is governed by the nearest giaymoi.config.yaml; neither
 * may come from outside the folder the invitation belongs to, or a file from
 * someone else's repository could pull any spreadsheet the user can read into
 * a document the user then sends (issue 31).
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The CLI's workspace folder for the source at `file`: the nearest folder holding
 * `.git` (the repository, as an editor opens it), else the source's own folder.
 * One notion for lists and the configuration, so `check` on the command line
 * reads what the editor reads when the repository is open there.
 */
export function workspaceFolderOf(file: string): string {
  const own = realFolderOf(file);
  for (let dir = own; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return own;
  }
}

/** The real path of the folder holding `file` (`-`, standard input: the current folder). */
export function realFolderOf(file: string): string {
  return realOrSelf(dirname(resolve(file === '-' ? 'stdin' : file)));
}

/** Where `target` really is, and whether that (after every symbolic link) lies inside `folder`. */
export function placeOf(target: string, folder: string): { readonly real: string; readonly inside: boolean } {
  const root = realOrSelf(folder);
  const real = realOrNull(target) ?? join(realOrSelf(dirname(resolve(target))), basename(target));
  return { real, inside: isWithin(real, root) };
}

/** True when `path` is `folder` or below it (both absolute). */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** A missing file is judged by its folder's real place and its name, so a refusal does not tell whether it exists. */
function realOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

const realOrSelf = (path: string): string => realOrNull(path) ?? path;
