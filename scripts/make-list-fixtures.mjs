// Makes the invitee lists that the mail-merge example and tests read, the way
// offices make them: one list of 30 invitees saved by LibreOffice Calc as XLSX
// and as CSV in each encoding Excel users meet (UTF-8 with and without BOM,
// Windows-1258 with its decomposed tones, ";" and "," separators), plus a
// spreadsheet with a merged title row, a blank row, an empty cell, a cell with
// a line break, and dates, times and numbers stored as Excel stores them.
// Needs `soffice` with Calc (Debian: libreoffice-calc-nogui). Run:
//   node scripts/make-list-fixtures.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'lists');

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Quốc'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hường',
  'Khoa',
  'Lan',
  'Mạnh',
  'Nga',
  'Phúc',
  'Quyên',
  'Sơn',
  'Tâm',
  'Uyên',
  'Việt',
  'Xuân',
  'Yến',
  'Đức',
  'Hạnh',
  'Thắng',
  'Ngọc',
  'Tuấn',
  'Thảo',
  'Hiếu',
  'Trâm',
  'Lộc',
  'Nhung',
  'Quang',
  'Diệp',
];
const TITLES = [
  'Giám đốc',
  'Phó Giám đốc',
  'Chánh Văn phòng',
  'Trưởng phòng Kế hoạch - Tài chính',
  'Phó Trưởng phòng Tổng hợp',
];
const UNITS = [
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Xây dựng',
  'Sở Nội vụ',
  'UBND huyện Bắc Sơn',
  'UBND huyện Hữu Lũng',
  'Sở Tư pháp',
  'Sở Công Thương',
  'Sở Khoa học và Công nghệ',
];

/** 30 invitees, the same every run: STT, Họ và tên, Chức vụ, Đơn vị, Phiên, Giờ, Điện thoại. */
export function invitees() {
  return GIVEN.map((given, i) => ({
    stt: i + 1,
    name: `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${given}`,
    title: TITLES[i % TITLES.length],
    unit: UNITS[(i * 3) % UNITS.length],
    session: i < 15 ? 'thứ nhất' : 'thứ hai',
    time: i < 15 ? '08:00' : '14:00',
    phone: `0205 3${String(812000 + i * 37).padStart(6, '0')}`,
  }));
}

const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Phiên', 'Giờ', 'Điện thoại'];
const quote = (cell) => (/[",;\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const csvOf = (rows, sep) => rows.map((row) => row.map((c) => quote(String(c))).join(sep)).join('\r\n') + '\r\n';
const rowOf = (p) => [p.stt, p.name, p.title, p.unit, p.session, p.time, p.phone];

function soffice(args, workDir) {
  const profile = pathToFileURL(join(workDir, 'profile')).href;
  const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0) throw new Error(`soffice ${args.join(' ')}: ${result.stderr}`);
}

/** LibreOffice's CSV filter options: separator, quote, character set (76 UTF-8, 40 Windows-1258), first line 1, column 6 (Giờ) as text. */
const CSV_IN = 'CSV:44,34,76,1,6/2';
const csvOut = (sep, charset) => `csv:Text - txt - csv (StarCalc):${sep.charCodeAt(0)},34,${charset}`;

function convert(input, target, outDir, workDir, infilter) {
  soffice(
    [...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', target, '--outdir', outDir, input],
    workDir,
  );
}

const work = mkdtempSync(join(tmpdir(), 'giaymoi-lists-'));
try {
  const people = invitees();
  const master = join(work, 'khach-moi.csv');
  writeFileSync(master, csvOf([HEADER, ...people.map(rowOf)], ','));
  convert(master, 'xlsx', work, work, CSV_IN);
  copyFileSync(join(work, 'khach-moi.xlsx'), join(EXAMPLES, 'khach-moi.xlsx'));
  copyFileSync(join(work, 'khach-moi.xlsx'), join(FIXTURES, 'khach-moi.xlsx'));
  for (const [name, sep, charset] of [
    ['utf8-comma', ',', 76],
    ['utf8-semicolon', ';', 76],
    ['cp1258-semicolon', ';', 40],
    ['cp1258-comma', ',', 40],
  ]) {
    const dir = join(work, name);
    convert(join(work, 'khach-moi.xlsx'), csvOut(sep, charset), dir, work);
    copyFileSync(join(dir, 'khach-moi.csv'), join(FIXTURES, `khach-moi-${name}.csv`));
  }
  // Excel's "CSV UTF-8" starts with a byte-order mark; LibreOffice writes none, so it is added here.
  const utf8 = readFileSync(join(FIXTURES, 'khach-moi-utf8-comma.csv'));
  writeFileSync(join(EXAMPLES, 'khach-moi.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
  writeFileSync(join(FIXTURES, 'khach-moi-utf8-bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
  writeFileSync(join(work, 'danh-sach-tieu-de.fods'), titledSheet(people.slice(0, 6)));
  convert(join(work, 'danh-sach-tieu-de.fods'), 'xlsx', work, work);
  copyFileSync(join(work, 'danh-sach-tieu-de.xlsx'), join(FIXTURES, 'danh-sach-tieu-de.xlsx'));
  const titled = join(work, 'titled');
  convert(join(work, 'danh-sach-tieu-de.xlsx'), csvOut(';', 40), titled, work);
  copyFileSync(join(titled, 'danh-sach-tieu-de.csv'), join(FIXTURES, 'danh-sach-tieu-de-cp1258.csv'));
  console.log(`lists written to ${EXAMPLES} and ${FIXTURES}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** A sheet as offices make it: a merged title row, a blank row, typed dates, times and numbers, an empty cell, a line break in a cell. */
function titledSheet(people) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const text = (s) => `<table:table-cell office:value-type="string"><text:p>${esc(s)}</text:p></table:table-cell>`;
  const lines = (s) =>
    `<table:table-cell office:value-type="string">${s
      .split('\n')
      .map((l) => `<text:p>${esc(l)}</text:p>`)
      .join('')}</table:table-cell>`;
  const number = (n) =>
    `<table:table-cell office:value-type="float" office:value="${n}"><text:p>${n}</text:p></table:table-cell>`;
  const date = (d) =>
    `<table:table-cell table:style-name="date" office:value-type="date" office:date-value="${d}"><text:p>${d}</text:p></table:table-cell>`;
  const time = (t) =>
    `<table:table-cell table:style-name="time" office:value-type="time" office:time-value="PT${t.slice(0, 2)}H${t.slice(3)}M00S"><text:p>${t}</text:p></table:table-cell>`;
  const empty = '<table:table-cell/>';
  const header = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ngày', 'Giờ'].map(text).join('');
  const rows = people.map((p, i) => {
    const unit = i === 1 ? lines(`${p.unit}\ntỉnh Lạng Sơn`) : text(p.unit);
    const title = i === 2 ? empty : text(p.title);
    return `<table:table-row>${number(p.stt)}${text(p.name)}${title}${unit}${date(i < 3 ? '2025-03-20' : '2025-03-21')}${time(p.time)}</table:table-row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:time-style style:name="N2"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="N1"/>
 <style:style style:name="time" style:family="table-cell" style:data-style-name="N2"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Khách mời">
<table:table-row><table:table-cell table:number-columns-spanned="6" office:value-type="string"><text:p>DANH SÁCH KHÁCH MỜI HỘI NGHỊ</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="5"/></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="6"/></table:table-row>
<table:table-row>${header}</table:table-row>
${rows.join('\n')}
</table:table></office:spreadsheet></office:body></office:document>
`;
}
