/** `giaymoi check FOLDER` checks every source under it, once each, in a stable order. */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { checkTargets } from '../../../src/cli/check-targets';
import { fakeCli } from '../../support/fake-cli';

const ROOT = join(__dirname, '../../..');
const EXAMPLE = readFileSync(join(ROOT, 'examples/hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8');

describe('cli: check a folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-check-folder-'));
    mkdirSync(join(dir, '.git'));
    for (const sub of ['b', 'a/con', '.an', 'node_modules/x']) mkdirSync(join(dir, sub), { recursive: true });
    for (const file of ['b/hop.giaymoi.yaml', 'a/con/moi.giaymoi.yml', 'a/hop.giaymoi.yaml', '.an/x.giaymoi.yaml'])
      writeFileSync(join(dir, file), EXAMPLE);
    writeFileSync(join(dir, 'node_modules/x/y.giaymoi.yaml'), EXAMPLE);
    writeFileSync(join(dir, 'a/ghi-chu.yaml'), 'a: 1\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes every *.giaymoi.yaml under the folder, sorted, skipping hidden folders and node_modules', () => {
    const { files, emptyFolders } = checkTargets([dir]);
    assert.deepEqual(
      files.map((f) => f.slice(dir.length + 1)),
      ['a/con/moi.giaymoi.yml', 'a/hop.giaymoi.yaml', 'b/hop.giaymoi.yaml'],
    );
    assert.deepEqual(emptyFolders, []);
  });

  it('checks them all and counts them in the summary (before: "là một thư mục", 0 files)', async () => {
    const { cli, out, err } = fakeCli();
    assert.equal(await runCheck([dir], cli), 0, err.join('\n'));
    assert.match(out[out.length - 1], /^3 tệp: 0 lỗi, 0 cảnh báo, \d+ thông tin\.$/, out.join('\n'));
    assert.equal(out.filter((line) => line.startsWith(join(dir, 'b/hop.giaymoi.yaml'))).length > 0, true);
  });

  it('a folder without sources is an input error (exit 2) naming the folder', async () => {
    const empty = join(dir, 'a/con/trong');
    mkdirSync(empty);
    const { cli, err } = fakeCli();
    assert.equal(await runCheck([empty], cli), 2);
    assert.match(err.join('\n'), /trong: thư mục không có tệp giấy mời nào/);
  });

  it('a file argument is kept as given, folders and files mixed', () => {
    const file = join(dir, 'b/hop.giaymoi.yaml');
    assert.deepEqual(checkTargets([file, join(dir, 'a/con')]).files, [file, join(dir, 'a/con/moi.giaymoi.yml')]);
  });
});
