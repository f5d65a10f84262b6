/**
 * Issue 30 through the built CLI (dist/cli.js): a merge never destroys what
 * is not its own. Planted journals and manifests are reported and never acted
 * on; a file it did not write keeps its name; a read-only file of its own set
 * is removed only with --force; two merges into one folder never mix.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setPrefix } from '../../../src/export/merge-set';
import { withInvitees } from './merge-fixtures';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');

const docx = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.docx'))
    .sort();

function merge(source: string, ...extra: string[]) {
  return spawnSync(process.execPath, [CLI, 'export', source, '--mail-merge', '--allow-drafts', ...extra], {
    encoding: 'utf8',
  });
}

describe('export artifacts: a merge touches only the files it wrote', function () {
  this.timeout(300_000);
  let root: string;
  let dir: string;
  let source: string;

  before(function () {
    if (!existsSync(CLI)) {
      if (process.env.CI === 'true') assert.fail('dist/cli.js is missing: build first');
      this.skip();
    }
  });
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'giaymoi-owned-'));
    dir = join(root, 'hop');
    mkdirSync(dir);
    writeFileSync(join(root, 'parent.txt'), 'parent');
    source = join(dir, 'hop.giaymoi.yaml');
    writeFileSync(source, withInvitees('Sở A', 3));
    mkdirSync(join(dir, 'Hồ sơ'));
    writeFileSync(join(dir, 'Hồ sơ', 'biên bản.docx'), 'user');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const intact = () => {
    assert.equal(readFileSync(join(root, 'parent.txt'), 'utf8'), 'parent', 'the parent folder');
    assert.ok(existsSync(source), 'the source');
    assert.equal(readFileSync(join(dir, 'Hồ sơ', 'biên bản.docx'), 'utf8'), 'user', "the user's folder");
  };

  const journals: [string, (d: string) => unknown][] = [
    ['".."', () => ({ staging: '..', names: [], remove: [] })],
    ['""', () => ({ staging: '', names: [], remove: [] })],
    ['"/"', () => ({ staging: '/', names: [], remove: [] })],
    ['an absolute path', (d) => ({ staging: join(d, 'Hồ sơ'), names: [], remove: [] })],
  ];
  for (const [what, journal] of journals) {
    it(`a planted journal with staging ${what}: reported, nothing outside the set touched, the set written`, () => {
      writeFileSync(join(dir, '.giaymoi-merge-00000000.swap.json'), JSON.stringify(journal(dir)));
      const r = merge(source);
      intact();
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /Bỏ qua .*\.giaymoi-merge-00000000\.swap\.json/);
      assert.equal(docx(dir).length, 4);
    });
  }

  it('a planted journal whose staging folder is a symlink to another folder moves nothing out of it', () => {
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere', 'precious.docx'), 'precious');
    const staging = '.giaymoi-merge-00000000.giaymoi-999999999-1-abc.staging';
    symlinkSync(join(root, 'elsewhere'), join(dir, staging));
    writeFileSync(
      join(dir, '.giaymoi-merge-00000000.swap.json'),
      JSON.stringify({ staging, names: ['precious.docx'], remove: [] }),
    );
    const r = merge(source);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(join(root, 'elsewhere', 'precious.docx'), 'utf8'), 'precious');
    assert.ok(!docx(dir).includes('precious.docx'));
    intact();
  });

  it("a planted manifest naming the source and a user's file removes neither", () => {
    writeFileSync(join(dir, 'Báo cáo.docx'), 'user');
    const names = { names: ['hop.giaymoi.yaml', 'Báo cáo.docx'] };
    for (const prefix of [setPrefix('hop'), setPrefix(source)])
      writeFileSync(join(dir, `${prefix}.json`), JSON.stringify(names));
    const r = merge(source);
    assert.equal(r.status, 0, r.stderr);
    intact();
    assert.equal(readFileSync(join(dir, 'Báo cáo.docx'), 'utf8'), 'user');
  });

  it("a user's file with a row's name is kept; the new copy gets a distinct name and the message says so", () => {
    const mine = 'hop - Giám đốc Sở A số 2.docx';
    writeFileSync(join(dir, mine), 'user');
    const r = merge(source);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(join(dir, mine), 'utf8'), 'user');
    assert.ok(docx(dir).includes('hop - Giám đốc Sở A số 2 (2).docx'), docx(dir).join('\n'));
    assert.match(r.stderr, /không phải tệp do lần trộn thư này ghi/);
  });

  it("two meetings whose sources share a file name, merged into one --out-dir, keep each other's invitations", () => {
    const out = join(root, 'out');
    const other = join(root, 'khac', 'hop.giaymoi.yaml');
    mkdirSync(join(root, 'khac'));
    writeFileSync(other, withInvitees('Công ty B', 3));
    assert.equal(merge(source, '--out-dir', out).status, 0);
    const first = docx(out);
    const r = merge(other, '--out-dir', out);
    assert.equal(r.status, 0, r.stderr);
    for (const name of first) assert.ok(docx(out).includes(name), `${name} kept`);
    assert.equal(docx(out).length, 8, docx(out).join('\n'));
  });

  it('a read-only (0444) file of the previous set is not removed without --force when the list changes', () => {
    assert.equal(merge(source).status, 0);
    const before = docx(dir);
    chmodSync(join(dir, 'hop - Giám đốc Sở A số 3.docx'), 0o444);
    writeFileSync(source, withInvitees('Sở A', 2));
    const refused = merge(source);
    assert.notEqual(refused.status, 0);
    assert.match(refused.stderr, /chỉ đọc/);
    assert.deepEqual(docx(dir), before, 'the previous set whole');
    assert.equal(merge(source, '--force').status, 0);
    assert.equal(docx(dir).length, 3);
  });

  it("a merge while another live process holds the folder's lock refuses after a short wait: exit 2, a clear message, nothing written", () => {
    writeFileSync(
      join(dir, '.giaymoi-merge.lock'),
      JSON.stringify({ pid: process.pid, started: new Date().toISOString() }),
    );
    const r = merge(source);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /Một lần trộn thư khác đang ghi vào thư mục .*tiến trình \d+/);
    assert.deepEqual(docx(dir), []);
  });

  it('two merges of one source into one folder at once never mix: exactly one whole set each round', async () => {
    writeFileSync(source, withInvitees('Sở A', 6));
    const sets = [merge(source, '--ascii-names'), merge(source)].map((r) =>
      r.stdout
        .trim()
        .split('\n')
        .map((p) => basename(p))
        .sort(),
    );
    const rounds = 8;
    let bothWrote = 0;
    for (let round = 0; round < rounds; round += 1) {
      const [a, b] = await Promise.all([run(source, '--ascii-names'), run(source)]);
      assert.ok(a.status === 0 || b.status === 0, `round ${round}: neither wrote\n${a.stderr}\n${b.stderr}`);
      for (const r of [a, b]) if (r.status !== 0) assert.match(r.stderr, /trộn thư khác/, r.stderr);
      if (a.status === 0 && b.status === 0) bothWrote += 1;
      const now = docx(dir);
      assert.ok(
        sets.some((s) => s.join('\n') === now.join('\n')),
        `round ${round}: a mixed folder\n${now.join('\n')}`,
      );
    }
    console.log(`      ${bothWrote}/${rounds} rounds: both merges wrote in turn (the second waited for the lock)`);
  });
});

/** The merge as a child process, resolved with its exit status and stderr. */
function run(source: string, ...extra: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'export', source, '--mail-merge', '--allow-drafts', ...extra], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}
