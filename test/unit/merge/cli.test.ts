import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { runExport } from '../../../src/cli/export';
import { fakeCli as fakeCliIn } from '../../support/fake-cli';

const EXAMPLES = join(__dirname, '../../../examples');
const EXAMPLE = 'hoi-nghi-khach-moi-2025.giaymoi.yaml';

/** Messages in English, as these tests read them. */
const fakeCli = (options: Record<string, string>) => fakeCliIn(options, 'en');

describe('cli: a list invitation', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-list-cli-'));
    copyFileSync(join(EXAMPLES, EXAMPLE), join(dir, EXAMPLE));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("check prints a list cell's problem as khach-moi.csv:line:col", async () => {
    const csv = readFileSync(join(EXAMPLES, 'khach-moi.csv'), 'utf8').replace(
      '\n3,Lê Hữu Cường,Chánh Văn phòng,',
      '\n3,Lê Hữu Cường,,',
    );
    writeFileSync(join(dir, 'khach-moi.csv'), csv);
    const { cli, out } = fakeCli({});
    assert.equal(await runCheck([join(dir, EXAMPLE)], cli), 0);
    const line = out.find((l) => l.includes('khach-moi.csv:'));
    assert.match(
      line ?? out.join('\n'),
      /giaymoi-list-cli-\w+\/khach-moi\.csv:4:16: warning GM046 Empty cell, but the invitation uses column "Chức vụ"\./,
    );
    assert.ok(out.some((l) => /hoi-nghi-khach-moi-2025\.giaymoi\.yaml:\d+:\d+: warning GM046/.test(l)));
  });

  it('export --mail-merge writes nothing when a row fails, and names the row', async () => {
    const csv = readFileSync(join(EXAMPLES, 'khach-moi.csv'), 'utf8').replace(',thứ hai,14:00,', ',thứ hai,14h,');
    writeFileSync(join(dir, 'khach-moi.csv'), csv);
    const out = join(dir, 'out');
    const { cli, err } = fakeCli({ 'mail-merge': 'true', 'out-dir': out });
    assert.equal(await runExport([join(dir, EXAMPLE)], cli), 1);
    assert.match(
      err.join('\n'),
      /:22:23: error GM005 The copy for invitee 16: Write date and time[\s\S]*khach-moi\.csv:17:56: error GM005 This row's copy: /,
    );
    assert.throws(() => readdirSync(out));
  });

  it('a missing list is an error on danh_sach (exit 1)', async () => {
    const { cli, out } = fakeCli({});
    assert.equal(await runCheck([join(dir, EXAMPLE)], cli), 1);
    assert.match(out.join('\n'), /:18:14: error GM048 The list file "khach-moi\.csv" was not found/);
  });
});
