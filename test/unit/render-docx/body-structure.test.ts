/**
 * Every body level in the DOCX: parts I.–III. in bold, sections restarting at
 * 1. in each part, 1.1. sub-items, a)–đ) points, "- " and "+ " lines and the
 * paragraphs between items, as plain text (never Word numbering), each a
 * justified paragraph with the decree's first-line indent (PL I-P.I-M.II-k.6).
 */
import * as assert from 'node:assert/strict';
import { exampleText, layoutOf, paragraphsOf, render, textOf } from './docx-xml';

const EXAMPLE = exampleText('hoi-nghi-tong-ket-nong-thon-moi-2025');

/** The body's paragraph texts, from the first part to the closing line. */
async function bodyParagraphs(): Promise<string[]> {
  const { document } = await render([layoutOf(EXAMPLE)]);
  const all = paragraphsOf(document);
  const first = all.findIndex((p) => textOf(p).startsWith('I. '));
  const last = all.findIndex((p) => textOf(p).endsWith('tham dự Hội nghị./.'));
  return all.slice(first, last + 1);
}

describe('docx: body structure', () => {
  it('prints every level with its derived label, in order', async () => {
    const texts = (await bodyParagraphs()).map(textOf).map((t) => t.slice(0, 24));
    assert.deepEqual(
      texts,
      [
        'I. THÀNH PHẦN, THỜI GIAN',
        '1. Thành phần',
        'a) Đại biểu cấp tỉnh:',
        '- Đồng chí Phó Chủ tịch Ủ',
        '- Đại diện lãnh đạo các s',
        'b) Đại biểu cấp huyện, cấ',
        '- Ủy ban nhân dân các huy',
        '+ 01 đồng chí lãnh đạo Ủy',
        '+ 01 đồng chí lãnh đạo Vă',
        '- Đại diện Ủy ban nhân dâ',
        'c) Đại diện các cơ quan b',
        'Các cơ quan, đơn vị gửi d',
        '2. Thời gian: Từ 8 giờ 00',
        '3. Địa điểm: Hội trường t',
        'II. NỘI DUNG, CHƯƠNG TRÌN',
        '1. Nội dung Hội nghị',
        '1.1. Báo cáo tổng kết Chư',
        '1.2. Tham luận của các đị',
        'a) Huy động nguồn lực xã ',
        'b) Phát triển sản xuất gắ',
        'c) Bảo vệ môi trường nông',
        'd) Chuyển đổi số trong xâ',
        'đ) Nâng cao đời sống văn ',
        'Mỗi tham luận trình bày k',
        '1.3. Khen thưởng các tập ',
        '2. Chương trình',
        '- Từ 7 giờ 30 phút đến 8 ',
        '- Từ 8 giờ 00 phút đến 10',
        '- Từ 10 giờ 30 phút đến 1',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Văn phòng Sở: Chuẩn bị',
        '2. Văn phòng Điều phối nô',
        'Sở Nông nghiệp và Môi trư',
      ].map((t) => t.slice(0, 24)),
    );
  });

  it('sets part headings bold and kept with what follows; other levels upright, regular', async () => {
    const paragraphs = await bodyParagraphs();
    const part = paragraphs.filter((p) => /^[IVX]+\. /.test(textOf(p)));
    assert.equal(part.length, 3);
    for (const p of part) {
      assert.ok((p.match(/<w:r>/g) ?? []).length >= 1);
      assert.equal((p.match(/<w:b\/>/g) ?? []).length, (p.match(/<w:r>/g) ?? []).length, 'every run bold');
      assert.match(p, /<w:keepNext\/>/);
    }
    const others = paragraphs.filter((p) => !part.includes(p));
    for (const p of others) assert.doesNotMatch(p, /<w:b\/>|<w:i\/>/, textOf(p));
  });

  it('gives every level the same justified paragraph with a 1 cm first-line indent and no Word numbering', async () => {
    const paragraphs = await bodyParagraphs();
    for (const p of paragraphs) {
      assert.match(p, /<w:jc w:val="both"\/>/, textOf(p));
      assert.match(p, /<w:ind w:firstLine="567"\/>/, textOf(p)); // 1 cm = 567 twips (k.6: 1 cm or 1.27 cm)
      assert.match(p, /w:after="120"/, textOf(p)); // ≥ 6 pt between paragraphs (k.6)
      assert.doesNotMatch(p, /<w:numPr>/);
    }
  });
});
