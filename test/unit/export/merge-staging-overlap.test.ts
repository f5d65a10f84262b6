/**
 * Issue 25/32: a 1,000-file merge spent most of its time waiting on one write,
 * then one stat, then one rename at a time. Files are still rendered one after
 * another in the set's order (the combined file is fed copy by copy), but their
 * writes and moves overlap, a bounded number at a time.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoundedTasks, IN_FLIGHT, mapBounded } from '../../../src/export/bounded-tasks';
import type { ExportFileSystem } from '../../../src/export/file-system';
import { setPrefix, writeMergeSet } from '../../../src/export/merge-set';
import { nodeFileSystem } from '../../../src/export/node-file-system';
import type { PlannedFile } from '../../../src/export/plan-export';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Node's file system, each write and rename slowed a little, counting how many are under way at once. */
function countingFileSystem() {
  const peak = { write: 0, rename: 0 };
  const now = { write: 0, rename: 0 };
  const counted =
    <A extends unknown[]>(kind: 'write' | 'rename', op: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      peak[kind] = Math.max(peak[kind], (now[kind] += 1));
      try {
        await tick(2);
        await op(...args);
      } finally {
        now[kind] -= 1;
      }
    };
  const fs: ExportFileSystem = {
    ...nodeFileSystem,
    writeNew: counted('write', nodeFileSystem.writeNew),
    rename: counted('rename', nodeFileSystem.rename),
  };
  return { fs, peak };
}

describe('export: a merge overlaps its writes and moves, rendering in order', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-merge-overlap-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('renders the files in order while several are written and moved at once (never more than IN_FLIGHT)', async () => {
    const rendered: number[] = [];
    const files: PlannedFile[] = Array.from({ length: 60 }, (_, i) => ({
      fileName: `${String(i).padStart(2, '0')}.docx`,
      render: async () => {
        rendered.push(i);
        return new TextEncoder().encode(`copy ${i}`);
      },
    }));
    const { fs, peak } = countingFileSystem();
    const progress: number[] = [];
    await writeMergeSet(files, dir, setPrefix('hop'), { fs, onProgress: (done) => progress.push(done) });
    assert.deepEqual(
      rendered,
      files.map((_, i) => i),
    );
    assert.deepEqual(
      progress,
      files.map((_, i) => i + 1),
    );
    assert.equal(readdirSync(dir).filter((n) => n.endsWith('.docx')).length, 60);
    assert.equal(readFileSync(join(dir, '42.docx'), 'utf8'), 'copy 42');
    assert.ok(peak.write > 1 && peak.write <= IN_FLIGHT, `writes at once: ${peak.write}`);
    assert.ok(peak.rename > 1 && peak.rename <= IN_FLIGHT + 1, `renames at once: ${peak.rename}`);
  });

  it('bounded tasks: at most `limit` at once, results in order, the first failure thrown after all settled', async () => {
    let now = 0;
    let peak = 0;
    const results = await mapBounded(
      [5, 1, 4, 2, 3, 1],
      async (ms, i) => {
        peak = Math.max(peak, (now += 1));
        await tick(ms);
        now -= 1;
        return i;
      },
      3,
    );
    assert.deepEqual(results, [0, 1, 2, 3, 4, 5]);
    assert.equal(peak, 3);
    const tasks = new BoundedTasks(2);
    let finished = 0;
    await tasks.add(tick(5).then(() => void (finished += 1)));
    await assert.rejects(tasks.add(Promise.reject(new Error('disk full'))), /disk full/);
    await tasks.drain();
    assert.equal(finished, 1);
  });
});
