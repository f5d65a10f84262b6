/**
 * Issue 31, item 1: an invitation names its list, and nothing lets that name
 * reach outside the invitation's folder (its repository on the CLI) without
 * `--allow-list-outside`: not an absolute path, not `../`, not a symbolic
 * link. A refusal names the real path and shows nothing of the file.
 */
import * as assert from 'node:assert/strict';
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
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { runExport } from '../../../src/cli/export';
import { fakeCli } from '../../support/fake-cli';

const EXAMPLES = join(__dirname, '../../../examples');
const EXAMPLE = 'hoi-nghi-khach-moi-2025.giaymoi.yaml';
/** A foreign file whose every part must stay out of messages and documents. */
const SECRET = 'STT,Họ và tên,API_KEY\n1,Nguyễn Văn An,sk-live-0123456789\n';

describe('cli: a list outside the workspace folder', () => {
  let root: string;
  let work: string;
  let secret: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'giaymoi-outside-'));
    work = join(root, 'work');
    mkdirSync(work);
    secret = join(root, 'private', 'secret.csv');
    mkdirSync(join(root, 'private'));
    writeFileSync(secret, SECRET);
    copyFileSync(join(EXAMPLES, 'khach-moi.csv'), join(work, 'khach-moi.csv'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** The example invitation in `folder`, naming `list`. */
  function invitation(list: string, folder = work): string {
    const text = readFileSync(join(EXAMPLES, EXAMPLE), 'utf8').replace(
      'danh_sach: khach-moi.csv',
      `danh_sach: "${list}"`,
    );
    writeFileSync(join(folder, EXAMPLE), text);
    return join(folder, EXAMPLE);
  }

  function assertRefused(lines: string[]): void {
    const all = lines.join('\n');
    assert.match(
      all,
      /error GM\d+ Cannot read the list file .*: the real file is \S*private\/secret\.csv, outside the workspace folder \S*work; .*--allow-list-outside/,
    );
    assert.doesNotMatch(all, /API_KEY|sk-live/);
  }

  const cases: [string, () => string][] = [
    ['an absolute path', () => secret],
    ['a path with ../', () => '../private/secret.csv'],
    [
      'a symbolic link in the folder',
      () => {
        symlinkSync(secret, join(work, 'link.csv'));
        return 'link.csv';
      },
    ],
    [
      'a link to a folder outside',
      () => {
        symlinkSync(join(root, 'private'), join(work, 'shared'));
        return 'shared/secret.csv';
      },
    ],
  ];
  for (const [what, name] of cases) {
    it(`check refuses ${what}, naming the real path, printing none of its content (exit 1)`, async () => {
      const { cli, out, err } = fakeCli({}, 'en');
      assert.equal(await runCheck([invitation(name())], cli), 1);
      assertRefused([...out, ...err]);
    });
  }

  it('export --mail-merge refuses it and writes nothing', async () => {
    const target = join(root, 'out');
    const { cli, out, err } = fakeCli({ 'mail-merge': 'true', 'out-dir': target }, 'en');
    assert.equal(await runExport([invitation(secret)], cli), 1);
    assertRefused([...out, ...err]);
    assert.throws(() => readdirSync(target));
  });

  it('does not say whether a missing file outside exists', async () => {
    const { cli, out } = fakeCli({}, 'en');
    assert.equal(await runCheck([invitation('../private/none.csv')], cli), 1);
    assert.match(out.join('\n'), /the real file is \S*private\/none\.csv, outside the workspace folder/);
  });

  it('reads it with --allow-list-outside', async () => {
    writeFileSync(secret, readFileSync(join(EXAMPLES, 'khach-moi.csv')));
    const { cli, out } = fakeCli({ 'allow-list-outside': 'true' }, 'en');
    await runCheck([invitation(secret)], cli);
    assert.doesNotMatch(out.join('\n'), /outside the workspace folder|Cannot read the list file/);
  });

  it('reads a list in a subfolder, and one elsewhere in the same repository (the nearest folder holding .git)', async () => {
    mkdirSync(join(work, 'lists'));
    copyFileSync(join(EXAMPLES, 'khach-moi.csv'), join(work, 'lists', 'a.csv'));
    const below = fakeCli({}, 'en');
    assert.equal(await runCheck([invitation('lists/a.csv')], below.cli), 0, below.out.join('\n'));
    mkdirSync(join(work, '.git'));
    mkdirSync(join(work, 'sub'));
    const repo = fakeCli({}, 'en');
    assert.equal(await runCheck([invitation('../lists/a.csv', join(work, 'sub'))], repo.cli), 0, repo.out.join('\n'));
  });
});
