/**
 * Issue 31, items 5 and 9: a spreadsheet list is bounded while it is inflated
 * (a 462 KB bomb took 3–4 GB), its rows are counted as they arrive (1,000,000
 * rows ended in "Maximum call stack size exceeded"), and a sheet without cell
 * references is named for what it is (it gave "Cannot read properties of undefined").
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readList } from '../../../src/lists/read-list';
import { MAX_XLSX_INFLATED_BYTES, MAX_XLSX_ROWS } from '../../../src/lists/xlsx-bounds';

const EXAMPLE = unzipSync(new Uint8Array(readFileSync(join(__dirname, '../../../examples/khach-moi.xlsx'))));
const SHEET = 'xl/worksheets/sheet1.xml';

/** The example workbook with another first sheet. */
function workbook(sheetData: string | Uint8Array): Uint8Array {
  const sheet =
    typeof sheetData === 'string'
      ? strToU8(
          `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
        )
      : sheetData;
  return zipSync({ ...EXAMPLE, [SHEET]: [sheet, { level: 9 }] });
}

const row = (i: number, refs = true) =>
  refs
    ? `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Người ${i}</t></is></c></row>`
    : `<row><c t="inlineStr"><is><t>Người ${i}</t></is></c></row>`;
const rows = (count: number, refs = true) => Array.from({ length: count }, (_, i) => row(i + 1, refs)).join('');

describe('lists: a spreadsheet bounded before it is read (issue 31)', () => {
  it('refuses a zip bomb while inflating it, saying why', async function () {
    this.timeout(60_000);
    const spaces = new Uint8Array(MAX_XLSX_INFLATED_BYTES + 1024 * 1024).fill(0x20);
    const bomb = workbook(spaces);
    assert.ok(bomb.length < 200 * 1024, `the bomb is ${bomb.length} bytes`);
    const list = await readList('bom.xlsx', bomb);
    assert.equal(list.ok, false);
    assert.match(!list.ok ? (list.detail ?? '') : '', /giải nén ra hơn 64 MB.*· it inflates to more than 64 MB/);
  });

  it('refuses a sheet of more rows than any invitee list, counted as they arrive', async () => {
    const list = await readList('lon.xlsx', workbook(rows(MAX_XLSX_ROWS + 1)));
    assert.equal(list.ok, false);
    assert.ok(
      (!list.ok ? (list.detail ?? '') : '').includes(
        `hơn ${MAX_XLSX_ROWS.toLocaleString('vi')} hàng · the sheet has more than ${MAX_XLSX_ROWS.toLocaleString('en')} rows`,
      ),
    );
  });

  it('reads a sheet at the row limit', async () => {
    const list = await readList('du.xlsx', workbook(rows(MAX_XLSX_ROWS)));
    assert.ok(list.ok, !list.ok ? list.detail : '');
    assert.equal(list.grid.length, MAX_XLSX_ROWS);
  });

  it('names a sheet whose cells lack their reference, instead of "Cannot read properties of undefined"', async () => {
    const list = await readList('khong-dia-chi.xlsx', workbook(rows(3, false)));
    assert.equal(list.ok, false);
    const detail = !list.ok ? (list.detail ?? '') : '';
    assert.match(detail, /có ô không ghi địa chỉ .* a cell has no reference/);
    assert.doesNotMatch(detail, /undefined/);
  });

  it('still reads the example list', async () => {
    const list = await readList(
      'khach-moi.xlsx',
      new Uint8Array(readFileSync(join(__dirname, '../../../examples/khach-moi.xlsx'))),
    );
    assert.ok(list.ok);
    assert.equal(list.grid.length, 31);
  });
});
