/**
 * A merge never destroys what is not its own (issue 30): planted journals and
 * manifests are validated and never acted on, files it did not write keep
 * their names, one merge per folder at a time, SHA-256 as node:crypto has it.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
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
import { ContentHash, hashOf } from '../../../src/export/content-hash';
import { LOCK_NAME } from '../../../src/export/merge-lock';
import { MergeRefused, recoverMergeSets, setPrefix, writeMergeSet } from '../../../src/export/merge-set';
import type { PlannedFile } from '../../../src/export/plan-export';
import type { ExportFileSystem } from '../../../src/export/file-system';
import { nodeFileSystem } from '../../../src/export/node-file-system';
import type { Localized } from '../../../src/core/model/problem';

const PREFIX = setPrefix('/somewhere/hop.giaymoi.yaml');
const STAGING = `${PREFIX}.giaymoi-999999999-1-abc.staging`;
const encode = (text: string) => new TextEncoder().encode(text);
const set = (names: string[], tag: string): PlannedFile[] =>
  names.map((fileName) => ({ fileName, render: async () => encode(`${tag}:${fileName}`) }));
const visible = (dir: string) =>
  readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort();
const identity = (path: string) => ({
  id: `${statSync(path).dev}:${statSync(path).ino}`,
  size: statSync(path).size,
  hash: hashOf(readFileSync(path)),
});

describe('export: a mail merge touches only the files it wrote', () => {
  let root: string;
  let dir: string;
  let notices: Localized[];
  const onNotice = (m: Localized) => notices.push(m);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'giaymoi-own-'));
    dir = join(root, 'out');
    mkdirSync(dir);
    writeFileSync(join(root, 'parent.txt'), 'parent');
    writeFileSync(join(dir, 'hop.giaymoi.yaml'), 'source');
    writeFileSync(join(dir, 'khach-moi.csv'), 'list');
    writeFileSync(join(dir, 'Báo cáo.docx'), 'user');
    notices = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const untouched = () => {
    assert.equal(readFileSync(join(root, 'parent.txt'), 'utf8'), 'parent');
    assert.equal(readFileSync(join(dir, 'hop.giaymoi.yaml'), 'utf8'), 'source');
    assert.equal(readFileSync(join(dir, 'khach-moi.csv'), 'utf8'), 'list');
    assert.equal(readFileSync(join(dir, 'Báo cáo.docx'), 'utf8'), 'user');
  };

  const planted: [string, (d: string) => unknown][] = [
    ['staging ".."', () => ({ staging: '..', names: [], remove: [] })],
    ['staging ""', () => ({ staging: '', names: [], remove: [] })],
    ['staging "/"', () => ({ staging: '/', names: [], remove: [] })],
    ['an absolute staging path', (d) => ({ staging: d, names: [], remove: [] })],
    [
      'a removal of the source and the list',
      () => ({ staging: STAGING, names: [], remove: ['hop.giaymoi.yaml', 'khach-moi.csv', 'Báo cáo.docx'] }),
    ],
    [
      'a v2 journal whose names climb out',
      (d) => ({
        version: 2,
        staging: STAGING,
        force: true,
        files: [],
        remove: [{ name: '../parent.txt', ...identity(join(d, '..', 'parent.txt')) }],
      }),
    ],
    [
      'a v2 journal removing the source by its identity',
      (d) => ({
        version: 2,
        staging: STAGING,
        force: true,
        files: [],
        remove: [{ name: 'hop.giaymoi.yaml', ...identity(join(d, 'hop.giaymoi.yaml')) }],
      }),
    ],
  ];
  for (const [what, journal] of planted) {
    it(`a planted journal with ${what} is reported and never acted on, and the merge still writes its set`, async () => {
      writeFileSync(join(dir, `${setPrefix('x')}.swap.json`), JSON.stringify(journal(dir)));
      await writeMergeSet(set(['a.docx', 'all.docx'], 'new'), dir, PREFIX, { fs: nodeFileSystem, onNotice });
      untouched();
      assert.deepEqual(
        visible(dir),
        ['a.docx', 'all.docx', 'Báo cáo.docx', 'hop.giaymoi.yaml', 'khach-moi.csv'].sort(),
      );
      assert.ok(
        notices.some((n) => n.en.startsWith('Ignored')),
        JSON.stringify(notices),
      );
    });
  }

  it('a planted journal whose staging folder is a symlink to another folder moves nothing out of it', async () => {
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere', 'precious.docx'), 'precious');
    symlinkSync(join(root, 'elsewhere'), join(dir, STAGING));
    const fake = identity(join(root, 'elsewhere', 'precious.docx'));
    writeFileSync(
      join(dir, `${PREFIX}.swap.json`),
      JSON.stringify({
        version: 2,
        staging: STAGING,
        force: false,
        files: [{ name: 'precious.docx', ...fake }],
        remove: [],
      }),
    );
    const legacy = `${setPrefix('x')}.giaymoi-999999999-1-abc.staging`;
    symlinkSync(join(root, 'elsewhere'), join(dir, legacy));
    writeFileSync(
      join(dir, `${setPrefix('x')}.swap.json`),
      JSON.stringify({ staging: legacy, names: ['precious.docx'], remove: [] }),
    );
    await recoverMergeSets(dir, nodeFileSystem, onNotice);
    assert.equal(readFileSync(join(root, 'elsewhere', 'precious.docx'), 'utf8'), 'precious');
    assert.ok(!visible(dir).includes('precious.docx'));
    untouched();
  });

  it('a planted manifest naming the source, the list or a user file removes none of them', async () => {
    const files = ['hop.giaymoi.yaml', 'khach-moi.csv', 'Báo cáo.docx'].map((name) => ({
      name,
      ...identity(join(dir, name)),
    }));
    writeFileSync(join(dir, `${PREFIX}.json`), JSON.stringify({ version: 2, files }));
    await writeMergeSet(set(['a.docx'], 'new'), dir, PREFIX, { fs: nodeFileSystem, onNotice });
    writeFileSync(join(dir, `${PREFIX}.json`), JSON.stringify({ names: ['hop.giaymoi.yaml', 'Báo cáo.docx'] }));
    await writeMergeSet(set(['b.docx'], 'new'), dir, PREFIX, { fs: nodeFileSystem, onNotice });
    untouched();
    assert.ok(notices.some((n) => n.en.startsWith('Ignored')));
  });

  it('a file of the same name it did not write (the user\'s, another meeting\'s) keeps its name; the new one takes "(2)"', async () => {
    const written = await writeMergeSet(set(['Báo cáo.docx', 'b.docx'], 'new'), dir, PREFIX, { fs: nodeFileSystem });
    untouched();
    assert.deepEqual(
      written.map((w) => [w.path, w.instead, w.notOurs]),
      [
        [join(dir, 'Báo cáo (2).docx'), join(dir, 'Báo cáo.docx'), true],
        [join(dir, 'b.docx'), undefined, undefined],
      ],
    );
    const other = setPrefix('/elsewhere/hop.giaymoi.yaml');
    await writeMergeSet(set(['c.docx', 'all.docx'], 'other'), dir, other, { fs: nodeFileSystem });
    await writeMergeSet(set(['d.docx', 'all.docx'], 'again'), dir, PREFIX, { fs: nodeFileSystem });
    assert.deepEqual(
      visible(dir).filter((n) => /^[a-d]|all/.test(n)),
      ['all (2).docx', 'all.docx', 'c.docx', 'd.docx'],
    );
    assert.equal(readFileSync(join(dir, 'all.docx'), 'utf8'), 'other:all.docx', "the other meeting's file kept");
    assert.equal(readFileSync(join(dir, 'c.docx'), 'utf8'), 'other:c.docx');
    untouched();
  });

  it('a file of its previous set changed since (same name, new content) is left as it is and reported', async () => {
    await writeMergeSet(set(['a.docx', 'b.docx'], 'old'), dir, PREFIX, { fs: nodeFileSystem });
    writeFileSync(join(dir, 'b.docx'), 'edited by the user');
    await writeMergeSet(set(['a.docx'], 'new'), dir, PREFIX, { fs: nodeFileSystem, onNotice });
    assert.equal(readFileSync(join(dir, 'b.docx'), 'utf8'), 'edited by the user');
    assert.ok(notices.some((n) => n.en.startsWith('Left')));
  });

  it("one merge per folder: a second waits for the lock and refuses when it stays taken; a dead holder's lock is stale", async () => {
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: process.ppid, started: new Date().toISOString() }));
    await assert.rejects(
      writeMergeSet(set(['a.docx'], 'new'), dir, PREFIX, { fs: nodeFileSystem, lockWaitMs: 200 }),
      (e: unknown) => e instanceof MergeRefused && /mail merge/.test(e.reason.en),
    );
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: 999_999_999, started: new Date().toISOString() }));
    await writeMergeSet(set(['a.docx'], 'new'), dir, PREFIX, { fs: nodeFileSystem, lockWaitMs: 0 });
    const both = await Promise.allSettled([
      writeMergeSet(set(['x.docx'], 'x'), dir, PREFIX, { fs: nodeFileSystem, lockWaitMs: 0 }),
      writeMergeSet(set(['y.docx'], 'y'), dir, PREFIX, { fs: nodeFileSystem, lockWaitMs: 0 }),
    ]);
    assert.deepEqual(both.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
    assert.ok(!readdirSync(dir).includes(LOCK_NAME), 'released');
  });

  it("where a file's id is its path (the web host's URI), its own previous set is still recognised after the move (hashed by the pure SHA-256)", async () => {
    const byPath: ExportFileSystem = {
      ...nodeFileSystem,
      newHash: undefined,
      info: async (path) => {
        const info = await nodeFileSystem.info(path);
        return info && { ...info, id: path };
      },
    };
    await writeMergeSet(set(['a.docx', 'b.docx', 'all.docx'], 'old'), dir, PREFIX, { fs: byPath });
    const written = await writeMergeSet(set(['a.docx', 'all.docx'], 'new'), dir, PREFIX, { fs: byPath, onNotice });
    assert.deepEqual(
      written.map((w) => w.instead),
      [undefined, undefined],
    );
    assert.deepEqual(
      visible(dir).filter((n) => !n.startsWith('B') && !n.startsWith('h') && !n.startsWith('k')),
      ['a.docx', 'all.docx'],
    );
    assert.equal(readFileSync(join(dir, 'all.docx'), 'utf8'), 'new:all.docx');
    assert.deepEqual(notices, []);
  });

  it('hashes as SHA-256, whole or chunk by chunk', () => {
    for (const n of [0, 55, 56, 64, 65, 1000]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 255);
      const chunked = new ContentHash();
      for (let i = 0; i < n; i += 37) chunked.update(bytes.subarray(i, i + 37));
      const expected = createHash('sha256').update(bytes).digest('hex');
      assert.equal(hashOf(bytes), expected);
      assert.equal(chunked.hex(), expected);
    }
  });
});
