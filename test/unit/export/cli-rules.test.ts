import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { runExport } from '../../../src/cli/export';
import { runRules } from '../../../src/cli/rules';
import { CATALOG } from '../../../src/core/rules/catalog';
import { fakeCli as fakeCliIn } from '../../support/fake-cli';

const KINH_GUI = readFileSync(join(__dirname, '../../fixtures/rules/kinh-gui.giaymoi.yaml'), 'utf8');

/** Messages in English, as these tests read them. */
const fakeCli = (options: Record<string, string> = {}) => fakeCliIn(options, 'en');

describe('cli: giaymoi.config.yaml and giaymoi rules', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-rules-'));
    mkdirSync(join(dir, 'phong', '2025'), { recursive: true });
    mkdirSync(join(dir, '.git')); // an office's repository: its configuration is searched for up to here
    writeFileSync(join(dir, 'phong', '2025', 'hop.giaymoi.yaml'), KINH_GUI);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = () => join(dir, 'phong', '2025', 'hop.giaymoi.yaml');

  it('`check` reports GM029 without a configuration, and not with `GM029: off` in a folder above', async () => {
    const before = fakeCli();
    await runCheck([file()], before.cli);
    assert.ok(before.out.some((l) => / warning GM029 /.test(l)));
    writeFileSync(join(dir, 'phong', 'giaymoi.config.yaml'), 'quy_tac:\n  GM029: off\n');
    const after = fakeCli();
    assert.equal(await runCheck([file()], after.cli), 0);
    assert.ok(!after.out.some((l) => /GM029/.test(l)), after.out.join('\n'));
  });

  it('`export` refuses as the configuration says: GM029 raised to error refuses, the default exports', async () => {
    writeFileSync(join(dir, 'giaymoi.config.yaml'), 'quy_tac:\n  GM029: error\n');
    const strict = fakeCli({ 'out-dir': dir, 'allow-drafts': 'true' });
    assert.equal(await runExport([file()], strict.cli), 1);
    assert.match(strict.err.join('\n'), /error GM029/);
    const other = fakeCli({ 'out-dir': dir, 'allow-drafts': 'true', config: join(dir, 'none.yaml') });
    writeFileSync(join(dir, 'none.yaml'), 'quy_tac: {}\n');
    assert.equal(await runExport([file()], other.cli), 0, other.err.join('\n'));
  });

  it('prints a wrong entry of the configuration with its position and exits 1', async () => {
    writeFileSync(join(dir, 'giaymoi.config.yaml'), 'quy_tac:\n  GM001: off\n');
    const { cli, err } = fakeCli();
    assert.equal(await runCheck([file()], cli), 1);
    assert.deepEqual(
      err.map((l) => l.replace(dir, '<dir>')),
      [
        '<dir>/giaymoi.config.yaml:2:10: error GM037 GM001 is a structural problem (the file cannot be read): it cannot be turned off or changed.',
      ],
    );
  });

  it('`rules` lists every code with its legal source, as text and as JSON', async () => {
    const text = fakeCli();
    assert.equal(await runRules([], text.cli), 0);
    for (const e of CATALOG)
      assert.ok(
        text.out
          .join('\n')
          .split('\n')
          .some((l) => l.startsWith(e.code) && l.includes(e.locator)),
        e.code,
      );
    const json = fakeCli({ format: 'json' });
    await runRules([], json.cli);
    assert.deepEqual(
      JSON.parse(json.out.join('\n')).map((e: { code: string }) => e.code),
      CATALOG.map((e) => e.code),
    );
  });
});
