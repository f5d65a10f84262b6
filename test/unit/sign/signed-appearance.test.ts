/**
 * The signed file read back: the signature sits in the renderer's ChuKySo
 * field at its rectangle, as ETSI.CAdES.detached, and its appearance draws the
 * signer's image centred and the seal over its left third (NĐ 30/2020, PL I,
 * Phần I, Mục II, k.7-d, k.8-a), measured from the drawing operators.
 */
import * as assert from 'node:assert/strict';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, type PDFRawStream, PDFString } from 'pdf-lib';
import { appearanceLines } from '../../../src/sign/appearance';
import { signPdf } from '../../../src/sign/node-sign-pdf';
import { openP12 } from '../../../src/sign/p12-signer';
import { CONTRACT_RECT, makeP12, makePdf, makePng, testFont } from './fixtures';

interface Drawn {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Each image the appearance stream draws: `q`, a translation, a scale, `/Name Do`, `Q` (pdf-lib's drawImage). */
function drawnImages(content: string): Drawn[] {
  return content.split(/\bQ\b/).flatMap((block) => {
    const name = /\/(\w+) Do/.exec(block)?.[1];
    const cms = [...block.matchAll(/(\S+) (\S+) (\S+) (\S+) (\S+) (\S+) cm/g)].map((m) => m.slice(1).map(Number));
    const translate = cms.find((m) => m[0] === 1 && m[3] === 1 && (m[4] !== 0 || m[5] !== 0));
    const scale = cms.find((m) => m[0] !== 1 || m[3] !== 1);
    if (!name || !scale) return [];
    return [{ name, x: translate?.[4] ?? 0, y: translate?.[5] ?? 0, width: scale[0], height: scale[3] }];
  });
}

async function signedField(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const fields = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray);
  const widget = doc.context.lookup(fields.get(0), PDFDict);
  const ap = widget.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N')) as PDFRawStream;
  const content = new TextDecoder().decode(decodePDFRawStream(ap).decode());
  return { widget, content, value: widget.lookup(PDFName.of('V'), PDFDict) };
}

describe('sign: the signed field and its appearance, read back', function () {
  this.timeout(30_000);
  const signer = openP12(makeP12(), 'matkhau');

  it('signs into ChuKySo at the contract rectangle, ETSI.CAdES.detached, with /M', async () => {
    // whole seconds, as /M keeps them; now, inside the throwaway certificate's validity (a fixed day fell out of it)
    const time = new Date(Math.floor(Date.now() / 1000) * 1000);
    const signed = await signPdf(await makePdf(), signer, { signingTime: time, font: testFont });
    const { widget, value } = await signedField(signed.bytes);
    assert.equal(widget.lookup(PDFName.of('T'), PDFString).decodeText(), 'ChuKySo');
    const [x1, y1, x2, y2] = widget.lookup(PDFName.of('Rect'), PDFArray).asArray().map(Number);
    assert.deepEqual([x1, y1, x2 - x1, y2 - y1], Object.values(CONTRACT_RECT));
    assert.equal(value.lookup(PDFName.of('SubFilter'), PDFName).decodeText(), 'ETSI.CAdES.detached');
    assert.equal(value.lookup(PDFName.of('M'), PDFString).decodeDate().getTime(), time.getTime());
    assert.deepEqual(signed.field, { name: 'ChuKySo', page: 1, rect: CONTRACT_RECT, added: false });
  });

  it('draws the signer image centred in the field and a real-size seal over its left third, the widget grown to hold it', async () => {
    const signed = await signPdf(await makePdf(), signer, {
      signingTime: new Date(),
      font: testFont,
      signatureImage: makePng(300, 100),
      sealImage: makePng(472, 472, 300, [220, 0, 0, 160]),
    });
    const { widget, content } = await signedField(signed.bytes);
    const drawn = drawnImages(content);
    assert.deepEqual(
      drawn.map((d) => d.name),
      ['ChuKy', 'Dau'],
      'the seal drawn last, over the signature',
    );
    // form space: the origin at the field's lower left corner (BBox and /Rect differ by the field's position)
    const [signature, seal] = drawn;
    const near = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 0.05, `${what}: ${a} ≠ ${b}`);
    near(signature.x + signature.width / 2, CONTRACT_RECT.width / 2, 'signature centred across the field');
    near(signature.y + signature.height / 2, CONTRACT_RECT.height / 2, 'signature centred up and down');
    near(seal.x + seal.width, signature.x + signature.width / 3, "the seal's right edge at a third of the signature");
    near(seal.width, 113.28, 'the seal at its real size: 472 px at 300 dpi = 40 mm');
    const [x1, y1, x2, y2] = widget.lookup(PDFName.of('Rect'), PDFArray).asArray().map(Number);
    near(x1, CONTRACT_RECT.x + seal.x, 'the widget reaches left to the seal');
    near(y1, CONTRACT_RECT.y + seal.y, 'and down to it');
    near(y2, CONTRACT_RECT.y + seal.y + seal.height, 'and up to it');
    near(x2, CONTRACT_RECT.x + CONTRACT_RECT.width, 'its right edge is the field');
  });

  it('writes "Ký bởi" and "Thời gian ký" with the certificate name when no image is given', async () => {
    const signed = await signPdf(await makePdf(), signer, { signingTime: new Date(), font: testFont });
    const { content } = await signedField(signed.bytes);
    assert.equal((content.match(/ Tj/g) ?? []).length, 3, 'three lines: name, organisation, time');
    assert.equal(drawnImages(content).length, 0);
  });

  it('words the text in Vietnamese with the signing time in Vietnam time (UTC+7, k.8-b)', () => {
    assert.deepEqual(appearanceLines(signer.identity, new Date('2026-12-07T20:04:05Z')), [
      'Ký bởi: Nguyễn Văn A',
      'UBND Tỉnh Thử',
      'Thời gian ký: 08/12/2026 03:04:05 +07:00',
    ]);
  });
});
