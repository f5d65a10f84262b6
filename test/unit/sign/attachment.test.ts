/**
 * The agency's signature on an attachment sent as its own file (NĐ 30/2020,
 * PL I, Phần I, Mục II, k.8-b): no image, the document's number and ký hiệu
 * and the signing time (the one written in the signature, /M), Times New Roman
 * 10 pt, black, at the top right of page 1 — checked by coordinates.
 */
import * as assert from 'node:assert/strict';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, type PDFRawStream, PDFString } from 'pdf-lib';
import { attachmentLines } from '../../../src/sign/attachment-stamp';
import { findSignatureFields } from '../../../src/sign/find-field';
import { signPdf } from '../../../src/sign/node-sign-pdf';
import { openP12 } from '../../../src/sign/p12-signer';
import { preparePdf } from '../../../src/sign/prepare-pdf';
import { SignError } from '../../../src/sign/sign-error';
import { makeP12, makePdf, makePng, testFont } from './fixtures';

const MM = 72 / 25.4;
const font = testFont;

/** A two-page PDF whose last page holds the renderer's empty field (an attachment need not have one). */
async function twoPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await makePdf());
  doc.insertPage(0, [595.28, 841.89]);
  return doc.save();
}

describe('sign: the attachment signature (k.8-b)', function () {
  this.timeout(30_000);
  const agency = openP12(makeP12({ password: 'a', commonName: 'UBND Tỉnh Thử' }), 'a');

  it('is a new field at the top right of page 1, in the top margin, right edge on the 15 mm margin', async () => {
    const signed = await signPdf(await twoPages(), agency, { signingTime: new Date(), font, attachment: '12/GM-UBND' });
    assert.equal(signed.field.page, 1);
    const { x, y, width, height } = signed.field.rect;
    assert.ok(Math.abs(x + width - (595.28 - 15 * MM)) < 0.01, `right edge ${x + width}`);
    assert.ok(y >= 841.89 - 20 * MM && y + height <= 841.89, `from ${y} to ${y + height}`);
    const fields = findSignatureFields(await PDFDocument.load(signed.bytes));
    assert.deepEqual(
      fields.map((f) => [f.name, f.pageIndex, f.signed]),
      [
        ['ChuKySo', 1, false],
        ['ChuKySo2', 0, true],
      ],
    );
  });

  it('draws the number and ký hiệu and the time in /M, 10 pt, black, no image', async () => {
    const time = new Date('2026-12-08T02:30:15Z');
    // a certificate in force since 2020, so the fixed time stays inside it whatever day the test runs
    const since2020 = openP12(makeP12({ password: 'a', notBefore: new Date('2020-01-01') }), 'a');
    const signed = await signPdf(await makePdf(), since2020, { signingTime: time, font, attachment: '12/GM-UBND' });
    const doc = await PDFDocument.load(signed.bytes);
    const field = findSignatureFields(doc).find((f) => f.signed)!;
    const written = field.field.lookup(PDFName.of('V'), PDFDict).lookup(PDFName.of('M'), PDFString).decodeDate();
    assert.deepEqual(attachmentLines('12/GM-UBND', written), [
      'Số: 12/GM-UBND',
      'Thời gian ký: 08/12/2026 09:30:15 +07:00',
    ]);
    const normal = field.widget.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N')) as PDFRawStream;
    const content = new TextDecoder().decode(decodePDFRawStream(normal).decode());
    assert.equal(content.match(/\/F1 10 Tf/g)?.length, 2, content);
    assert.match(content, /\b0 0 0 rg\b/);
    assert.doesNotMatch(content, /\bDo\b/);
  });

  it('refuses images or --rect beside it, and a number without its ký hiệu, in one line', async () => {
    const base = { identity: agency.identity, signingTime: new Date(), font, attachment: '12/GM-UBND' };
    const cases = [
      { ...base, sealImage: makePng(20, 20) },
      { ...base, rect: { x: 10, y: 10, width: 100, height: 40 } },
      { ...base, attachment: '12' },
    ];
    for (const options of cases) {
      const error = await preparePdf(await makePdf(), options).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(error instanceof SignError, String(error));
      assert.doesNotMatch(error.reason.vi, /\n/);
    }
  });
});
