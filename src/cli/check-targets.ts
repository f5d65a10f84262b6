/**
 * `giaymoi check FOLDER`: a folder stands for every invitation source under it, as a
 * linter reads a folder, instead of being refused as "not an invitation file".
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the command reads: the files, and the folders that held no source at all. */
export interface CheckTargets {
  readonly files: string[];
  readonly emptyFolders: string[];
}

const SOURCE = /\.giaymoi\.ya?ml$/;
/** Folders a user never means: tools' own (`.git`, `.vscode`…) and installed packages. */
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

export function checkTargets(args: readonly string[]): CheckTargets {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  for (const arg of args) {
    if (!isFolder(arg)) {
      files.push(arg);
      continue;
    }
    const found = sourcesUnder(arg);
    if (found.length === 0) emptyFolders.push(arg);
    files.push(...found);
  }
  return { files, emptyFolders };
}

function isFolder(path: string): boolean {
  try {
    return path !== '-' && statSync(path).isDirectory();
  } catch {
    return false; // missing or unreadable: the source reader says why, for this path
  }
}

/** Sources under `folder`, in a stable order (names sorted at each level); symbolic links are not followed. */
function sourcesUnder(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return skipped(entry.name) ? [] : sourcesUnder(path);
    return entry.isFile() && SOURCE.test(entry.name) ? [path] : [];
  });
}
