import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';
import { isProcessAlive, PROCESS_ID } from '../../../src/export/process-id';

describe('process ids of temp and staging names', () => {
  it('is the process id under Node', () => {
    assert.equal(PROCESS_ID, process.pid);
  });

  it('tells a live process from one that has exited', () => {
    assert.ok(isProcessAlive(process.pid));
    const child = spawnSync(process.execPath, ['-e', '0']);
    assert.equal(child.status, 0);
    assert.ok(!isProcessAlive(child.pid!), `pid ${child.pid} exited`);
  });

  it("in a browser worker (no process): a random id of its own, and every other id is a dead run's", () => {
    const built = esbuild.buildSync({
      entryPoints: [join(__dirname, '../../../src/export/process-id.ts')],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'browser',
    });
    const module = { exports: {} as { PROCESS_ID: number; isProcessAlive(pid: number): boolean } };
    vm.runInNewContext(built.outputFiles[0].text, { module, exports: module.exports, Math });
    const { PROCESS_ID: id, isProcessAlive: alive } = module.exports;
    assert.ok(Number.isInteger(id) && id >= 1_000_000, String(id));
    assert.ok(alive(id));
    assert.ok(!alive(process.pid), 'a worker cannot probe processes');
  });
});
