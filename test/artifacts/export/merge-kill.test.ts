/**
 * `kill -9` during `giaymoi export --mail-merge` (the built CLI, dist/cli.js):
 * killed while it stages files, the folder beside the source still holds
 * exactly the previous set; killed after it committed (journal written), the
 * set is marked unfinished and the next run completes it. After the next run
 * the folder holds exactly the new set and no debris (staging folder, temp file, journal).
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const EXAMPLE = readFileSync(join(ROOT, 'examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml'), 'utf8');

/** The example with `count` invitees named "<tag> <n>". */
const withInvitees = (tag: string, count: number) =>
  EXAMPLE.replace(
    /^kinh_moi:.*\n(?: {2}- .*\n)+/m,
    `kinh_moi:\n${Array.from({ length: count }, (_, i) => `  - Giám đốc ${tag} số ${i + 1}`).join('\n')}\n`,
  );

const docx = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.docx'))
    .sort();
const hiddenDebris = (dir: string) =>
  readdirSync(dir).filter((n) => n.startsWith('.') && !/^\.giaymoi-merge-[0-9a-f]{8}\.json$/.test(n));
const stagingOf = (dir: string) => readdirSync(dir).find((n) => n.endsWith('.staging'));
const journalOf = (dir: string) => readdirSync(dir).find((n) => n.endsWith('.swap.json'));

/** Runs the merge to the end; returns the names it printed. */
function exportAll(source: string): string[] {
  const r = spawnSync(process.execPath, [CLI, 'export', source, '--mail-merge', '--allow-drafts'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout
    .trim()
    .split('\n')
    .map((p) => basename(p))
    .sort();
}

/** Spawns the merge and SIGKILLs it once `when(dir)` holds; resolves with what was seen at the kill (undefined: it finished first). */
function killWhen(source: string, dir: string, when: (dir: string) => boolean): Promise<'killed' | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'export', source, '--mail-merge', '--allow-drafts'], {
      stdio: 'ignore',
    });
    let killed = false;
    const poll = setInterval(() => {
      try {
        if (!killed && when(dir)) {
          killed = true;
          child.kill('SIGKILL');
        }
      } catch {
        /* the folder changed while read: try again */
      }
    }, 1);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(poll);
      resolve(killed ? 'killed' : undefined);
    });
  });
}

describe('export artifacts: a mail merge killed with SIGKILL', function () {
  this.timeout(600_000);
  let dir: string;
  let source: string;
  let oldSet: string[];
  let newSet: string[];

  before(function () {
    if (!existsSync(CLI)) {
      if (process.env.CI === 'true') assert.fail('dist/cli.js is missing: build first');
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-kill-'));
    source = join(dir, 'hop.giaymoi.yaml');
    writeFileSync(source, withInvitees('Công ty B', 40));
    newSet = exportAll(source);
    rmSync(dir, { recursive: true, force: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-kill-'));
    source = join(dir, 'hop.giaymoi.yaml');
    writeFileSync(source, withInvitees('Sở A', 5));
    oldSet = exportAll(source);
    writeFileSync(source, withInvitees('Công ty B', 40));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const moments: [string, (d: string) => boolean][] = [
    ['as staging starts', (d) => stagingOf(d) !== undefined],
    ['after the first staged file', (d) => readdirSync(join(d, stagingOf(d) ?? '.missing')).length >= 1],
    ['half-way through staging', (d) => readdirSync(join(d, stagingOf(d) ?? '.missing')).length >= 20],
    ['with all but the last file staged', (d) => readdirSync(join(d, stagingOf(d) ?? '.missing')).length >= 40],
  ];

  for (const [moment, when] of moments) {
    it(`killed ${moment}: the previous set whole, then exactly the new set and no debris after the next run`, async () => {
      assert.equal(
        await killWhen(source, dir, when),
        'killed',
        'the merge finished before the kill: the test proved nothing',
      );
      if (journalOf(dir)) assert.ok(stagingOf(dir), 'a committed set keeps its staging folder until it is moved in');
      else assert.deepEqual(docx(dir), oldSet, 'not committed: exactly the previous set');
      assert.ok(docx(dir).every((n) => oldSet.includes(n) || newSet.includes(n)));
      assert.deepEqual(exportAll(source), newSet);
      assert.deepEqual(docx(dir), newSet);
      assert.deepEqual(hiddenDebris(dir), []);
      for (const name of newSet) assert.equal(readFileSync(join(dir, name)).subarray(0, 2).toString(), 'PK', name);
    });
  }

  it('killed while the set is swapped in (journal written): the next run completes it, then writes its own', async () => {
    const seen = await killWhen(source, dir, (d) => journalOf(d) !== undefined);
    if (seen === 'killed')
      assert.ok(journalOf(dir) || docx(dir).join() === newSet.join(), 'a swap in progress is marked by its journal');
    assert.deepEqual(exportAll(source), newSet);
    assert.deepEqual(docx(dir), newSet);
    assert.deepEqual(hiddenDebris(dir), []);
  });
});
