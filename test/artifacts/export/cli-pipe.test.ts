/**
 * `giaymoi check … | head`: the reader closes the pipe while the CLI still
 * writes. The command must end as a Unix tool killed by SIGPIPE does (141),
 * not print Node's "write EPIPE" stack trace at the user.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const BIN = join(ROOT, 'bin/giaymoi.js');
const EXAMPLE = join(ROOT, 'examples/hoi-nghi-sipas-2024.giaymoi.yaml');

describe('cli: a closed output pipe', () => {
  it('giaymoi check … | head -1 ends with status 141 and no stack trace', function () {
    this.timeout(60_000);
    // 2,000 copies print ~8,000 lines (over a pipe's 64 KiB), so writes are still pending when head exits.
    const files = Array.from({ length: 2000 }, () => JSON.stringify(EXAMPLE)).join(' ');
    const run = spawnSync(
      'bash',
      ['-c', `node ${JSON.stringify(BIN)} check ${files} | head -1; echo "status \${PIPESTATUS[0]}" >&2`],
      { encoding: 'utf8', env: { ...process.env, GIAYMOI_COMPILE_CACHE: 'off' } },
    );
    assert.match(run.stdout, /GM012/);
    assert.doesNotMatch(run.stderr, /EPIPE|at .*cli\.js/, run.stderr);
    assert.match(run.stderr, /status 141/, run.stderr);
  });
});
