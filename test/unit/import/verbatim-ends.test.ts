/**
 * Text printed above the header and after the foot (issue 28, "nothing lost"):
 * the import keeps it in `nguyen_van_dau` / `nguyen_van_cuoi`, which print it in
 * the same place again, so the export keeps every word in order.
 */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { importDocx, measureFidelity } from '../../../src/import';
import { loadDocxRenderer } from '../../../src/export/load-renderer';
import { invitation, makeDocx, p, twoColumns } from './make-docx';

const BODY = [
  p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế'),
  p('Tới dự cuộc họp thảo luận dự toán năm 2025.'),
  p('Địa điểm: Phòng họp số 2, Sở Tài chính.'),
];

async function imported(xml: string) {
  const result = importDocx(makeDocx(xml));
  const fidelity = await measureFidelity(makeDocx(xml), result.yaml, loadDocxRenderer());
  return { ...result, fidelity, fields: parse(result.yaml) as Record<string, unknown> };
}

describe('import: text above the header and after the foot keeps its place', function () {
  this.timeout(30_000);

  it('keeps the decree\'s "Mẫu 1.7 – Giấy mời" above the header table in nguyen_van_dau, printed there again', async () => {
    const { fields, notes, fidelity, yaml } = await imported(p('Mẫu 1.7 – Giấy mời') + invitation(BODY));
    assert.deepEqual(fields.nguyen_van_dau, ['Mẫu 1.7 – Giấy mời']);
    assert.equal(fields.nguyen_van, undefined);
    assert.ok(notes.some((n) => n.path[0] === 'nguyen_van_dau' && /phía trên phần đầu/.test(n.message.vi)));
    assert.ok(yaml.indexOf('nguyen_van_dau:') < yaml.indexOf('co_quan:'), 'written first, as it prints');
    assert.equal(fidelity.errors, 0);
    assert.equal(fidelity.kept, fidelity.total, `first lost: ${fidelity.firstLost}`);
  });

  it("takes only what stands before the header's first element: a stray line inside the header stays nguyen_van", async () => {
    const header = twoColumns(
      [p('UBND TỈNH NINH BÌNH'), p('**SỞ TÀI CHÍNH**'), p('Số: 125/GM-STC'), p('V/v họp dự toán')],
      [
        p('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**'),
        p('**Độc lập - Tự do - Hạnh phúc**'),
        p('Ninh Bình, ngày 18 tháng 11 năm 2024'),
      ],
    );
    const typed = [p('Dự thảo'), p('Mẫu số 2'), header].join('');
    const xml = invitation(BODY).replace(/^<w:tbl>.*?<\/w:tbl>/, typed);
    const { fields } = await imported(xml);
    assert.deepEqual(fields.nguyen_van_dau, ['Dự thảo', 'Mẫu số 2']);
    assert.deepEqual(fields.nguyen_van, ['V/v họp dự toán']);
  });

  it('keeps a guest list after the foot table in nguyen_van_cuoi, in order, after the foot', async () => {
    const after = ['Ghi chú: Đề nghị các đại biểu mang theo báo cáo.', 'Danh sách đại biểu:', '1. Ông Trần Văn Bình.'];
    const { fields, fidelity, yaml } = await imported(invitation(BODY) + after.map((t) => p(t)).join(''));
    assert.deepEqual(fields.nguyen_van_cuoi, after);
    assert.equal(fields.nguyen_van, undefined);
    assert.equal((fields.nguoi_ky as Record<string, string>).ho_ten, 'Nguyễn Thị Minh Hằng');
    assert.ok(yaml.indexOf('noi_nhan:') < yaml.indexOf('nguyen_van_cuoi:'), 'written after the foot, as it prints');
    assert.equal(fidelity.kept, fidelity.total, `first lost: ${fidelity.firstLost}`);
    assert.equal(fidelity.moved, 0);
  });
});
