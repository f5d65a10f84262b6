import * as assert from 'node:assert/strict';
import { exampleText, layoutOf, paragraphStarting, paragraphsOf, render, textOf } from './docx-xml';

const SIPAS = exampleText('hoi-nghi-sipas-2024');
const STC = exampleText('so-tai-chinh-hop-du-toan-2025');

const tables = (xml: string): string[] => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
/** Empty paragraphs whose top border is a rule, with their indents in twips. */
const rules = (xml: string) =>
  paragraphsOf(xml)
    .filter((p) => !textOf(p) && /<w:pBdr><w:top w:val="single"/.test(p))
    .map((p) => ({ left: Number(/w:left="(\d+)"/.exec(p)?.[1]), right: Number(/w:right="(\d+)"/.exec(p)?.[1]) }));

describe('docx: tables, rules, marks and blanks', () => {
  it('lays the header and the foot out in two borderless two-column tables', async () => {
    const { document } = await render([layoutOf(SIPAS)]);
    const [header, foot] = tables(document);
    assert.equal(tables(document).length, 2);
    for (const table of [header, foot]) {
      assert.equal((table.match(/<w:gridCol /g) ?? []).length, 2);
      const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)?.[1] ?? '';
      assert.equal((borders.match(/w:val="none"/g) ?? []).length, 6);
      assert.doesNotMatch(table, /<w:tcBorders>/);
    }
    const rows = header.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    assert.equal(rows.length, 2, 'Số and the date share the second row');
    assert.match(rows[0], /ỦY BAN NHÂN DÂN[\s\S]*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    assert.match(rows[1], /Số: [\s\S]*Bắc Sơn, ngày/);
    assert.match(foot, /Nơi nhận:[\s\S]*TL\. CHỦ TỊCH/);
    assert.match(foot, /<w:cantSplit\/>/);
  });

  it('draws the three rules as borders sized to their text, never typed underscores', async () => {
    const { document } = await render([layoutOf(SIPAS)]);
    assert.doesNotMatch(document, /__|--{3,}/);
    const found = rules(document);
    assert.equal(found.length, 3, 'agency, Tiêu ngữ, trích yếu');
    for (const rule of found) assert.ok(Math.abs(rule.left - rule.right) <= 1, 'centred');
    const [agency, motto, subject] = found;
    const column = (r: { left: number; right: number }, width: number) => width - r.left - r.right;
    assert.ok(
      column(motto, 5613 - 80) > 3000 && column(motto, 5613 - 80) < 4200,
      'Tiêu ngữ rule ≈ the text (≈ 176 pt)',
    );
    assert.ok(column(agency, 3742 - 80) < 3742 / 2, 'agency rule ≤ half the column');
    assert.ok(
      column(subject, 9355) > 9355 * 0.3 && column(subject, 9355) < 9355 * 0.5,
      'trích yếu rule 1/3–1/2 of its line',
    );
  });

  it('gives each rule 4 pt in all, its border included, as the preview reserves gap + line (2 + 2 pt)', async () => {
    const { document } = await render([layoutOf(SIPAS)]);
    const rulePs = paragraphsOf(document).filter((p) => !textOf(p) && /<w:pBdr><w:top w:val="single"/.test(p));
    assert.equal(rulePs.length, 3);
    for (const p of rulePs) {
      const num = (re: RegExp) => Number(re.exec(p)?.[1]);
      const heightPt =
        num(/w:before="(\d+)"/) / 20 + num(/w:line="(\d+)"/) / 20 + num(/<w:top w:val="single"[^>]*w:sz="(\d+)"/) / 8;
      assert.ok(Math.abs(heightPt - 4) < 0.03, `${heightPt} pt`);
    }
  });

  it('breaks a wrapping agency name into even lines', async () => {
    const { document } = await render([layoutOf(SIPAS)]);
    const agency = paragraphStarting(document, 'ỦY BAN NHÂN DÂN');
    assert.match(agency, /ỦY BAN NHÂN DÂN<\/w:t><\/w:r><w:r>[\s\S]*?<w:br\/><w:t[^>]*>HUYỆN BẮC SƠN/);
  });

  it('frames the marks (single border on four sides) under the agency column', async () => {
    const { document } = await render([
      layoutOf(
        STC.replace('pham_vi_luu_hanh: luu_hanh_noi_bo', 'do_khan: thuong_khan\npham_vi_luu_hanh: luu_hanh_noi_bo'),
      ),
    ]);
    for (const text of ['THƯỢNG KHẨN', 'LƯU HÀNH NỘI BỘ']) {
      const mark = paragraphStarting(document, text);
      for (const side of ['top', 'left', 'bottom', 'right'])
        assert.match(mark, new RegExp(`<w:${side} w:val="single"`));
      assert.ok(Number(/w:right="(\d+)"/.exec(mark)?.[1]) > 9355 / 2, 'the box sits in the left part of the page');
    }
    const urgent = paragraphStarting(document, 'THƯỢNG KHẨN');
    assert.match(urgent, /<w:color w:val="FF0000"\/>/, 'the urgency mark is bright red (PL I-P.I-M.III-k.2-b)');
    assert.match(urgent, /<w:top w:val="single" w:color="FF0000"/);
    assert.doesNotMatch(paragraphStarting(document, 'LƯU HÀNH NỘI BỘ'), /FF0000/);
  });

  it("draws each urgency stamp at the decree's 30×8, 40×8, 20×8 mm, frame line included (PL I-P.I-M.III-k.2-b)", async () => {
    const sizes = { 'HỎA TỐC': [30, 8], 'THƯỢNG KHẨN': [40, 8], KHẨN: [20, 8] } as const;
    const levels = { 'HỎA TỐC': 'hoa_toc', 'THƯỢNG KHẨN': 'thuong_khan', KHẨN: 'khan' } as const;
    for (const [text, [widthMm, heightMm]] of Object.entries(sizes)) {
      const { document } = await render([
        layoutOf(STC.replace('pham_vi_luu_hanh: luu_hanh_noi_bo', `do_khan: ${levels[text as keyof typeof levels]}`)),
      ]);
      const mark = paragraphStarting(document, text);
      const twip = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(mark)?.[1]);
      const space = (side: string) =>
        Number(new RegExp(`<w:${side} w:val="single"[^>]*w:space="(\\d+)"`).exec(mark)?.[1]);
      const line = (side: string) =>
        Number(new RegExp(`<w:${side} w:val="single"[^>]*w:sz="(\\d+)"`).exec(mark)?.[1]) / 8;
      const widthPt =
        (9355 - twip('w:left') - twip('w:right')) / 20 + space('left') + space('right') + line('left') + line('right');
      assert.match(mark, /w:lineRule="exact"/);
      const heightPt = twip('w:line') / 20 + space('top') + space('bottom') + line('top') + line('bottom');
      const mm = (pt: number) => (pt * 25.4) / 72;
      assert.ok(Math.abs(mm(widthPt) - widthMm) < 0.05, `${text}: ${mm(widthPt)} mm wide`);
      assert.ok(Math.abs(mm(heightPt) - heightMm) < 0.05, `${text}: ${mm(heightPt)} mm high`);
    }
  });

  it("leaves the draft's blanks as spaces where the seed has them", async () => {
    const { document } = await render([layoutOf(SIPAS)]);
    assert.equal(textOf(paragraphStarting(document, 'Số:')), 'Số:       /GM-UBND');
    assert.equal(textOf(paragraphStarting(document, 'Bắc Sơn, ngày')), 'Bắc Sơn, ngày        tháng 5 năm 2024');
  });

  it('keeps the last body paragraph with the foot and headings with what follows', async () => {
    const { document } = await render([layoutOf(SIPAS)]);
    assert.match(paragraphStarting(document, 'Ủy ban nhân dân huyện trân trọng'), /<w:keepNext\/>/);
    assert.match(paragraphStarting(document, '4. Nội dung Hội nghị'), /<w:keepNext\/>/);
    assert.match(paragraphStarting(document, 'GIẤY MỜI'), /<w:keepNext\/>/);
  });

  it('prints a mail merge as one section per invitee, each numbered from 1 with an unnumbered first page', async () => {
    const layouts = [0, 1, 2].map((i) => layoutOf(STC, i));
    const { document } = await render(layouts);
    const sections = document.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
    assert.equal(sections.length, 3);
    for (const s of sections) {
      assert.match(s, /<w:pgNumType w:start="1"\/>/);
      assert.match(s, /<w:titlePg\/>/);
    }
    assert.match(
      document,
      /trân trọng kính mời: <\/w:t>[\s\S]*?Giám đốc Sở Giáo dục và Đào tạo[\s\S]*?kính mời: <\/w:t>[\s\S]*?Giám đốc Sở Y tế/,
    );
  });
});
