import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { invitation, makeDocx, p } from './make-docx';

const ROOT = join(__dirname, '../../..');

/** The real command line, as a clerk runs it: exit code and the two streams. */
function giaymoi(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cli: giaymoi import', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-import-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string) => join(dir, name);

  it('writes x.giaymoi.yaml beside x.docx, then x-1, and -o never replaces a file', () => {
    writeFileSync(
      file('x.docx'),
      makeDocx(invitation([p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế')])),
    );
    const first = giaymoi(['import', file('x.docx')]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(readFileSync(file('x.giaymoi.yaml'), 'utf8'), /kinh_moi: Giám đốc Sở Y tế/);
    assert.match(first.stderr, /100\.0% trong \d+ từ in của văn bản gốc được in lại đúng thứ tự/);
    assert.equal(giaymoi(['import', file('x.docx')]).status, 0);
    assert.ok(existsSync(file('x-1.giaymoi.yaml')));
    const clash = giaymoi(['import', file('x.docx'), '-o', file('x.giaymoi.yaml')]);
    assert.equal(clash.status, 2);
    assert.match(clash.stderr, /x\.giaymoi\.yaml: tệp đã có; không ghi đè/);
  });

  const refused: [string, () => string, RegExp][] = [
    [
      'not a zip',
      () => {
        writeFileSync(file('text.docx'), 'plain text');
        return file('text.docx');
      },
      /text\.docx: không phải tệp DOCX/,
    ],
    [
      'a zip without word/document.xml',
      () => {
        writeFileSync(file('other.docx'), zipSync({ 'a.txt': strToU8('x') }));
        return file('other.docx');
      },
      /other\.docx: gói zip không có word\/document\.xml/,
    ],
    [
      'a 50 MB file',
      () => {
        writeFileSync(file('big.docx'), '');
        truncateSync(file('big.docx'), 50 * 1024 * 1024);
        return file('big.docx');
      },
      /big\.docx: tệp quá lớn \(50\.0 MB/,
    ],
    [
      'a zip bomb',
      () => {
        writeFileSync(
          file('bomb.docx'),
          zipSync({ 'word/document.xml': new Uint8Array(10 * 1024 * 1024) }, { level: 1 }),
        );
        return file('bomb.docx');
      },
      /bomb\.docx: tệp nén giải ra quá lớn/,
    ],
    ['a missing file', () => file('none.docx'), /none\.docx: không tìm thấy tệp/],
    ['a folder', () => dir, /không phải một tệp thường/],
  ];
  for (const [what, make, message] of refused) {
    it(`refuses ${what} with one line naming the file and exit 2`, () => {
      const run = giaymoi(['import', make()]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /\bat \S+ \(/, 'no stack trace');
    });
  }

  it('says a .doc needs LibreOffice when soffice is not installed', () => {
    writeFileSync(file('old.doc'), 'not really a doc');
    const run = giaymoi(['import', file('old.doc')], { ...process.env, PATH: '/nonexistent' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /old\.doc: tệp \.doc \(Word 97–2003\) cần LibreOffice/);
  });
});
