/**
 * Issue 31, item 9 (the configuration's part): the search for
 * giaymoi.config.yaml stops at the source's repository (the nearest folder
 * holding .git), else at the source's own folder, so a file in some folder
 * above, up to `/`, cannot silently change the rules; a configuration that
 * cannot be read (a folder) is an error, not exit 0.
 */
import * as assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { runExport } from '../../../src/cli/export';
import { configCandidates } from '../../../src/core/config/locate';
import { fakeCli } from '../../support/fake-cli';

const KINH_GUI = readFileSync(join(__dirname, '../../fixtures/rules/kinh-gui.giaymoi.yaml'), 'utf8');
const GM029_OFF = 'quy_tac:\n  GM029: off\n';

describe('files: where giaymoi.config.yaml is searched for', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-config-search-'));
    mkdirSync(join(dir, 'repo', 'phong'), { recursive: true });
    file = join(dir, 'repo', 'phong', 'hop.giaymoi.yaml');
    writeFileSync(file, KINH_GUI);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function gm029Reported(): Promise<boolean> {
    const { cli, out } = fakeCli({}, 'en');
    await runCheck([file], cli);
    return out.some((l) => / GM029 /.test(l));
  }

  it("outside a repository, reads only the one in the source's own folder", async () => {
    writeFileSync(join(dir, 'giaymoi.config.yaml'), GM029_OFF);
    assert.equal(await gm029Reported(), true, 'a configuration two folders above is not read');
    writeFileSync(join(dir, 'repo', 'phong', 'giaymoi.config.yaml'), GM029_OFF);
    assert.equal(await gm029Reported(), false);
  });

  it('in a repository, reads one up to its root and none above it', async () => {
    mkdirSync(join(dir, 'repo', '.git'));
    writeFileSync(join(dir, 'giaymoi.config.yaml'), GM029_OFF);
    assert.equal(await gm029Reported(), true, 'a configuration above the repository is not read');
    writeFileSync(join(dir, 'repo', 'giaymoi.config.yaml'), GM029_OFF);
    assert.equal(await gm029Reported(), false);
  });

  it('a configuration that is a folder is an error naming it (exit 1)', async () => {
    mkdirSync(join(dir, 'repo', 'phong', 'giaymoi.config.yaml'));
    const { cli, err } = fakeCli({}, 'en');
    assert.equal(await runCheck([file], cli), 1);
    assert.match(
      err.join('\n'),
      /phong\/giaymoi\.config\.yaml: cannot read the configuration file: is a folder, not a regular file/,
    );
  });

  it('a --config FILE that does not exist is an error (exit 1)', async () => {
    const { cli, err } = fakeCli({ config: join(dir, 'none.yaml') }, 'en');
    assert.equal(await runCheck([file], cli), 1);
    assert.match(err.join('\n'), /none\.yaml: cannot read the configuration file: no such file/);
  });

  it('a configuration that is a link to a file outside the workspace folder is not read, and says where it leads (exit 1)', async () => {
    writeFileSync(join(dir, 'elsewhere.yaml'), 'quy_tac:\n  SECRET_TOKEN_123: off\n');
    symlinkSync(join(dir, 'elsewhere.yaml'), join(dir, 'repo', 'phong', 'giaymoi.config.yaml'));
    const { cli, err, out } = fakeCli({}, 'en');
    assert.equal(await runCheck([file], cli), 1);
    const printed = [...err, ...out].join('\n');
    assert.match(
      printed,
      /giaymoi\.config\.yaml: cannot read the configuration file: the real file is .*elsewhere\.yaml, outside the workspace folder/,
    );
    assert.doesNotMatch(printed, /SECRET_TOKEN_123/, 'nothing of the foreign file is shown');
    assert.equal(await gm029Reported(), true, 'its rules are not applied');
  });

  it('export refuses, writing nothing, when the configuration cannot be read (exit 1)', async () => {
    mkdirSync(join(dir, 'repo', 'phong', 'giaymoi.config.yaml'));
    const { cli, err } = fakeCli({ 'allow-drafts': 'true' }, 'en');
    assert.equal(await runExport([file], cli), 1);
    assert.match(err.join('\n'), /Not exporting .*hop\.giaymoi\.yaml: its giaymoi\.config\.yaml has errors/);
    assert.deepEqual(
      readdirSync(join(dir, 'repo', 'phong')).filter((n) => n.endsWith('.docx')),
      [],
    );
    assert.equal(existsSync(join(dir, 'repo', 'phong', 'hop.docx')), false);
  });

  it('export refuses only the files whose own configuration is broken, and writes the others', async () => {
    mkdirSync(join(dir, 'repo', 'phong', 'giaymoi.config.yaml'));
    mkdirSync(join(dir, 'other'));
    const other = join(dir, 'other', 'hop.giaymoi.yaml');
    writeFileSync(other, KINH_GUI);
    const { cli, err } = fakeCli({ 'allow-drafts': 'true' }, 'en');
    assert.equal(await runExport([file, other], cli), 1);
    assert.equal(err.filter((l) => /Not exporting .*: its giaymoi\.config\.yaml has errors/.test(l)).length, 1);
    assert.deepEqual(
      readdirSync(join(dir, 'repo', 'phong')).filter((n) => n.endsWith('.docx')),
      [],
    );
    assert.deepEqual(
      readdirSync(join(dir, 'other')).filter((n) => n.endsWith('.docx')),
      ['hop.docx'],
    );
  });

  it('configCandidates stops at the workspace folder, and keeps only the own folder outside it', () => {
    assert.deepEqual(configCandidates('/srv/vb/2025/hop.giaymoi.yaml', '/srv/vb'), [
      '/srv/vb/2025/giaymoi.config.yaml',
      '/srv/vb/giaymoi.config.yaml',
    ]);
    assert.deepEqual(configCandidates('/srv/vb/hop.giaymoi.yaml', '/srv/vb/'), ['/srv/vb/giaymoi.config.yaml']);
    assert.deepEqual(configCandidates('/srv/other/hop.giaymoi.yaml', '/srv/vb'), ['/srv/other/giaymoi.config.yaml']);
    assert.deepEqual(configCandidates('/srv/vbx/hop.giaymoi.yaml', '/srv/vb'), ['/srv/vbx/giaymoi.config.yaml']);
    assert.deepEqual(configCandidates('C:\\VB\\2025\\hop.giaymoi.yaml', 'C:\\VB'), [
      'C:/VB/2025/giaymoi.config.yaml',
      'C:/VB/giaymoi.config.yaml',
    ]);
  });
});
