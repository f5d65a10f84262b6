/**
 * Mail merge from the office's list, as LibreOffice reads the files back: the
 * 30-row example from khach-moi.csv and from khach-moi.xlsx writes 30 + 1
 * DOCX, and three of them (rows 1, 17, 30) carry their own invitee's name,
 * unit and session, and nobody else's.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf, normalize, requireTools, run } from './tools';

const ROOT = join(__dirname, '../../..');
const EXAMPLE = 'hoi-nghi-khach-moi-2025';
const SOURCE = join(ROOT, 'examples', `${EXAMPLE}.giaymoi.yaml`);

/** Rows of examples/khach-moi.csv the test reads back: [row, name, unit, session, hour]. */
const ROWS = [
  [1, 'Nguyễn Văn An', 'Giám đốc Sở Tài chính', 'thứ nhất', '8 giờ 00 phút'],
  [17, 'Phan Thanh Xuân', 'Phó Giám đốc Sở Công Thương', 'thứ hai', '14 giờ 00 phút'],
  [30, 'Đặng Quốc Diệp', 'Phó Trưởng phòng Tổng hợp Sở Tư pháp', 'thứ hai', '14 giờ 00 phút'],
] as const;

function exportFrom(list: 'khach-moi.csv' | 'khach-moi.xlsx', out: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-list-src-'));
  copyFileSync(join(ROOT, 'examples', list), join(dir, list));
  writeFileSync(
    join(dir, `${EXAMPLE}.giaymoi.yaml`),
    readFileSync(SOURCE, 'utf8').replace('danh_sach: khach-moi.csv', `danh_sach: ${list}`),
  );
  mkdirSync(out, { recursive: true });
  run(process.execPath, [
    join(ROOT, 'bin/giaymoi.js'),
    'export',
    join(dir, `${EXAMPLE}.giaymoi.yaml`),
    '--mail-merge',
    '--out-dir',
    out,
    '--name-pattern',
    '{{STT}} - {{Họ và tên}}',
  ]);
  return readdirSync(out)
    .filter((f) => f.endsWith('.docx'))
    .sort();
}

describe('docx artifacts: mail merge from a list file', function () {
  this.timeout(300_000);
  const out = mkdtempSync(join(tmpdir(), 'giaymoi-list-merge-'));
  const files: Record<string, string[]> = {};

  before(function () {
    requireTools(this);
    files.csv = exportFrom('khach-moi.csv', join(out, 'csv'));
    files.xlsx = exportFrom('khach-moi.xlsx', join(out, 'xlsx'));
    convertToPdf(
      ROWS.map(([row, name]) => join(out, 'csv', `${row} - ${name}.docx`)),
      join(out, 'pdf'),
    );
  });

  it('writes 30 + 1 files from the CSV and the same 31 names from the XLSX', () => {
    assert.equal(files.csv.length, 31, files.csv.join('\n'));
    assert.ok(files.csv.includes(`${EXAMPLE} (tất cả).docx`));
    assert.ok(files.csv.includes('17 - Phan Thanh Xuân.docx'));
    assert.deepEqual(files.xlsx, files.csv);
  });

  for (const [row, name, unit, session, hour] of ROWS) {
    it(`row ${row}: LibreOffice reads ${name}'s own line, session and hour, and no other invitee`, () => {
      const text = normalize(run('pdftotext', [join(out, 'pdf', `${row} - ${name}.pdf`), '-']));
      assert.ok(text.includes(`trân trọng kính mời: Ông/Bà ${name}, ${unit}`), text);
      assert.ok(text.includes(`Phiên ${session}: từ ${hour}`) || text.includes(`Phiên ${session}: Từ ${hour}`), text);
      assert.ok(text.includes(`Đề nghị Ông/Bà ${name} dự đúng giờ của phiên ${session}`), text);
      for (const [, other] of ROWS.filter(([r]) => r !== row))
        assert.ok(!text.includes(other), `${other} appears in ${name}'s copy`);
      assert.ok(!text.includes('{{'), 'a raw {{field}} is printed');
    });
  }
});
