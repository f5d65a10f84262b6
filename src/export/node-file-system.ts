/** Node's implementation of ExportFileSystem (desktop and remote extension hosts, the CLI). */
import { createHash } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { codeOf, type ExportFileSystem, type PathInfo } from './file-system';

/** Node's file system. */
export const nodeFileSystem: ExportFileSystem = {
  async info(path) {
    try {
      const own = await fs.lstat(path);
      if (own.isSymbolicLink())
        return {
          ...((await infoOf(fs.stat(path))) ?? {
            kind: 'other',
            size: 0,
            readOnly: false,
            id: `${own.dev}:${own.ino}`,
          }),
          link: true,
        };
      return infoOf(Promise.resolve(own));
    } catch (error) {
      if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return undefined;
      throw error;
    }
  },
  writeNew: (path, bytes) => writeNew(path, bytes),
  writeNewStreamed: (path, produce) => writeNewStreamed(path, produce),
  rename: (from, to) => fs.rename(from, to),
  remove: (path) => fs.rm(path, { recursive: true, force: true }),
  makeFolder: (path) => makeFolder(path),
  list: (path) => fs.readdir(path).catch((error) => (codeOf(error) === 'ENOENT' ? [] : Promise.reject(error))),
  read: (path) => fs.readFile(path).catch((error) => (codeOf(error) === 'ENOENT' ? undefined : Promise.reject(error))),
  newHash() {
    const hash = createHash('sha256');
    return { update: (bytes) => hash.update(bytes), hex: () => hash.digest('hex') };
  },
};

/** What a stat says, or undefined when a link points nowhere. */
async function infoOf(stat: Promise<Stats>): Promise<PathInfo | undefined> {
  try {
    const s = await stat;
    const kind = s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
    return { kind, size: s.size, readOnly: (s.mode & 0o222) === 0, id: `${s.dev}:${s.ino}` };
  } catch (error) {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR' || codeOf(error) === 'ELOOP') return undefined;
    throw error;
  }
}

/**
 * mkdir -p. Node's recursive mkdir says ENOENT when a level cannot be made on a
 * read-only file system (EROFS), which read "the folder does not exist" to the
 * user (issue 31); the levels are then made one by one to find the real cause.
 */
async function makeFolder(path: string): Promise<void> {
  try {
    await fs.mkdir(path, { recursive: true });
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
    await makeEachLevel(path);
  }
}

async function makeEachLevel(path: string): Promise<void> {
  const parent = dirname(path);
  if (parent !== path && !(await nodeFileSystem.info(parent))) await makeEachLevel(parent);
  await fs.mkdir(path).catch((error) => (codeOf(error) === 'EEXIST' ? undefined : Promise.reject(error)));
}

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
async function writeNewStreamed(
  path: string,
  produce: (out: (chunk: Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
  const handle = await fs.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  try {
    await produce(async (chunk) => {
      for (let at = 0; at < chunk.length;) at += (await handle.write(chunk, at)).bytesWritten;
    });
  } finally {
    await handle.close();
  }
}
