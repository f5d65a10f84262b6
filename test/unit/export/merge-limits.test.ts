/**
 * Issue 31, item 4: a big mail merge says what it will do before writing
 * anything: a list over the row limit is refused with nothing written, and
 * a merge of many copies prints its estimate first.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport } from '../../../src/cli/export';
import { fakeCli } from '../../support/fake-cli';

const SOURCE = readFileSync(join(__dirname, '../../../examples/hoi-nghi-khach-moi-2025.giaymoi.yaml'), 'utf8');
const list = (rows: number) =>
  [
    'STT,Họ và tên,Chức vụ,Đơn vị,Phiên,Giờ,Điện thoại',
    ...Array.from(
      { length: rows },
      (_, i) => `${i + 1},Người ${i + 1},Chuyên viên,Sở ${i + 1},thứ nhất,08:00,0205 3812000`,
    ),
    '',
  ].join('\n');

describe('export: a big mail merge is bounded and estimated before anything is written (issue 31)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-big-merge-'));
    writeFileSync(join(dir, 'moi.giaymoi.yaml'), SOURCE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a list over --max-rows, naming the count and the option, and writes nothing', async () => {
    writeFileSync(join(dir, 'khach-moi.csv'), list(12));
    const run = fakeCli({ 'mail-merge': 'true', 'out-dir': join(dir, 'ra'), 'allow-drafts': 'true', 'max-rows': '10' });
    assert.equal(await runExport([join(dir, 'moi.giaymoi.yaml')], run.cli), 2);
    assert.match(run.err.join('\n'), /có 12 khách mời, nhiều hơn giới hạn 10 bản .* --max-rows 12/);
    assert.ok(!existsSync(join(dir, 'ra')) || readdirSync(join(dir, 'ra')).length === 0, 'something was written');
  });

  it('refuses a --max-rows that is no whole number', async () => {
    const run = fakeCli({ 'mail-merge': 'true', 'max-rows': 'nhiều' });
    assert.equal(await runExport([join(dir, 'moi.giaymoi.yaml')], run.cli), 2);
  });

  it('prints an estimate of files, size and time before a merge of many copies', async function () {
    this.timeout(120_000);
    writeFileSync(join(dir, 'khach-moi.csv'), list(60));
    const run = fakeCli({ 'mail-merge': 'true', 'out-dir': join(dir, 'ra'), 'allow-drafts': 'true' });
    assert.equal(await runExport([join(dir, 'moi.giaymoi.yaml')], run.cli), 0, run.err.join('\n'));
    assert.match(run.err.join('\n'), /Sẽ ghi 61 tệp, khoảng \d+ MB, mất chừng \d+ (giây|phút)/);
    assert.equal(readdirSync(join(dir, 'ra')).filter((n) => n.endsWith('.docx')).length, 61);
  });
});
