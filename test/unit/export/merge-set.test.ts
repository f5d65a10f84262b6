import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WriteError } from '../../../src/export/atomic-write';
import { planMailMerge } from '../../../src/export/mail-merge';
import { MergeCancelled, recoverMergeSets, setPrefix, writeMergeSet } from '../../../src/export/merge-set';
import type { PlannedFile } from '../../../src/export/plan-export';
import type { ExportFileSystem } from '../../../src/export/file-system';
import { nodeFileSystem } from '../../../src/export/node-file-system';

const PREFIX = setPrefix('hop');
const encode = (text: string) => new TextEncoder().encode(text);
const set = (names: string[], tag: string): PlannedFile[] =>
  names.map((fileName) => ({ fileName, render: async () => encode(`${tag}:${fileName}`) }));
const visible = (dir: string) =>
  readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort();
const hidden = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.startsWith('.'))
    .sort();

describe('export: a mail merge written all or nothing', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-merge-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the set, records it, and the next set replaces it whole (names no longer in it removed)', async () => {
    await writeMergeSet(set(['a.docx', 'b.docx', 'all.docx'], 'old'), dir, PREFIX, { fs: nodeFileSystem });
    assert.deepEqual(visible(dir), ['a.docx', 'all.docx', 'b.docx']);
    assert.deepEqual(hidden(dir), [`${PREFIX}.json`], 'only the manifest, no staging or temp file');
    writeFileSync(join(dir, 'other.docx'), 'not ours');
    const written = await writeMergeSet(set(['a.docx', 'c.docx', 'all.docx'], 'new'), dir, PREFIX, {
      fs: nodeFileSystem,
    });
    assert.deepEqual(
      written.map((w) => w.path),
      ['a.docx', 'c.docx', 'all.docx'].map((n) => join(dir, n)),
    );
    assert.deepEqual(visible(dir), ['a.docx', 'all.docx', 'c.docx', 'other.docx']);
    assert.equal(readFileSync(join(dir, 'a.docx'), 'utf8'), 'new:a.docx');
  });

  it('cancelled half-way, or failing on a full disk: the previous set untouched, nothing left behind', async () => {
    await writeMergeSet(set(['a.docx', 'b.docx'], 'old'), dir, PREFIX, { fs: nodeFileSystem });
    let asked = 0;
    const progress: number[] = [];
    await assert.rejects(
      writeMergeSet(set(['a.docx', 'b.docx', 'c.docx'], 'new'), dir, PREFIX, {
        fs: nodeFileSystem,
        cancelled: () => ++asked > 2,
        onProgress: (d) => progress.push(d),
      }),
      MergeCancelled,
    );
    assert.deepEqual(progress, [1, 2]);
    const full = set(['a.docx', 'b.docx', 'c.docx'], 'new');
    full[2] = {
      fileName: 'c.docx',
      render: async () => {
        throw Object.assign(new Error('full'), { code: 'ENOSPC' });
      },
    };
    await assert.rejects(
      writeMergeSet(full, dir, PREFIX, { fs: nodeFileSystem }),
      (e: unknown) => e instanceof WriteError && e.failure === 'noSpace',
    );
    assert.deepEqual(visible(dir), ['a.docx', 'b.docx']);
    assert.equal(readFileSync(join(dir, 'b.docx'), 'utf8'), 'old:b.docx');
    assert.deepEqual(hidden(dir), [`${PREFIX}.json`]);
  });

  it('a read-only (0444) file of its own previous set is replaced or removed only when forced', async () => {
    await writeMergeSet(set(['a.docx', 'b.docx', 'c.docx'], 'old'), dir, PREFIX, { fs: nodeFileSystem });
    chmodSync(join(dir, 'b.docx'), 0o444);
    await assert.rejects(
      writeMergeSet(set(['a.docx', 'b.docx'], 'new'), dir, PREFIX, { fs: nodeFileSystem }),
      (e: unknown) => e instanceof WriteError && e.failure === 'readOnlyTarget',
    );
    chmodSync(join(dir, 'b.docx'), 0o644);
    chmodSync(join(dir, 'c.docx'), 0o444);
    await assert.rejects(
      writeMergeSet(set(['a.docx', 'b.docx'], 'new'), dir, PREFIX, { fs: nodeFileSystem }),
      (e: unknown) => e instanceof WriteError && e.failure === 'readOnlyTarget' && e.path === join(dir, 'c.docx'),
    );
    assert.deepEqual(visible(dir), ['a.docx', 'b.docx', 'c.docx']);
    assert.equal(readFileSync(join(dir, 'a.docx'), 'utf8'), 'old:a.docx', 'refused before anything moved');
    await writeMergeSet(set(['a.docx', 'b.docx'], 'new'), dir, PREFIX, { fs: nodeFileSystem, force: true });
    assert.deepEqual(visible(dir), ['a.docx', 'b.docx']);
  });

  it('a crash mid-commit (journal written, one file moved) is completed by the next reader before it looks', async () => {
    await writeMergeSet(set(['a.docx', 'b.docx', 'all.docx'], 'old'), dir, PREFIX, { fs: nodeFileSystem });
    let renames = 0;
    const crashing: ExportFileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        if (!from.endsWith('.tmp') && ++renames > 1) throw new Error('killed');
        return nodeFileSystem.rename(from, to);
      },
    };
    await assert.rejects(writeMergeSet(set(['a.docx', 'c.docx', 'all.docx'], 'new'), dir, PREFIX, { fs: crashing }));
    assert.ok(
      hidden(dir).some((n) => n.endsWith('.swap.json')),
      'committed: the journal is there',
    );
    writeFileSync(join(dir, '.giaymoi-999999997-3-abcdef.tmp'), '');
    await recoverMergeSets(dir, nodeFileSystem);
    assert.deepEqual(visible(dir), ['a.docx', 'all.docx', 'c.docx']);
    for (const n of visible(dir)) assert.equal(readFileSync(join(dir, n), 'utf8'), `new:${n}`);
    assert.deepEqual(hidden(dir), [`${PREFIX}.json`]);
    assert.deepEqual(
      JSON.parse(readFileSync(join(dir, `${PREFIX}.json`), 'utf8')).files.map((f: { name: string }) => f.name),
      ['a.docx', 'c.docx', 'all.docx'],
    );
  });

  it('writes every file of a merge whose invitee names are long in bytes (70 × "Ễ"), names within 255 bytes', async () => {
    const plan = planMailMerge(['Ễ'.repeat(70), `${'Ễ'.repeat(70)} 2`, 'Sở Y tế'], 'Ễ'.repeat(80));
    const files = [...plan.entries.map((e) => e.fileName), plan.combinedFileName];
    for (const name of files) assert.ok(Buffer.byteLength(name) <= 255, name);
    await writeMergeSet(set(files, 'new'), dir, PREFIX, { fs: nodeFileSystem });
    assert.equal(visible(dir).length, 4);
  });
});
