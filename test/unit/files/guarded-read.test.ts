/**
 * Issue 31, item 2: every file giaymoi reads on Node goes through one guarded
 * reader: only a regular file (a pipe or a device refused before it is
 * opened, so nothing hangs), its size checked before and while reading.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBounded, readGuarded } from '../../../src/node/guarded-read';
import { READ_LIMITS } from '../../../src/node/read-limits';
import { DEFAULT_MAX_MERGE_ROWS } from '../../../src/cli/merge-limits';
import { MAX_CONFIG_ENTRIES } from '../../../src/core/config/rule-config';
import { MAX_LIST_ROWS } from '../../../src/core/merge/table';
import { MAX_UNKNOWN_KEYS_LISTED } from '../../../src/core/parse/parse';
import { MAX_XLSX_INFLATED_BYTES } from '../../../src/lists/xlsx-bounds';

describe('files: the guarded reader', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-guarded-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function fifo(name: string): string {
    const path = join(dir, name);
    assert.equal(spawnSync('mkfifo', [path]).status, 0, 'mkfifo is needed');
    return path;
  }

  it('reads a regular file whole', () => {
    writeFileSync(join(dir, 'a.csv'), 'STT,Tên\n1,An\n');
    const read = readGuarded(join(dir, 'a.csv'), 'list');
    assert.ok(read.ok);
    assert.equal(Buffer.from(read.bytes).toString('utf8'), 'STT,Tên\n1,An\n');
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const read = readGuarded(fifo('pipe.csv'), 'list');
    assert.deepEqual(read.ok ? 'read' : read.why, 'special');
  });

  it('refuses a link to /dev/zero and to /dev/urandom (devices), reading nothing', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      symlinkSync(device, join(dir, 'dev.csv'));
      const read = readGuarded(join(dir, 'dev.csv'), 'config');
      assert.equal(read.ok ? 'read' : read.why, 'special', device);
      rmSync(join(dir, 'dev.csv'));
    }
  });

  it('refuses a folder, and says a missing file is missing', () => {
    assert.equal((readGuarded(dir, 'config') as { why: string }).why, 'directory');
    assert.equal((readGuarded(join(dir, 'none'), 'config') as { why: string }).why, 'missing');
  });

  it("refuses a file over its kind's limit before reading it, naming both sizes", () => {
    writeFileSync(join(dir, 'big.yaml'), '');
    truncateSync(join(dir, 'big.yaml'), READ_LIMITS.config + 1);
    const read = readGuarded(join(dir, 'big.yaml'), 'config');
    assert.ok(!read.ok);
    assert.equal(read.why, 'too-large');
    assert.match(
      read.reason.en,
      new RegExp(
        `too large \\(${READ_LIMITS.config + 1} bytes; at most ${READ_LIMITS.config} bytes for a configuration file\\)`,
      ),
    );
  });

  it('stops at the limit a file that grew after its size was taken, and reads one that grew within it', () => {
    writeFileSync(join(dir, 'grown.yaml'), 'x'.repeat(READ_LIMITS.config + 100));
    const fd = openSync(join(dir, 'grown.yaml'), 'r');
    try {
      const read = readBounded(fd, 10, 'config');
      assert.equal(read.ok ? 'read' : read.why, 'too-large');
    } finally {
      closeSync(fd);
    }
    writeFileSync(join(dir, 'proc-like.yaml'), 'y'.repeat(200_000));
    const small = openSync(join(dir, 'proc-like.yaml'), 'r');
    try {
      const read = readBounded(small, 0, 'list'); // a /proc file says size 0
      assert.equal(read.ok && read.bytes.length, 200_000);
    } finally {
      closeSync(small);
    }
  });

  it("keeps the existing limits in its one table, each listed in the README's section on limits", () => {
    assert.deepEqual(READ_LIMITS, {
      source: 4_000_000,
      list: 10 * 1024 * 1024,
      config: 64 * 1024,
      word: 20 * 1024 * 1024,
    });
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Giới hạn · Limits'),
      readme.indexOf('\n## ', readme.indexOf('## Giới hạn · Limits') + 1),
    );
    const shown = {
      source: '4.000.000 byte',
      list: `${READ_LIMITS.list / 1024 / 1024} MB`,
      config: `${READ_LIMITS.config / 1024} KB`,
      word: `${READ_LIMITS.word / 1024 / 1024} MB`,
    };
    for (const [kind, text] of Object.entries(shown)) assert.ok(section.includes(text), `${kind}: ${text}`);
  });

  it('lists the count limits in the same README section, as the code sets them', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Giới hạn · Limits'),
      readme.indexOf('\n## ', readme.indexOf('## Giới hạn · Limits') + 1),
    );
    const vi = (n: number) => n.toLocaleString('de-DE'); // 20.000, as Vietnamese writes it
    const shown = {
      xlsx: `${MAX_XLSX_INFLATED_BYTES / 1024 / 1024} MB`,
      rows: `${vi(MAX_LIST_ROWS)} hàng`,
      merge: `${vi(DEFAULT_MAX_MERGE_ROWS)}, đổi bằng \`--max-rows N\``,
      keys: `| ${MAX_UNKNOWN_KEYS_LISTED} |`,
      config: `| ${MAX_CONFIG_ENTRIES} |`,
    };
    for (const [kind, text] of Object.entries(shown)) assert.ok(section.includes(text), `${kind}: ${text}`);
  });
});
