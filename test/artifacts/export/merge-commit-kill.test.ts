/**
 * `kill -9` at every step of a merge's commit (the built CLI, stopped exactly
 * there by GIAYMOI_TEST_KILL_AT, a test-only hook), then a later command
 * (`giaymoi check`): by the time it returns the folder holds the previous set
 * whole (killed before the journal) or the new set whole (after it), every
 * file as the manifest records it. The next merge then leaves no debris.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setPrefix } from '../../../src/export/merge-set';
import type { CommitStep } from '../../../src/export/merge-steps';
import { withInvitees } from './merge-fixtures';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const STEPS: CommitStep[] = [
  'staged',
  'journal-written',
  'moved-one',
  'moved-all',
  'removed-old',
  'manifest-written',
  'journal-removed',
];

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** Each .docx in the folder with its content hash. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.docx'))
      .sort()
      .map((n) => [n, sha(join(dir, n))]),
  );

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('export artifacts: a merge killed at each step of its commit', function () {
  this.timeout(600_000);
  let dir: string;
  let source: string;
  let oldSet: Record<string, string>;

  before(function () {
    if (!existsSync(CLI)) {
      if (process.env.CI === 'true') assert.fail('dist/cli.js is missing: build first');
      this.skip();
    }
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-commit-'));
    source = join(dir, 'hop.giaymoi.yaml');
    writeFileSync(source, withInvitees('Sở A', 5));
    assert.equal(cli(['export', source, '--mail-merge', '--allow-drafts']).status, 0);
    oldSet = snapshot(dir);
    writeFileSync(source, withInvitees('Công ty B', 8));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** True when the folder is exactly the new set the manifest records (names and content). */
  const wholeNew = () => {
    const manifest = JSON.parse(readFileSync(join(dir, `${setPrefix(source)}.json`), 'utf8')) as {
      files: { name: string; hash: string }[];
    };
    const recorded = Object.fromEntries(
      manifest.files.map((f) => [f.name, f.hash]).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    return Object.keys(recorded).length === 9 && JSON.stringify(snapshot(dir)) === JSON.stringify(recorded);
  };
  const wholeOld = () => JSON.stringify(snapshot(dir)) === JSON.stringify(oldSet);

  for (const step of STEPS) {
    it(`killed at "${step}": whole ${step === 'staged' ? 'old' : 'new'} set once \`giaymoi check\` returns; the next merge leaves no debris`, () => {
      const killed = cli(['export', source, '--mail-merge', '--allow-drafts'], { GIAYMOI_TEST_KILL_AT: step });
      assert.equal(killed.signal, 'SIGKILL', 'the merge was not stopped at the step');
      cli(['check', source]);
      assert.ok(step === 'staged' ? wholeOld() : wholeNew(), JSON.stringify(snapshot(dir), null, 1));
      assert.equal(cli(['export', source, '--mail-merge', '--allow-drafts']).status, 0);
      assert.ok(wholeNew());
      assert.deepEqual(
        readdirSync(dir).filter((n) => n.startsWith('.')),
        [`${setPrefix(source)}.json`],
      );
    });
  }

  it('killed by the clock while its journal exists (5 rounds): whole old or whole new once `giaymoi check` returns', async () => {
    let inWindow = 0;
    for (let round = 0; round < 5; round += 1) {
      writeFileSync(source, withInvitees(round % 2 ? 'Sở A' : 'Công ty B', round % 2 ? 5 : 8));
      const before = snapshot(dir);
      if (await killWhileJournal(source, dir)) inWindow += 1;
      cli(['check', source]);
      const after = snapshot(dir);
      const previous = JSON.stringify(after) === JSON.stringify(before);
      assert.ok(previous || wholeNewOf(dir, source), `round ${round}: mixed\n${Object.keys(after).join('\n')}`);
    }
    console.log(`      ${inWindow}/5 kills landed while the journal existed`);
  });
});

function wholeNewOf(dir: string, source: string): boolean {
  const path = join(dir, `${setPrefix(source)}.json`);
  if (!existsSync(path)) return false;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { files?: { name: string; hash: string }[] };
  const recorded = Object.fromEntries(
    (manifest.files ?? []).map((f) => [f.name, f.hash]).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return Object.keys(recorded).length > 0 && JSON.stringify(snapshot(dir)) === JSON.stringify(recorded);
}

/** Spawns the merge and SIGKILLs it as soon as a journal appears; true when it was killed then. */
function killWhileJournal(source: string, dir: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'export', source, '--mail-merge', '--allow-drafts'], {
      stdio: 'ignore',
    });
    let killed = false;
    const poll = setInterval(() => {
      try {
        if (!killed && readdirSync(dir).some((n) => n.endsWith('.swap.json'))) {
          killed = true;
          child.kill('SIGKILL');
        }
      } catch {
        /* the folder changed while read */
      }
    }, 1);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(poll);
      resolve(killed);
    });
  });
}
