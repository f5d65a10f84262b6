/**
 * The guards of the test command, each proved by making it fire: a `.only`
 * fails the unit/artifacts runner and the integration suite's mocha; with
 * CI=true a skipped test fails; UPDATE_GOLDEN is refused on CI; the last line
 * counts skips. Each case runs mocha in a child process on a throwaway spec.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const phases = require(join(ROOT, 'scripts/test-phases.cjs')) as {
  mochaArgv(glob: string, env: NodeJS.ProcessEnv): string[];
  verdict(
    counts: { passed: number; failed: number; skipped: number },
    env: NodeJS.ProcessEnv,
  ): { line: string; reasons: string[]; exitCode: number };
};

const SPECS = {
  only: "describe('s', () => { it.only('a', () => {}); it('b', () => {}); });",
  skip: "describe('s', () => { it('a', () => {}); it.skip('b', () => {}); it('c', function () { this.skip(); }); });",
};

interface Outcome {
  status: number | null;
  result: { passed: number; failed: number; pending: number } | undefined;
  output: string;
}

describe('test command guards', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-guards-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function specFile(kind: keyof typeof SPECS): string {
    const file = join(dir, `${kind}.spec.js`);
    writeFileSync(file, SPECS[kind]);
    return file;
  }

  /** The phase runner's mocha (scripts/test-phases.cjs) on one spec, as scripts/test.mjs runs it. */
  function runnerOn(file: string, env: NodeJS.ProcessEnv): Outcome {
    const resultFile = join(dir, `result-${Date.now()}-${Math.random()}.json`);
    const run = spawnSync(process.execPath, phases.mochaArgv(file, env), {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...env, GIAYMOI_RESULT_FILE: resultFile },
    });
    const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : undefined;
    return { status: run.status, result, output: run.stdout + run.stderr };
  }

  /** The integration suite's mocha options (test/integration/support/mocha-options.ts) on one spec. */
  function suiteOn(file: string, env: NodeJS.ProcessEnv): { failures?: number; thrown?: string } {
    const script = `
      const Mocha = require('mocha').default;
      const { suiteMochaOptions } = require(${JSON.stringify(join(ROOT, 'test/integration/support/mocha-options.ts'))});
      const mocha = new Mocha({ ...suiteMochaOptions(process.env), reporter: 'dot' });
      mocha.addFile(${JSON.stringify(file)});
      try { mocha.run((failures) => console.log('RESULT' + JSON.stringify({ failures }))); }
      catch (e) { console.log('RESULT' + JSON.stringify({ thrown: e.code || e.message })); }`;
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
    });
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT'));
    assert.ok(line, run.stdout + run.stderr);
    return JSON.parse(line.slice('RESULT'.length));
  }

  const local = { ...process.env, CI: '' };
  const ci = { ...process.env, CI: 'true' };

  it('a `.only` fails the unit/artifacts runner (no result, non-zero exit)', () => {
    const outcome = runnerOn(specFile('only'), local);
    assert.notEqual(outcome.status, 0, outcome.output);
    assert.equal(outcome.result, undefined);
    assert.match(outcome.output, /\.only` forbidden/);
  });

  it("a `.only` fails the integration suite's mocha", () => {
    assert.deepEqual(suiteOn(specFile('only'), local), { thrown: 'ERR_MOCHA_FORBIDDEN_EXCLUSIVITY' });
  });

  it('skipped tests: counted locally, failures under CI=true (runner and integration suite)', () => {
    const here = runnerOn(specFile('skip'), local);
    assert.equal(here.status, 0, here.output);
    assert.deepEqual(here.result && [here.result.passed, here.result.failed, here.result.pending], [1, 0, 2]);
    const onCi = runnerOn(specFile('skip'), ci);
    assert.notEqual(onCi.status, 0);
    assert.deepEqual(onCi.result && [onCi.result.passed, onCi.result.failed], [1, 2]);
    assert.deepEqual(suiteOn(specFile('skip'), local), { failures: 0 });
    assert.deepEqual(suiteOn(specFile('skip'), ci), { failures: 2 });
  });

  it('the last line is "N passed, N failed, N skipped"; a skip fails only under CI=true', () => {
    assert.deepEqual(phases.verdict({ passed: 351, failed: 0, skipped: 0 }, local), {
      line: '351 passed, 0 failed, 0 skipped',
      reasons: [],
      exitCode: 0,
    });
    assert.equal(phases.verdict({ passed: 351, failed: 0, skipped: 12 }, local).exitCode, 0);
    const onCi = phases.verdict({ passed: 351, failed: 0, skipped: 12 }, ci);
    assert.equal(onCi.line, '351 passed, 0 failed, 12 skipped');
    assert.equal(onCi.exitCode, 1);
    assert.equal(phases.verdict({ passed: 3, failed: 1, skipped: 0 }, local).exitCode, 1);
    assert.equal(phases.verdict({ passed: 0, failed: 0, skipped: 0 }, local).exitCode, 1, 'nothing ran is not a pass');
  });

  it('UPDATE_GOLDEN=1 under CI=true fails the golden test and leaves the golden file alone', () => {
    const golden = join(ROOT, 'test/fixtures/golden/hoi-nghi-sipas-2024.document.xml');
    const before = readFileSync(golden);
    const outcome = runnerOn(join(ROOT, 'test/unit/render-docx/golden.test.ts'), { ...ci, UPDATE_GOLDEN: '1' });
    assert.notEqual(outcome.status, 0);
    assert.ok(outcome.result && outcome.result.failed >= 1);
    assert.match(outcome.output, /UPDATE_GOLDEN is refused under CI=true/);
    assert.deepEqual(readFileSync(golden), before);
  });
});
