/**
 * Issue 31, item 9: a mail merge into a read-only mount said the folder "does
 * not exist (ENOENT)": Node's recursive mkdir reports ENOENT when a level
 * cannot be made there (EROFS). The real cause must reach the message.
 */
import * as assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classify } from '../../../src/export/atomic-write';
import { nodeFileSystem } from '../../../src/export/node-file-system';

const errno = (code: string, path: string) => Object.assign(new Error(`${code}: ${path}`), { code, path });

describe('export: a folder on a read-only file system (issue 31)', () => {
  const realMkdir = fsp.mkdir;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-ro-'));
  });
  afterEach(() => {
    fsp.mkdir = realMkdir;
    rmSync(dir, { recursive: true, force: true });
  });

  /** mkdir as Linux and Node answer it on a read-only mount: EROFS for one level, ENOENT for a recursive one. */
  function readOnlyMount(): void {
    fsp.mkdir = (async (path: string, options?: { recursive?: boolean }) => {
      throw errno(options?.recursive ? 'ENOENT' : 'EROFS', path);
    }) as typeof fsp.mkdir;
  }

  it('a staging folder that cannot be made is a read-only file system, not a missing folder', async () => {
    readOnlyMount();
    const staging = join(dir, '.giaymoi-x.staging');
    const error = await nodeFileSystem.makeFolder(staging).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.equal((error as { code?: string }).code, 'EROFS');
    assert.equal(classify(staging, error, 'folder').failure, 'readOnlyFileSystem');
  });

  it('a folder two levels down names the first level that cannot be made', async () => {
    readOnlyMount();
    const error = await nodeFileSystem.makeFolder(join(dir, 'a', 'b')).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.deepEqual([(error as { code?: string }).code, (error as { path?: string }).path], ['EROFS', join(dir, 'a')]);
  });

  it('still makes every level of a writable folder', async () => {
    await nodeFileSystem.makeFolder(join(dir, 'a', 'b', 'c'));
    assert.equal((await nodeFileSystem.info(join(dir, 'a', 'b', 'c')))?.kind, 'directory');
  });
});
