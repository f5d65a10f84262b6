/**
 * A giaymoi.config.yaml with an error: `check` exits 1, so its summary must not
 * say "0 lỗi", and its report shows the configuration's line before the summary
 * even when stdout and stderr are kept apart (issue 29, item 9).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { fakeCli } from '../../support/fake-cli';

const ROOT = join(__dirname, '../../..');
const EXAMPLE = readFileSync(join(ROOT, 'examples/hoi-nghi-sipas-2024.giaymoi.yaml'), 'utf8');

describe('cli: check counts the configuration’s own errors', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-config-summary-'));
    mkdirSync(join(dir, '.git')); // the workspace: the configuration is searched for up to here
    writeFileSync(join(dir, 'hop.giaymoi.yaml'), EXAMPLE);
    writeFileSync(join(dir, 'giaymoi.config.yaml'), 'rules:\n  GM012: off\n'); // GM036: the key is `quy_tac`
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the summary counts the GM036 error it exits 1 for', async () => {
    const { cli, out, err } = fakeCli();
    assert.equal(await runCheck([join(dir, 'hop.giaymoi.yaml')], cli), 1);
    assert.match(err.join('\n'), /error GM036/);
    assert.match(out[out.length - 1], /^1 tệp: 1 lỗi, 0 cảnh báo, 4 thông tin\.$/, out.join('\n'));
  });

  it('the command prints the configuration’s line on stdout, first, and the summary last', () => {
    const run = spawnSync(
      process.execPath,
      ['--require', require.resolve('tsx/cjs'), join(ROOT, 'src/cli/main.ts'), 'check', 'hop.giaymoi.yaml'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0], /giaymoi\.config\.yaml:1:1: error GM036 /, run.stdout);
    assert.match(lines[lines.length - 1], /^1 tệp: 1 lỗi, /, run.stdout);
    assert.equal(run.stderr, '');
  });
});
