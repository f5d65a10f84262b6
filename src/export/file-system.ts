/**
 * The file-system operations export needs, as a small interface: Node's
 * implementation here; a `vscode.workspace.fs` one can be added for the web
 * build without touching the writers. Paths are plain strings.
 */
import { constants, promises as fs } from 'node:fs';

/** What a path is, as far as writing over it is concerned. */
export interface PathInfo {
  readonly kind: 'file' | 'directory' | 'other';
  readonly size: number;
  /** No write permission bit set (a 0444 file): replacing it needs the user's consent. */
  readonly readOnly: boolean;
  /** Identity of the file, so two names for one file (links, case) compare equal. */
  readonly id: string;
}

export interface ExportFileSystem {
  /** Information on `path` (links followed), or undefined when nothing is there. */
  info(path: string): Promise<PathInfo | undefined>;
  /** Creates `path` with `bytes`; fails if it exists. */
  writeNew(path: string, bytes: Uint8Array): Promise<void>;
  /** Creates `path` with what `produce` hands out, written as it comes; fails if it exists. Optional: without it the bytes are gathered for writeNew. */
  writeNewStreamed?(path: string, produce: (out: (chunk: Uint8Array) => Promise<void>) => Promise<void>): Promise<void>;
  /** Moves `from` to `to`, replacing a file at `to`. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file or a folder with its content; nothing there is fine. */
  remove(path: string): Promise<void>;
  /** Creates a folder and its parents. */
  makeFolder(path: string): Promise<void>;
  /** Names in a folder (empty when it does not exist). */
  list(path: string): Promise<string[]>;
  /** A file's bytes, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
}

/** Node's file system. */
export const nodeFileSystem: ExportFileSystem = {
  async info(path) {
    try {
      const s = await fs.stat(path);
      const kind = s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
      return { kind, size: s.size, readOnly: (s.mode & 0o222) === 0, id: `${s.dev}:${s.ino}` };
    } catch (error) {
      if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return undefined;
      throw error;
    }
  },
  writeNew: (path, bytes) => writeNew(path, bytes),
  writeNewStreamed: (path, produce) => writeNewStreamed(path, produce),
  rename: (from, to) => fs.rename(from, to),
  remove: (path) => fs.rm(path, { recursive: true, force: true }),
  makeFolder: async (path) => { await fs.mkdir(path, { recursive: true }); },
  list: (path) => fs.readdir(path).catch((error) => (codeOf(error) === 'ENOENT' ? [] : Promise.reject(error))),
  read: (path) => fs.readFile(path).catch((error) => (codeOf(error) === 'ENOENT' ? undefined : Promise.reject(error))),
};

/** Exclusive create (not fsynced: a kill cannot lose written bytes, and 5,000 syncs would dominate a merge). */
async function writeNew(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  try {
    await handle.writeFile(bytes);
  } finally {
    await handle.close();
  }
}

/** Exclusive create, then each chunk written as it is produced (a file larger than memory never is in memory). */
async function writeNewStreamed(path: string, produce: (out: (chunk: Uint8Array) => Promise<void>) => Promise<void>): Promise<void> {
  const handle = await fs.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  try {
    await produce(async (chunk) => {
      for (let at = 0; at < chunk.length;) at += (await handle.write(chunk, at)).bytesWritten;
    });
  } finally {
    await handle.close();
  }
}

/** The errno code of a Node error, if any. */
export function codeOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
