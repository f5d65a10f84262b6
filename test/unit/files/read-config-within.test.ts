/**
 * Issue 31, item 1, for the configuration: a giaymoi.config.yaml found in the
 * workspace but linked to a file outside it is not read (the desktop editor and
 * the CLI share this reader); one inside, linked or not, is.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfigWithin } from '../../../src/node/read-config-within';

describe('files: a configuration read only within its workspace folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-config-within-'));
    mkdirSync(join(dir, 'ws', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'secret.yaml'), 'quy_tac:\n  API_KEY: off\n');
    writeFileSync(join(dir, 'ws', 'shared.yaml'), 'quy_tac:\n  GM029: off\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a link to a file outside the folder, naming where it leads, reading nothing', () => {
    symlinkSync(join(dir, 'secret.yaml'), join(dir, 'ws', 'sub', 'giaymoi.config.yaml'));
    const read = readConfigWithin(join(dir, 'ws', 'sub', 'giaymoi.config.yaml'), join(dir, 'ws'));
    assert.equal(read.ok, false);
    assert.ok(!read.ok && /secret\.yaml, outside the workspace folder/.test(read.reason.en));
    assert.ok(!('bytes' in read));
  });

  it('reads a plain file, and a link to a file inside the folder', () => {
    writeFileSync(join(dir, 'ws', 'giaymoi.config.yaml'), 'quy_tac: {}\n');
    assert.equal(readConfigWithin(join(dir, 'ws', 'giaymoi.config.yaml'), join(dir, 'ws')).ok, true);
    symlinkSync(join(dir, 'ws', 'shared.yaml'), join(dir, 'ws', 'sub', 'giaymoi.config.yaml'));
    const read = readConfigWithin(join(dir, 'ws', 'sub', 'giaymoi.config.yaml'), join(dir, 'ws'));
    assert.ok(read.ok && new TextDecoder().decode(read.bytes).includes('GM029'));
  });
});
