import * as assert from 'node:assert/strict';
import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, WriteError, type WriteFailure } from '../../../src/export/atomic-write';
import type { ExportFileSystem } from '../../../src/export/file-system';
import { nodeFileSystem } from '../../../src/export/node-file-system';
import { EXPORT_MESSAGES } from '../../../src/export/messages';
import { writeOutput } from '../../../src/export/write-outputs';

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (fileName: string, text = 'new') => ({ fileName, render: async () => bytes(text) });
const errno = (code: string) => Object.assign(new Error(code), { code });
const failsWith = (failure: WriteFailure) => (error: unknown) =>
  error instanceof WriteError && error.failure === failure;
const idOf = (path: string) => {
  const s = statSync(path);
  return `${s.dev}:${s.ino}`;
};

describe('export: writing files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-write-'));
  });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces a file atomically and leaves no temp file behind', async () => {
    const target = join(dir, 'x.docx');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, bytes('new'), { fs: nodeFileSystem });
    assert.equal(readFileSync(target, 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir), ['x.docx']);
  });

  it('a full disk (ENOSPC) while writing: its own message, the old file kept, the half-written temp file removed', async () => {
    writeFileSync(join(dir, 'x.docx'), 'old');
    const fs: ExportFileSystem = {
      ...nodeFileSystem,
      writeNew: async (path, data) => {
        writeFileSync(path, data.subarray(0, 1));
        throw errno('ENOSPC');
      },
    };
    await assert.rejects(writeFileAtomic(join(dir, 'x.docx'), bytes('new'), { fs }), failsWith('noSpace'));
    assert.deepEqual(readdirSync(dir), ['x.docx']);
    assert.equal(readFileSync(join(dir, 'x.docx'), 'utf8'), 'old');
    assert.match(EXPORT_MESSAGES.writeFailed('noSpace', join(dir, 'x.docx'), 'ENOSPC').vi, /ổ đĩa đã đầy/);
  });

  it('a name longer than the file system allows (ENAMETOOLONG) is reported as such, not as a read-only folder', async () => {
    await assert.rejects(
      writeFileAtomic(join(dir, `${'Ễ'.repeat(90)}.docx`), bytes('x'), { fs: nodeFileSystem }),
      failsWith('nameTooLong'),
    );
    assert.deepEqual(readdirSync(dir), []);
    assert.match(EXPORT_MESSAGES.writeFailed('nameTooLong', 'x', 'ENAMETOOLONG').en, /too long/);
  });

  it('tells permission, a read-only file system and a locked file apart, each in both languages', async () => {
    const cases: [string, WriteFailure, 'writeNew' | 'rename'][] = [
      ['EACCES', 'permission', 'writeNew'],
      ['EROFS', 'readOnlyFileSystem', 'writeNew'],
      ['EBUSY', 'busy', 'rename'],
    ];
    for (const [code, failure, where] of cases) {
      const fs: ExportFileSystem = {
        ...nodeFileSystem,
        [where]: async () => {
          throw errno(code);
        },
      };
      await assert.rejects(writeFileAtomic(join(dir, 'x.docx'), bytes('x'), { fs }), failsWith(failure), code);
      assert.deepEqual(readdirSync(dir), [], `${code}: no debris`);
    }
    const texts = (
      [
        'noSpace',
        'nameTooLong',
        'permission',
        'readOnlyFileSystem',
        'busy',
        'isDirectory',
        'readOnlyTarget',
        'isSource',
      ] as const
    ).map((f) => EXPORT_MESSAGES.writeFailed(f, '/a/x.docx', 'E'));
    assert.equal(new Set(texts.map((t) => t.vi)).size, texts.length);
    assert.equal(new Set(texts.map((t) => t.en)).size, texts.length);
  });

  it('refuses a read-only (0444) target unless forced', async () => {
    const target = join(dir, 'x.docx');
    writeFileSync(target, 'protected');
    chmodSync(target, 0o444);
    await assert.rejects(writeFileAtomic(target, bytes('new'), { fs: nodeFileSystem }), failsWith('readOnlyTarget'));
    assert.equal(readFileSync(target, 'utf8'), 'protected');
    await writeFileAtomic(target, bytes('new'), { fs: nodeFileSystem, force: true });
    assert.equal(readFileSync(target, 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir), ['x.docx']);
  });

  it("a folder in the target's place is an error that says so", async () => {
    mkdirSync(join(dir, 'x.docx'));
    await assert.rejects(
      writeOutput(file('x.docx'), { folder: dir }, { fs: nodeFileSystem }),
      failsWith('isDirectory'),
    );
    assert.deepEqual(readdirSync(dir), ['x.docx']);
  });

  it('never writes over the source, whatever its name or the path leading to it (link, symlink)', async () => {
    const source = join(dir, 'nguon.docx');
    writeFileSync(source, 'co_quan: …');
    linkSync(source, join(dir, 'hard.docx'));
    symlinkSync(source, join(dir, 'soft.docx'));
    for (const name of ['nguon.docx', 'hard.docx', 'soft.docx']) {
      await assert.rejects(
        writeOutput(
          file('x.docx'),
          { folder: dir, exactPath: join(dir, name) },
          { fs: nodeFileSystem, sourceId: idOf(source), force: true },
        ),
        failsWith('isSource'),
        name,
      );
    }
    assert.equal(readFileSync(source, 'utf8'), 'co_quan: …');
  });

  it('writes "-1" when the target is held open (busy), and says which was wanted', async () => {
    const held = join(dir, 'x.docx');
    const fs: ExportFileSystem = {
      ...nodeFileSystem,
      rename: (from, to) => (to === held ? Promise.reject(errno('EBUSY')) : nodeFileSystem.rename(from, to)),
    };
    const written = await writeOutput(file('x.docx'), { folder: dir }, { fs });
    assert.deepEqual(written, { path: join(dir, 'x-1.docx'), instead: held });
    assert.deepEqual(readdirSync(dir), ['x-1.docx']);
  });

  it('reports a folder that cannot exist, with no alternative tried', async () => {
    writeFileSync(join(dir, 'not-a-folder'), '');
    await assert.rejects(
      writeOutput(file('x.docx'), { folder: join(dir, 'not-a-folder', 'sub') }, { fs: nodeFileSystem }),
      (e: unknown) => e instanceof WriteError,
    );
    assert.deepEqual(readdirSync(dir), ['not-a-folder']);
  });

  it('creates a missing output folder and honours an exact path', async () => {
    const a = await writeOutput(file('x.docx'), { folder: join(dir, 'new', 'deep') }, { fs: nodeFileSystem });
    assert.equal(a.path, join(dir, 'new', 'deep', 'x.docx'));
    const b = await writeOutput(
      file('x.docx', 'y'),
      { folder: dir, exactPath: join(dir, 'chosen.docx') },
      { fs: nodeFileSystem },
    );
    assert.equal(b.path, join(dir, 'chosen.docx'));
  });
});
