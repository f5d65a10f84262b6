import * as assert from 'node:assert/strict';
import { isShortRun } from '../../../src/node/short-run';

describe('CLI: V8 tuned for a short run (src/node/short-run.ts)', () => {
  it('takes one file checked, exported or previewed as a short run', () => {
    for (const argv of [
      ['check', 'a.giaymoi.yaml'],
      ['export', 'a.giaymoi.yaml', '-o', 'a.docx', '--force'],
      ['export', 'a.giaymoi.yaml', '--margin-left=32'],
      ['preview', 'a.giaymoi.yaml', '-o', 'trang.html'],
    ])
      assert.ok(isShortRun(argv), argv.join(' '));
  });

  it("leaves long runs to V8's defaults: a mail merge, many files, other commands", () => {
    for (const argv of [
      ['export', 'a.giaymoi.yaml', '--mail-merge', '--out-dir', 'ra'],
      ['check', 'a.giaymoi.yaml', 'b.giaymoi.yaml', 'c.giaymoi.yaml'],
      ['import', 'cu.docx'],
      ['rules'],
      [],
    ])
      assert.ok(!isShortRun(argv), argv.join(' '));
  });
});
