/**
 * The DOCX prints nguyen_van_dau as paragraphs before the header table and
 * nguyen_van_cuoi as paragraphs after the foot table (issue 28).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutOf, render } from './docx-xml';

const FIXTURE = readFileSync(join(__dirname, '../../fixtures/verbatim-ends/du-thao-ghi-chu.giaymoi.yaml'), 'utf8');

/** The body's top-level children: each paragraph or table with its text. */
function children(document: string): { kind: 'p' | 'tbl'; xml: string; text: string }[] {
  const body = /<w:body>([\s\S]*)<w:sectPr/.exec(document)![1];
  return [...body.matchAll(/<w:(p|tbl)\b[\s\S]*?<\/w:\1>/g)].map((m) => ({
    kind: m[1] as 'p' | 'tbl',
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

describe('DOCX renderer: text above the header and after the foot', () => {
  it('puts the line above the header before the header table and the paragraphs after the foot table', async () => {
    const parts = children((await render([layoutOf(FIXTURE)])).document);
    const tables = parts.flatMap((c, i) => (c.kind === 'tbl' ? [i] : []));
    assert.equal(tables.length, 2, 'the header and the foot tables');
    assert.deepEqual(
      parts.slice(0, tables[0]).map((c) => c.text),
      ['Dự thảo lần 2 (trình Giám đốc ngày 15/11/2024)'],
    );
    assert.match(parts[tables[1]].text, /Nơi nhận.*Nguyễn Thị Minh Hằng/);
    assert.deepEqual(
      parts.slice(tables[1] + 1).map((c) => c.text),
      [
        'Ghi chú: Đề nghị các đại biểu mang theo báo cáo tình hình thực hiện dự toán năm 2024 và hồ sơ dự toán năm 2025 của đơn vị.',
        'Danh sách đại biểu kèm theo:',
        '1. Giám đốc Sở Giáo dục và Đào tạo.',
        '2. Giám đốc Sở Y tế.',
        '3. Giám đốc Sở Văn hóa và Thể thao.',
      ],
    );
  });

  it('keeps the line above with the header and sets the text after as the body: size, justified, indent', async () => {
    const parts = children((await render([layoutOf(FIXTURE)], { bodySize: 13 })).document);
    const above = parts[0].xml;
    assert.match(above, /<w:keepNext\/>/);
    assert.match(above, /<w:sz w:val="26"\/>/);
    assert.doesNotMatch(above, /<w:b\/>|<w:i\/>/);
    const after = parts.slice(-5);
    for (const p of after) {
      assert.match(p.xml, /<w:jc w:val="both"\/>/);
      assert.match(p.xml, /<w:ind w:firstLine="567"\/>/);
      assert.match(p.xml, /<w:sz w:val="26"\/>/);
    }
    assert.match(after[1].xml, /<w:keepNext\/>/, '"Danh sách đại biểu kèm theo:" stays with its first line');
    assert.doesNotMatch(after[4].xml, /<w:keepNext\/>/);
  });
});
