import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { importDocx, ImportError } from '../../../src/import';
import { paragraphText } from '../../../src/import/docx-model';
import { readWordml } from '../../../src/import/wordml';
import { invitation, makeDocx, p } from './make-docx';

const W = 'xmlns:w="w" xmlns:mc="mc"';
const textOf = (xml: string) =>
  readWordml(`<w:document ${W}><w:body>${xml}</w:body></w:document>`).map((b) =>
    b.kind === 'paragraph' ? paragraphText(b) : '[table]',
  );

describe('import: reading WordprocessingML as Word and LibreOffice write it', () => {
  it('joins runs split in the middle of a word and keeps their emphasis', () => {
    const [paragraph] = readWordml(
      `<w:document ${W}><w:body><w:p><w:r><w:t>Gi</w:t></w:r><w:r><w:t xml:space="preserve">ấy m</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ời</w:t></w:r></w:p></w:body></w:document>`,
    );
    assert.equal(paragraph.kind, 'paragraph');
    if (paragraph.kind !== 'paragraph') return;
    assert.deepEqual(paragraph.runs, [
      { text: 'Giấy m', bold: false, italic: false },
      { text: 'ời', bold: true, italic: false },
    ]);
  });

  it('takes the accepted text of tracked changes: deletions dropped, insertions kept', () => {
    assert.deepEqual(
      textOf(
        '<w:p><w:r><w:t>Họp </w:t></w:r><w:del><w:r><w:delText>giao ban </w:delText></w:r></w:del><w:ins><w:r><w:t>sơ kết </w:t></w:r></w:ins><w:r><w:t>quý III</w:t></w:r></w:p>',
      ),
      ['Họp sơ kết quý III'],
    );
  });

  it("keeps a field's result and drops its instruction", () => {
    assert.deepEqual(
      textOf(
        '<w:p><w:r><w:t xml:space="preserve">Ngày </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>18/11/2024</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      ),
      ['Ngày 18/11/2024'],
    );
  });

  it('reads tabs and manual line breaks, and a page break as nothing', () => {
    assert.deepEqual(
      textOf(
        '<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type="page"/><w:t>D</w:t></w:r></w:p>',
      ),
      ['A\tB\nCD'],
    );
  });

  it('reads a text box once, though Word writes it twice for older readers', () => {
    const box = (t: string) => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent>`;
    const xml = `<w:p><w:r><w:t>Trước</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('HỎA TỐC')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('HỎA TỐC')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    assert.deepEqual(textOf(xml), ['Trước', 'HỎA TỐC']);
  });

  it('turns w:b w:val="0" off', () => {
    const [paragraph] = readWordml(
      `<w:document ${W}><w:body><w:p><w:r><w:rPr><w:b w:val="0"/><w:i/></w:rPr><w:t>x</w:t></w:r></w:p></w:body></w:document>`,
    );
    assert.deepEqual(paragraph.kind === 'paragraph' && paragraph.runs[0], { text: 'x', bold: false, italic: true });
  });
});

describe('import: bad input gets one plain reason, never a crash', () => {
  const reasonOf = (bytes: Uint8Array): string => {
    try {
      importDocx(bytes);
    } catch (error) {
      assert.ok(error instanceof ImportError, String(error));
      return error.reason.en;
    }
    assert.fail('imported');
  };

  it('refuses what is not a zip', () => assert.match(reasonOf(strToU8('hello, not a zip')), /not a DOCX/));
  it('refuses a zip without word/document.xml', () =>
    assert.match(reasonOf(zipSync({ 'a.txt': strToU8('x') })), /no word\/document\.xml/));
  it('refuses a file over 20 MB before unpacking it', () =>
    assert.match(reasonOf(new Uint8Array(21 * 1024 * 1024)), /too large/));
  it('refuses a zip bomb: a small package that inflates to gigabytes', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(10 * 1024 * 1024) }, { level: 1 });
    assert.ok(bomb.length < 200_000, `the bomb is ${bomb.length} bytes`);
    assert.match(reasonOf(bomb), /zip bomb/);
  });
  it('refuses malformed XML in the document part', () =>
    assert.match(
      reasonOf(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') })),
      /malformed XML/,
    ));
  it('refuses a document with no "GIẤY MỜI" title', () =>
    assert.match(reasonOf(makeDocx(p('Báo cáo tháng'))), /not a Decree 30 invitation/));
  it('reads an invitation whose document is well formed', () =>
    assert.match(
      importDocx(makeDocx(invitation([p('Sở Tài chính tỉnh Ninh Bình trân trọng kính mời: Giám đốc Sở Y tế')]))).yaml,
      /kinh_moi: Giám đốc Sở Y tế/,
    ));
});
