import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, WriteError } from '../../../src/export/atomic-write';
import { writeOutputs } from '../../../src/export/write-outputs';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('export: writing files', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'giaymoi-write-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a file atomically and leaves no temp file behind', async () => {
    const target = join(dir, 'x.docx');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, bytes('new'));
    assert.equal(readFileSync(target, 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir), ['x.docx']);
  });

  it('writes "-1" when the target cannot be replaced, and says which was wanted', async () => {
    mkdirSync(join(dir, 'x.docx'));
    writeFileSync(join(dir, 'x.docx', 'held'), 'a file keeps the folder from being replaced');
    const [written] = await writeOutputs([{ fileName: 'x.docx', bytes: bytes('new') }], { folder: dir });
    assert.deepEqual(written, { path: join(dir, 'x-1.docx'), instead: join(dir, 'x.docx') });
    assert.equal(readFileSync(written.path, 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir).sort(), ['x-1.docx', 'x.docx']);
  });

  it('reports a folder that takes no files as a folder failure, with no alternative tried', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    await assert.rejects(writeOutputs([{ fileName: 'x.docx', bytes: bytes('x') }], { folder: join(file, 'sub') }),
      (error: unknown) => error instanceof WriteError && error.failure === 'folder');
  });

  it('creates a missing output folder and honours an exact path for a single file', async () => {
    const [a] = await writeOutputs([{ fileName: 'x.docx', bytes: bytes('x') }], { folder: join(dir, 'new', 'deep') });
    assert.equal(a.path, join(dir, 'new', 'deep', 'x.docx'));
    const [b] = await writeOutputs([{ fileName: 'x.docx', bytes: bytes('y') }], { folder: dir, exactPath: join(dir, 'chosen.docx') });
    assert.equal(b.path, join(dir, 'chosen.docx'));
  });
});
