/**
 * Thông báo (Mẫu 1.4) and Công điện (Mẫu 1.6) beside Giấy mời (Mẫu 1.7), as
 * LibreOffice prints the exported DOCX: the type word above the trích yếu, the
 * ký hiệu with the type's abbreviation ("TB-", "CĐ-"), the Công điện's
 * "<agency> điện:" with its addressees as dash lines before the body, a free
 * type word printed as written; and the standalone preview paginates into as
 * many sheets as LibreOffice prints.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFile } from '../../support/list-beside';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { renderPage } from '../../../src/render/html';
import { convertToPdf, normalize, requireTools, run } from './tools';

const ROOT = join(__dirname, '../../..');
const EXAMPLES = join(ROOT, 'examples');
const THONG_BAO = join(EXAMPLES, 'thong-bao-hop-phu-huynh-2025.giaymoi.yaml');
const CONG_DIEN = join(EXAMPLES, 'cong-dien-hop-khan-phong-chong-lu-2025.giaymoi.yaml');

/** A Hội's Thư mời: a free type word, not one of the decree's. */
const THU_MOI = `co_quan:
  ten: HỘI NÔNG DÂN XÃ AN BÌNH
  viet_tat: HND
ten_loai: Thư mời
ky_hieu: TM-HND
so: 05
dia_danh: An Bình
ngay: 2025-03-02
trich_yeu: Dự Đại hội đại biểu Hội Nông dân xã nhiệm kỳ 2025 - 2030
kinh_moi: Ông Trần Văn Nam, hội viên chi hội thôn 3
thoi_gian: { bat_dau: 2025-03-20 07:30 }
dia_diem: Hội trường Ủy ban nhân dân xã An Bình.
nguoi_ky:
  thay_mat: BAN TỔ CHỨC # a collective signing with no person's name
noi_nhan:
  - Như trên;
  - "Lưu: VT."
`;

/** The PDF's text in reading order, one line per line, spaces collapsed. */
const pdfLines = (pdf: string) =>
  run('pdftotext', ['-raw', pdf, '-'])
    .split('\n')
    .map(normalize)
    .filter((l) => l.length > 0);

const pdfPages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);

function estimatedPages(file: string): number {
  const checked = checkFile(file);
  assert.ok(checked.invitation, `${file} is not a valid invitation`);
  return renderPage(layoutInvitation(checked.invitation, checked.source), resolveMeasures()).pages;
}

/** Index of the first line matching `pattern` at or after `from`; fails when there is none. */
function lineAt(lines: readonly string[], pattern: RegExp, from = 0): number {
  const at = lines.findIndex((l, i) => i >= from && pattern.test(l));
  assert.ok(at >= 0, `no line ${pattern} after line ${from} in:\n${lines.join('\n')}`);
  return at;
}

describe('docx artifacts: Thông báo and Công điện printed by their models (LibreOffice)', function () {
  this.timeout(240_000);
  const out = mkdtempSync(join(tmpdir(), 'giaymoi-types-'));
  const thuMoi = join(out, 'thu-moi.giaymoi.yaml');
  const pdf = (name: string) => join(out, `${name}.pdf`);

  before(function () {
    requireTools(this);
    writeFileSync(thuMoi, THU_MOI);
    const cli = join(ROOT, 'bin/giaymoi.js');
    run(process.execPath, [cli, 'export', THONG_BAO, '-o', join(out, 'thong-bao.docx')]);
    run(process.execPath, [cli, 'export', CONG_DIEN, '-o', join(out, 'cong-dien.docx')]);
    run(process.execPath, [cli, 'export', thuMoi, '-o', join(out, 'thu-moi.docx')]);
    convertToPdf(
      ['thong-bao', 'cong-dien', 'thu-moi'].map((n) => join(out, `${n}.docx`)),
      out,
    );
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('Thông báo: "THÔNG BÁO" over the trích yếu, "Số: 112/TB-THPT", no "trân trọng kính mời" of Mẫu 1.7', () => {
    const lines = pdfLines(pdf('thong-bao'));
    assert.ok(
      lines.some((l) => l.includes('Số: 112/TB-THPT')),
      'ký hiệu TB-THPT',
    );
    const word = lineAt(lines, /^THÔNG BÁO$/);
    assert.match(lines[word + 1], /^Họp cha mẹ học sinh đầu năm học 2025 - 2026$/);
    assert.ok(!lines.some((l) => /GIẤY MỜI|trân trọng kính mời/.test(l)), 'no Giấy mời words');
  });

  it('Công điện: "CÔNG ĐIỆN", "Số: 27/CĐ-UBND", then "<agency> điện:" over one dash line per addressee', () => {
    const lines = pdfLines(pdf('cong-dien'));
    assert.ok(
      lines.some((l) => l.includes('Số: 27/CĐ-UBND')),
      'ký hiệu CĐ-UBND',
    );
    const word = lineAt(lines, /^CÔNG ĐIỆN$/);
    assert.match(lines[word + 1], /^Triệu tập họp khẩn/);
    const issuer = lineAt(lines, /^ỦY BAN NHÂN DÂN TỈNH điện:$/, word);
    assert.equal(lines[issuer + 1], '- Giám đốc các sở, thủ trưởng các ban, ngành cấp tỉnh;');
    assert.equal(lines[issuer + 2], '- Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố.');
    assert.match(lines[issuer + 3], /^Trước diễn biến mưa lũ/);
    assert.ok(!lines.some((l) => /GIẤY MỜI|trân trọng kính mời/.test(l)), 'no Giấy mời words');
  });

  it('a free type word prints as written, in capitals, with the ký hiệu the author wrote; its collective signs with no name', () => {
    const lines = pdfLines(pdf('thu-moi'));
    lineAt(lines, /^THƯ MỜI$/);
    assert.ok(
      lines.some((l) => l.includes('Số: 05/TM-HND')),
      'ký hiệu TM-HND',
    );
    const signature = lineAt(lines, /TM\. BAN TỔ CHỨC$/);
    assert.ok(!lines.slice(signature).some((l) => /\(không|KHÔNG/.test(l)), 'no placeholder name');
  });

  it('the standalone preview paginates into as many sheets as LibreOffice prints', () => {
    for (const [name, file] of [
      ['thong-bao', THONG_BAO],
      ['cong-dien', CONG_DIEN],
      ['thu-moi', thuMoi],
    ] as const)
      assert.equal(estimatedPages(file), pdfPages(pdf(name)), `${name}: preview sheets against LibreOffice's`);
  });
});
