/** Issue 31, item 9: escape sequences from a list's header or a YAML key reach the terminal escaped, never raw. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { terminalText } from '../../../src/cli/terminal-text';

const ROOT = join(__dirname, '../../..');
const RAW_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('CLI: what it prints is safe for a terminal (issue 31)', () => {
  it('writes control and bidi characters as \\uXXXX, keeping line breaks, tabs and Vietnamese', () => {
    assert.equal(
      terminalText('Cột \u001b]0;pwned\u0007"Họ tên"\u009b31m'),
      'Cột \\u001B]0;pwned\\u0007"Họ tên"\\u009B31m',
    );
    assert.equal(terminalText('a\u202Eb\u2066c'), 'a\\u202Eb\\u2066c');
    assert.equal(terminalText('{\n\t"a": 1\n}'), '{\n\t"a": 1\n}');
  });

  it('`giaymoi check` prints a YAML key and a CSV header holding escape sequences escaped', function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'giaymoi-tty-'));
    try {
      const example = readFileSync(join(ROOT, 'examples/hoi-nghi-khach-moi-2025.giaymoi.yaml'), 'utf8');
      writeFileSync(
        join(dir, 'moi.giaymoi.yaml'),
        `${example.replace('{{Chức vụ}}', '{{Chức vụ\u001b[2J}}')}"x\\e[31m": 1\n`,
      );
      writeFileSync(
        join(dir, 'khach-moi.csv'),
        'STT,Họ và tên,Chức vụ\u001b[2J,Đơn vị\u009b,Phiên,Giờ\n1,A,B,C,thứ nhất,08:00\n',
      );
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'check', join(dir, 'moi.giaymoi.yaml')],
        { cwd: ROOT, encoding: 'utf8' },
      );
      const printed = run.stdout + run.stderr;
      assert.match(printed, /\\u001B\[2J/, printed);
      assert.doesNotMatch(printed, RAW_CONTROLS, 'a raw control character reached the terminal');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
