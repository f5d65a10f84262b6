/**
 * Issue 31, items 2 and 9, with the built command: a list, a configuration or
 * a Word file that is a FIFO, or a link to /dev/zero or /dev/urandom, is
 * refused with a message naming it, at once and without filling memory; a
 * configuration that is a folder is an error. Each case reports its time and
 * peak memory.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { runGiaymoi } from './run-cli';

const EXAMPLES = join(__dirname, '../../../examples');
const LIST_EXAMPLE = 'hoi-nghi-khach-moi-2025.giaymoi.yaml';
const PLAIN_EXAMPLE = 'hoi-nghi-sipas-2024.giaymoi.yaml';

describe('hostile files: special files and sizes (built CLI)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function fifo(name: string): void {
    assert.equal(spawnSync('mkfifo', [join(dir, name)]).status, 0, 'mkfifo is needed');
  }
  function copy(example: string): void {
    copyFileSync(join(EXAMPLES, example), join(dir, example));
  }

  const lists: [string, () => void][] = [
    ['a FIFO', () => fifo('khach-moi.csv')],
    ['a link to /dev/zero', () => symlinkSync('/dev/zero', join(dir, 'khach-moi.csv'))],
    ['a link to /dev/urandom', () => symlinkSync('/dev/urandom', join(dir, 'khach-moi.csv'))],
  ];
  for (const [what, make] of lists) {
    it(`export --mail-merge refuses a list that is ${what}, even with --allow-list-outside, and writes nothing`, () => {
      copy(LIST_EXAMPLE);
      make();
      const before = readdirSync(dir).sort();
      const run = runGiaymoi(['export', '--mail-merge', '--allow-list-outside', '--out-dir', 'out', LIST_EXAMPLE], dir);
      assert.equal(run.status, 1, run.stderr);
      assert.match(
        run.stderr,
        /error GM\d+ Cannot read the list file "khach-moi\.csv": is not a regular file \(a pipe, a device, a socket…\), not read/,
      );
      assert.deepEqual(readdirSync(dir).sort(), before);
    });
  }

  const configs: [string, () => void, RegExp][] = [
    [
      'a FIFO',
      () => fifo('giaymoi.config.yaml'),
      /giaymoi\.config\.yaml: cannot read the configuration file: is not a regular file/,
    ],
    // A found configuration is read only inside the workspace folder: a link to a device is refused as outside it.
    [
      'a link to /dev/zero',
      () => symlinkSync('/dev/zero', join(dir, 'giaymoi.config.yaml')),
      /giaymoi\.config\.yaml: cannot read the configuration file: the real file is \/dev\/zero, outside the workspace folder/,
    ],
    [
      'a link to /dev/urandom',
      () => symlinkSync('/dev/urandom', join(dir, 'giaymoi.config.yaml')),
      /giaymoi\.config\.yaml: cannot read the configuration file: the real file is \/dev\/urandom, outside the workspace folder/,
    ],
    [
      'a folder',
      () => mkdirSync(join(dir, 'giaymoi.config.yaml')),
      /giaymoi\.config\.yaml: cannot read the configuration file: is a folder, not a regular file/,
    ],
    [
      'over 64 KB',
      () => writeFileSync(join(dir, 'giaymoi.config.yaml'), `# ${'x'.repeat(70_000)}\n`),
      /giaymoi\.config\.yaml: cannot read the configuration file: too large \(70003 bytes; at most 65536 bytes for a configuration file\)/,
    ],
  ];
  for (const [what, make, message] of configs) {
    it(`check stops with an error when giaymoi.config.yaml is ${what} (exit 1)`, () => {
      copy(PLAIN_EXAMPLE);
      make();
      const run = runGiaymoi(['check', PLAIN_EXAMPLE], dir);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, message); // check's report holds the configuration's problems, counted in its summary
    });
  }

  for (const device of ['/dev/zero', '/dev/urandom']) {
    it(`check stops with an error when --config names a link to ${device}, which the guarded reader refuses unread (exit 1)`, () => {
      copy(PLAIN_EXAMPLE);
      symlinkSync(device, join(dir, 'office.yaml'));
      const run = runGiaymoi(['check', PLAIN_EXAMPLE, '--config', 'office.yaml'], dir);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /office\.yaml: cannot read the configuration file: is not a regular file/);
    });
  }

  for (const name of ['giay-moi.docx', 'giay-moi.doc']) {
    it(`import refuses a ${extname(name)} that is a FIFO, one line, exit 2, nothing written`, () => {
      fifo(name);
      const run = runGiaymoi(['import', name], dir);
      assert.equal(run.status, 2, run.stderr);
      assert.match(
        run.stderr.trim(),
        new RegExp(`^${name.replace('.', '\\.')}: is not a regular file \\(a pipe, a device, a socket…\\), not read$`),
      );
      assert.deepEqual(readdirSync(dir), [name]);
    });
  }

  it('check refuses a source that is a link to /dev/zero (the source was guarded already; now by the same reader)', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.giaymoi.yaml'));
    const run = runGiaymoi(['check', 'zero.giaymoi.yaml'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /zero\.giaymoi\.yaml: /);
    assert.ok(readFileSync(join(EXAMPLES, PLAIN_EXAMPLE)).length > 0);
  });
});
