/**
 * The empty signature field the signer fills (issue 33, Build 3): one AcroForm
 * field, /FT /Sig, /T ChuKySo, unsigned, its widget on the page of the
 * signature with the /Rect that signatureFieldOf gives, placed between the
 * signer's title and the name (NĐ 30/2020, PL I-P.I-M.II-k.7-d), centred on
 * the signature column, leaving the seal's third room on its left (k.8-a).
 */
import * as assert from 'node:assert/strict';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, type PDFRef } from 'pdf-lib';
import { mmToPt, resolveMeasures } from '../../../../src/core/layout';
import {
  SIGNATURE_FIELD_NAME,
  pdfRect,
  renderPdf,
  signatureFieldOf,
  signatureRectIn,
} from '../../../../src/render/pdf';
import { example } from './render-examples';

/** The AcroForm's fields of a PDF, each with its dictionary. */
async function fieldsOf(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes);
  const form = pdf.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = form?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  const dicts = (fields?.asArray() ?? []).map((ref) => pdf.context.lookup(ref as PDFRef, PDFDict));
  return { pdf, dicts };
}

describe('PDF signature field', function () {
  this.timeout(30_000);

  for (const name of ['hoi-nghi-sipas-2024', 'hoa-toc-phong-chong-bao-2025']) {
    it(`${name}: one unsigned /Sig field named ChuKySo, on the signature's page, at signatureFieldOf's /Rect`, async () => {
      const { layout, options } = example(name);
      const { pdf, dicts } = await fieldsOf(await renderPdf([layout], options));
      assert.equal(dicts.length, 1);
      const field = dicts[0];
      assert.equal(field.get(PDFName.of('FT'))?.toString(), '/Sig');
      assert.equal(field.lookupMaybe(PDFName.of('T'), PDFString)?.decodeText(), SIGNATURE_FIELD_NAME);
      assert.equal(field.get(PDFName.of('V')), undefined, 'not signed yet');
      const rect = field.lookupMaybe(PDFName.of('Rect'), PDFArray)!.asArray().map(Number);
      const expected = signatureFieldOf(layout, options)!;
      rect.forEach((v, i) => assert.ok(Math.abs(v - expected.rect[i]) < 0.01, `${rect} vs ${expected.rect}`));
      const page = pdf.getPages()[expected.page];
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [];
      assert.ok(
        annots.some((ref) => pdf.context.lookup(ref) === field),
        'the widget is on the signature page',
      );
    });
  }

  it('leaves the field out when asked', async () => {
    const { layout, options } = example('hoi-nghi-sipas-2024');
    const { dicts } = await fieldsOf(await renderPdf([layout], { ...options, signatureField: false }));
    assert.equal(dicts.length, 0);
  });

  it('sits in the room above the name, centred on the signature column, with room for the seal at its left', () => {
    const m = resolveMeasures();
    const column = { xPt: 300, widthPt: 230 };
    const rect = signatureRectIn(column, 500, 500 + m.styles.ho_ten.spaceBeforePt);
    assert.equal(rect.height, m.styles.ho_ten.spaceBeforePt);
    assert.ok(Math.abs(rect.x + rect.width / 2 - (column.xPt + column.widthPt / 2)) < 1e-9);
    // A seal of 35 mm or more covers a third of the image from its left: that third of the seal lies on the image, the rest beside it.
    assert.ok(rect.x - column.xPt >= mmToPt(35) / 3, 'room for the seal at the left');
    assert.deepEqual(pdfRect({ x: 10, y: 20, width: 30, height: 40 }, 800), [10, 740, 40, 780]);
  });
});
