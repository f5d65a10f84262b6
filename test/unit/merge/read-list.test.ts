import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellValue, tableFromGrid, type LoadedList } from '../../../src/core/merge/table';
import { typedValue } from '../../../src/core/merge/placeholders';
import { decodeListBytes } from '../../../src/lists/decode-text';
import { guessSeparator, readCsvGrid } from '../../../src/lists/read-csv';
import { readList } from '../../../src/lists/read-list';

/** Lists saved by LibreOffice Calc from the same 30 invitees (scripts/make-list-fixtures.mjs). */
const LISTS = join(__dirname, '../../fixtures/lists');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(LISTS, name)));
const COLUMNS = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Phiên', 'Giờ', 'Điện thoại'];

function tableOf(list: LoadedList) {
  assert.ok(list.ok, `not read: ${JSON.stringify(list)}`);
  const table = tableFromGrid(list.grid);
  assert.ok(table, 'no header found');
  const value = (ordinal: number, column: string) =>
    cellValue(table.rows[ordinal - 1].cells[table.columns.find((c) => c.name === column)!.index]);
  return { list, table, value };
}

describe("merge: reading the office's list", () => {
  const cases: [string, string][] = [
    ['khach-moi-utf8-comma.csv', 'utf-8'],
    ['khach-moi-utf8-semicolon.csv', 'utf-8'],
    ['khach-moi-utf8-bom.csv', 'utf-8-bom'],
    ['khach-moi-cp1258-semicolon.csv', 'windows-1258'],
    ['khach-moi-cp1258-comma.csv', 'windows-1258'],
    ['khach-moi.xlsx', 'xlsx'],
  ];
  for (const [file, encoding] of cases) {
    it(`${file}: 30 invitees with their Vietnamese names in NFC (${encoding})`, async () => {
      const { list, table, value } = tableOf(await readList(file, bytesOf(file)));
      assert.equal(list.ok && list.encoding, encoding);
      assert.deepEqual(
        table.columns.map((c) => c.name),
        COLUMNS,
      );
      assert.equal(table.rows.length, 30);
      assert.equal(value(1, 'Họ và tên'), 'Nguyễn Văn An');
      assert.equal(value(17, 'Họ và tên'), 'Phan Thanh Xuân');
      assert.equal(value(30, 'Đơn vị'), 'Sở Tư pháp');
      assert.equal(value(17, 'Phiên'), 'thứ hai');
      assert.equal(value(4, 'Chức vụ'), 'Trưởng phòng Kế hoạch - Tài chính');
      assert.equal(value(1, 'STT'), '1');
      assert.equal(value(1, 'Giờ'), '08:00');
      for (const row of table.rows) for (const cell of row.cells) assert.equal(cell?.text, cell?.text.normalize('NFC'));
    });
  }

  it('Windows-1258 bytes carry tones as combining marks; the text is NFC', () => {
    const bytes = bytesOf('khach-moi-cp1258-semicolon.csv');
    assert.ok(bytes.includes(0xde), 'the fixture has no combining tilde (0xDE): not what Windows writes');
    assert.ok(decodeListBytes(bytes).text.includes('Nguyễn'));
  });

  it('a spreadsheet with a merged title row, a blank row, an empty cell, a line break, dates and times', async () => {
    const { table, value } = tableOf(await readList('danh-sach-tieu-de.xlsx', bytesOf('danh-sach-tieu-de.xlsx')));
    assert.deepEqual(
      table.columns.map((c) => c.name),
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ngày', 'Giờ'],
    );
    assert.equal(table.columns[0].cell.line, 2, 'the header is the third row');
    assert.equal(table.rows.length, 6);
    assert.equal(value(2, 'Đơn vị'), 'Sở Xây dựng tỉnh Lạng Sơn');
    assert.equal(value(3, 'Chức vụ'), '');
    assert.equal(value(1, 'Ngày'), '2025-03-20');
    assert.equal(value(4, 'Ngày'), '2025-03-21');
    assert.equal(value(1, 'Giờ'), '08:00');
    assert.equal(value(1, 'STT'), '1');
  });

  it('the same sheet as CSV in Windows-1258 with ";": quoted line break kept in one cell, dates as shown', async () => {
    const { table, value } = tableOf(
      await readList('danh-sach-tieu-de-cp1258.csv', bytesOf('danh-sach-tieu-de-cp1258.csv')),
    );
    assert.equal(table.rows.length, 6);
    assert.equal(value(2, 'Đơn vị'), 'Sở Xây dựng tỉnh Lạng Sơn');
    assert.equal(value(1, 'Ngày'), '20/03/2025');
    assert.equal(typedValue(value(1, 'Ngày')), '2025-03-20');
    assert.equal(table.rows[2].line, 6, 'the row after the two-line cell starts on line 7');
  });

  it('places each cell at its line and character in the text', () => {
    const text = 'DANH SÁCH;;\n\nHọ và tên;Đơn vị\n"Nguyễn\nA";"Sở ""X"""\nB;Sở Y tế\n';
    const grid = readCsvGrid(text);
    const table = tableFromGrid(grid)!;
    assert.deepEqual(
      table.rows.map((r) => r.cells.map((c) => [c?.text, c?.line, c?.character])),
      [
        [
          ['Nguyễn\nA', 3, 0],
          ['Sở "X"', 4, 3],
        ],
        [
          ['B', 5, 0],
          ['Sở Y tế', 5, 2],
        ],
      ],
    );
    assert.equal(text.split('\n')[5].slice(2), 'Sở Y tế');
  });

  it('guesses ";" (Vietnamese Windows), "," and tab separators, ignoring quoted ones', () => {
    assert.equal(guessSeparator('a;b;c\n"x,y,z";2;3\n'), ';');
    assert.equal(guessSeparator('a,b,c\n1,2,3\n'), ',');
    assert.equal(guessSeparator('a\tb\n1\t2\n'), '\t');
  });

  it('detects a list typed in TCVN3 and converts it', () => {
    const latin1 = 'Hä vµ tªn,§Þa chØ\nNguyÔn V¨n An,Hµ Néi\nTrÇn ThÞ B×nh,Hµ Néi\n';
    const decoded = decodeListBytes(Uint8Array.from([...latin1].map((ch) => ch.charCodeAt(0))));
    assert.equal(decoded.encoding, 'tcvn3');
    assert.ok(decoded.text.includes('Hà Nội'), decoded.text);
  });

  it('says why a list cannot be read, never throws', async () => {
    assert.deepEqual(await readList('a.csv', undefined), { ok: false, name: 'a.csv', reason: 'missing' });
    assert.equal((await readList('a.docx', new Uint8Array())).ok, false);
    const broken = await readList('b.xlsx', new TextEncoder().encode('not a zip'));
    assert.ok(!broken.ok && broken.reason === 'unreadable');
  });

  it('reads typed values as people write them', () => {
    assert.equal(typedValue('20/3/2025 8:00'), '2025-03-20 08:00');
    assert.equal(typedValue('2:30:00 PM'), '14:30');
    assert.equal(typedValue('12:00:00 AM'), '00:00');
    assert.equal(typedValue('14:00'), '14:00');
    assert.equal(typedValue('thứ hai'), 'thứ hai');
  });
});
