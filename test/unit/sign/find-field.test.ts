/**
 * The field signed into: the renderer's empty ChuKySo (the contract with
 * `giaymoi export --pdf`), another empty one, one added at --rect, and the
 * refusals (no field without --rect, a signature already there).
 */
import * as assert from 'node:assert/strict';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { addSignatureField, parseRect } from '../../../src/sign/add-field';
import { chooseEmptyField, findSignatureFields } from '../../../src/sign/find-field';
import { SignError } from '../../../src/sign/sign-error';
import { CONTRACT_RECT, makePdf } from './fixtures';

/** A PDF with two empty signature fields: `Other` first, then ChuKySo nested under a parent field `Ky`. */
async function twoFields(): Promise<PDFDocument> {
  const doc = await PDFDocument.load(await makePdf({ field: false }));
  const page = doc.getPage(0);
  const other = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFString.of('Other'),
    Rect: [0, 0, 50, 20],
    P: page.ref,
  });
  const kid = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    T: PDFString.of('ChuKySo'),
    Rect: [300, 300, 500, 380],
    P: page.ref,
  });
  const kidRef = doc.context.register(kid);
  const parent = doc.context.obj({ FT: 'Sig', T: PDFString.of('Ky'), Kids: [kidRef] });
  const parentRef = doc.context.register(parent);
  kid.set(PDFName.of('Parent'), parentRef);
  const otherRef = doc.context.register(other);
  page.node.set(PDFName.of('Annots'), doc.context.obj([otherRef, kidRef]));
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: [otherRef, parentRef] }));
  return doc;
}

describe('sign: finding the signature field', () => {
  it("finds the renderer's empty ChuKySo field with its page and rectangle", async () => {
    const doc = await PDFDocument.load(await makePdf());
    const fields = findSignatureFields(doc);
    assert.equal(fields.length, 1);
    const [field] = fields;
    assert.equal(field.name, 'ChuKySo');
    assert.equal(field.pageIndex, 0);
    assert.equal(field.signed, false);
    assert.deepEqual(field.rect, CONTRACT_RECT);
  });

  it('prefers ChuKySo (also nested, inheriting /FT) over an earlier empty field', async () => {
    const fields = findSignatureFields(await twoFields());
    assert.deepEqual(
      fields.map((f) => f.name),
      ['Other', 'Ky.ChuKySo'],
    );
    assert.equal(chooseEmptyField(fields)?.name, 'Ky.ChuKySo');
    assert.deepEqual(chooseEmptyField(fields)?.rect, { x: 300, y: 300, width: 200, height: 80 });
  });

  it('knows a signed field (one with /V) and never chooses it', async () => {
    const doc = await PDFDocument.load(await makePdf());
    const [field] = findSignatureFields(doc);
    field.field.set(PDFName.of('V'), doc.context.obj({ Type: 'Sig' }));
    const again = findSignatureFields(doc);
    assert.equal(again[0].signed, true);
    assert.equal(chooseEmptyField(again), undefined);
  });

  it('finds nothing in a PDF without a form (as Word saves one), and adds a field at --rect on the last page', async () => {
    const doc = await PDFDocument.load(await makePdf({ field: false }));
    doc.addPage();
    assert.deepEqual(findSignatureFields(doc), []);
    addSignatureField(doc, parseRect('100, 200, 150,60'), []);
    const [added] = findSignatureFields(await PDFDocument.load(await doc.save()));
    assert.equal(added.name, 'ChuKySo');
    assert.equal(added.pageIndex, 1);
    assert.deepEqual(added.rect, { x: 100, y: 200, width: 150, height: 60 });
  });

  for (const bad of ['1,2,3', 'a,b,c,d', '10,10,0,50', '10,10,-5,50'])
    it(`refuses --rect ${bad} with one line`, () => {
      assert.throws(
        () => parseRect(bad),
        (e: unknown) => e instanceof SignError && /--rect/.test(e.reason.vi) && !e.reason.en.includes('\n'),
      );
    });
});
