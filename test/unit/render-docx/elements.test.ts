import * as assert from 'node:assert/strict';
import { allRuns, exampleText, layoutOf, paragraphStarting, render, runSizes } from './docx-xml';

const SIPAS = exampleText('hoi-nghi-sipas-2024');
const STC = exampleText('so-tai-chinh-hop-du-toan-2025');

const sizes = (xml: string, start: string) => [...new Set(runSizes(paragraphStarting(xml, start)))];

describe("docx: elements in the decree's sizes and styles", () => {
  it('sets the header: agency bold 13, Quốc hiệu bold 12, Tiêu ngữ bold 13, Số 13, date italic at the body size', async () => {
    const { document } = await render([layoutOf(STC)]);
    assert.deepEqual(sizes(document, 'UBND TỈNH NINH BÌNH'), [26]);
    assert.equal(allRuns(paragraphStarting(document, 'UBND TỈNH NINH BÌNH'), 'b'), false);
    assert.deepEqual(sizes(document, 'SỞ TÀI CHÍNH'), [26]);
    assert.ok(allRuns(paragraphStarting(document, 'SỞ TÀI CHÍNH'), 'b'));
    assert.deepEqual(sizes(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), [24]);
    assert.ok(allRuns(paragraphStarting(document, 'CỘNG HÒA'), 'b'));
    assert.deepEqual(sizes(document, 'Độc lập - Tự do - Hạnh phúc'), [26]);
    assert.ok(allRuns(paragraphStarting(document, 'Độc lập'), 'b'));
    assert.deepEqual(sizes(document, 'Số: 125/GM-STC'), [26]);
    assert.deepEqual(sizes(document, 'Ninh Bình, ngày 18 tháng 11 năm 2024'), [28]);
    assert.ok(allRuns(paragraphStarting(document, 'Ninh Bình, ngày'), 'i'));
  });

  it('sets the title bold 14 and the body justified with a 1 cm first-line indent and 6 pt after', async () => {
    const { document } = await render([layoutOf(SIPAS)]);
    assert.deepEqual(sizes(document, 'GIẤY MỜI'), [28]);
    assert.ok(allRuns(paragraphStarting(document, 'GIẤY MỜI'), 'b'));
    assert.ok(allRuns(paragraphStarting(document, 'Dự Hội nghị phân tích'), 'b'));
    const body = paragraphStarting(document, 'Thực hiện Giấy mời số 188');
    assert.deepEqual([...new Set(runSizes(body))], [28]);
    assert.match(body, /<w:jc w:val="both"\/>/);
    assert.match(body, /<w:ind w:firstLine="567"\/>/);
    assert.match(body, /w:after="120"/);
    assert.equal(allRuns(body, 'b'), false);
  });

  it('follows the body size setting (13 pt)', async () => {
    const { document } = await render([layoutOf(SIPAS)], { bodySize: 13 });
    assert.deepEqual(sizes(document, 'Thực hiện Giấy mời số 188'), [26]);
    assert.deepEqual(sizes(document, 'Dương Thị Thanh Thịnh'), [26]);
  });

  it('keeps inline bold and italic', async () => {
    const { document } = await render([layoutOf(exampleText('hoi-thao-chuyen-doi-so-2025'))]);
    const p = paragraphStarting(document, 'Đề nghị các cơ quan, đơn vị cử đại biểu');
    const bold = [...p.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].find((r) => r[0].includes('đăng ký danh sách'))?.[0] ?? '';
    assert.match(bold, /<w:b\/>/);
    assert.ok(allRuns(paragraphStarting(document, 'Tài liệu Hội thảo'), 'i'));
  });

  it('sets the foot: "Nơi nhận:" bold italic 12, items 11, signer bold, name after room for the signature', async () => {
    const { document } = await render([layoutOf(SIPAS)]);
    const title = paragraphStarting(document, 'Nơi nhận:');
    assert.deepEqual([...new Set(runSizes(title))], [24]);
    assert.ok(allRuns(title, 'b') && allRuns(title, 'i'));
    assert.deepEqual(sizes(document, '- Như thành phần mời;'), [22]);
    assert.ok(allRuns(paragraphStarting(document, 'TL. CHỦ TỊCH'), 'b'));
    assert.ok(allRuns(paragraphStarting(document, 'CHÁNH VĂN PHÒNG'), 'b'));
    const name = paragraphStarting(document, 'Dương Thị Thanh Thịnh');
    assert.ok(allRuns(name, 'b'));
    assert.match(name, /w:before="1200"/);
  });

  it("puts the drafter line (11 pt) under nơi nhận and the contact block in page 1's footer", async () => {
    const text = STC.replace('noi_nhan:', 'nguoi_soan_thao: QLNS\nso_ban: 12\nnoi_nhan:');
    const { document, parts } = await render([layoutOf(text)]);
    assert.deepEqual(sizes(document, 'QLNS.(12)'), [22]);
    const footer =
      Object.entries(parts).find(([path, xml]) => path.startsWith('word/footer') && xml.includes('Địa chỉ:'))?.[1] ??
      '';
    assert.match(footer, /<w:pBdr><w:top w:val="single"/);
    assert.deepEqual([...new Set(runSizes(footer))], [22]);
  });
});
