/**
 * Issue 31, item 1, with the built command: an invitation whose list is an
 * absolute path, a `../` path or a symbolic link leading outside its folder
 * gets no row of that file into a DOCX, an HTML preview or a message; the
 * refusal names the real path, exits 1 and writes nothing. With
 * `--allow-list-outside` the same file is read.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { runGiaymoi } from './run-cli';

const EXAMPLES = join(__dirname, '../../../examples');
const EXAMPLE = 'hoi-nghi-khach-moi-2025.giaymoi.yaml';
/** Marks every row of the foreign file: none may appear anywhere when it is refused. */
const FOREIGN = 'Bí Mật Ngoài';

describe('hostile files: a list outside the workspace folder (built CLI)', function () {
  this.timeout(120_000);
  let root: string;
  let work: string;
  let secret: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'giaymoi-hostile-list-'));
    work = join(root, 'work');
    mkdirSync(work);
    mkdirSync(join(root, 'private'));
    secret = join(root, 'private', 'secret.csv');
    const rows = readFileSync(join(EXAMPLES, 'khach-moi.csv'), 'utf8')
      .replace(/Nguyễn Văn An/g, FOREIGN)
      .replace('Điện thoại', 'Điện thoại,API_KEY');
    writeFileSync(secret, rows);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function invitation(list: string): void {
    writeFileSync(
      join(work, EXAMPLE),
      readFileSync(join(EXAMPLES, EXAMPLE), 'utf8').replace('danh_sach: khach-moi.csv', `danh_sach: "${list}"`),
    );
  }

  const ways: [string, () => string][] = [
    ['an absolute path', () => secret],
    ['a ../ path', () => '../private/secret.csv'],
    [
      'a symbolic link',
      () => {
        symlinkSync(secret, join(work, 'khach-moi.csv'));
        return 'khach-moi.csv';
      },
    ],
  ];
  const commands: [string, string[]][] = [
    ['export', ['export', '-o', 'out.docx']],
    ['export --mail-merge', ['export', '--mail-merge', '--out-dir', 'out']],
    ['preview', ['preview', '-o', 'out.html']],
  ];
  for (const [way, list] of ways) {
    for (const [name, args] of commands) {
      it(`${name} refuses a list reached by ${way}: names the real path, exit 1, nothing written, nothing of the file shown`, () => {
        invitation(list());
        const before = readdirSync(work).sort();
        const run = runGiaymoi([...args, EXAMPLE], work);
        assert.equal(run.status, 1, run.stderr);
        assert.match(
          run.stdout + run.stderr,
          /Cannot read the list file "[^"]+": the real file is \S*private\/secret\.csv, outside the workspace folder \S*work; giaymoi reads no list from outside it \(allow it with --allow-list-outside\)/,
        );
        assert.doesNotMatch(run.stdout + run.stderr, new RegExp(`${FOREIGN}|API_KEY`));
        assert.deepEqual(readdirSync(work).sort(), before);
      });
    }
  }

  it('reads it with --allow-list-outside: its first row is in the DOCX', () => {
    invitation(secret);
    const run = runGiaymoi(['export', '--allow-list-outside', '-o', 'out.docx', EXAMPLE], work);
    assert.equal(run.status, 0, run.stderr);
    const xml = new TextDecoder().decode(unzipSync(readFileSync(join(work, 'out.docx')))['word/document.xml']);
    assert.ok(xml.includes(FOREIGN));
  });
});
