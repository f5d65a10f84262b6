/**
 * Countersigning by incremental update: the leader signs with the signature
 * image, then the văn thư signs with the agency's seal (NĐ 30/2020, PL I,
 * Phần I, Mục II, k.8-a). The second signature is appended after the first
 * file's bytes, which stay byte for byte, and its field is the seal's box over
 * the left third of the leader's image. pdfsig's verdict is in the artifact phase.
 */
import * as assert from 'node:assert/strict';
import { PDFDocument } from 'pdf-lib';
import { findSignatureFields } from '../../../src/sign/find-field';
import { lastCrossReference } from '../../../src/sign/incremental-save';
import { signPdf } from '../../../src/sign/node-sign-pdf';
import { openP12 } from '../../../src/sign/p12-signer';
import { CONTRACT_RECT, makeP12, makePdf, makePng, signElsewhere, testFont } from './fixtures';

const font = testFont;
/** 120 px at 200 dpi: a seal 43.2 pt wide and high. */
const SEAL = makePng(120, 120, 200, [220, 0, 0, 150]);
const SEAL_PT = (120 / 200) * 72;

describe('sign: countersigning a signed PDF by incremental update', function () {
  this.timeout(60_000);
  const leader = openP12(makeP12({ password: 'a' }), 'a');
  const agency = openP12(makeP12({ password: 'b', commonName: 'UBND Tỉnh Thử' }), 'b');

  it('keeps the signed file as its first bytes and adds a second signed field', async () => {
    const once = await signPdf(await makePdf(), leader, {
      signingTime: new Date(),
      font,
      signatureImage: makePng(300, 100),
    });
    const twice = await signPdf(once.bytes, agency, { signingTime: new Date(), font, sealImage: SEAL });
    assert.ok(Buffer.from(twice.bytes.subarray(0, once.bytes.length)).equals(Buffer.from(once.bytes)));
    assert.equal(twice.signatures, 2);
    const fields = findSignatureFields(await PDFDocument.load(twice.bytes));
    assert.deepEqual(
      fields.map((f) => [f.name, f.signed]),
      [
        ['ChuKySo', true],
        ['ChuKySo2', true],
      ],
    );
    // the update's trailer points back at the signed file's cross-reference
    const tail = Buffer.from(twice.bytes.subarray(once.bytes.length)).toString('latin1');
    assert.match(tail, new RegExp(`/Prev ${lastCrossReference(once.bytes).offset}\\b`));
  });

  it('puts the seal at its real size over the left third of the leader image (k.8-a)', async () => {
    const once = await signPdf(await makePdf(), leader, {
      signingTime: new Date(),
      font,
      signatureImage: makePng(300, 100),
    });
    const twice = await signPdf(once.bytes, agency, { signingTime: new Date(), font, sealImage: SEAL });
    // a 300 × 100 image in the 210 × 90 field: 210 × 70, from x 0, y 10 of the field
    const image = { x: CONTRACT_RECT.x, y: CONTRACT_RECT.y + 10, width: 210, height: 70 };
    const seal = twice.field.rect;
    assert.equal(twice.field.name, 'ChuKySo2');
    assert.ok(Math.abs(seal.width - SEAL_PT) < 0.01 && Math.abs(seal.height - SEAL_PT) < 0.01, JSON.stringify(seal));
    assert.ok(Math.abs(seal.x + seal.width - (image.x + image.width / 3)) < 0.01, JSON.stringify(seal));
    assert.ok(Math.abs(seal.y + seal.height / 2 - (image.y + image.height / 2)) < 0.01, JSON.stringify(seal));
  });

  it('countersigns a PDF another program signed (object streams, a cross-reference stream)', async () => {
    const elsewhere = await signElsewhere();
    assert.match(Buffer.from(elsewhere).toString('latin1'), /\/Type\s*\/XRef/);
    const twice = await signPdf(elsewhere, agency, { signingTime: new Date(), font, sealImage: SEAL });
    assert.ok(Buffer.from(twice.bytes.subarray(0, elsewhere.length)).equals(Buffer.from(elsewhere)));
    const fields = findSignatureFields(await PDFDocument.load(twice.bytes));
    assert.deepEqual(
      fields.map((f) => f.signed),
      [true, true],
    );
    // the update must not reuse the number of a stream that holds objects or cross-references
    const earlier = Buffer.from(elsewhere).toString('latin1');
    const packing = [...earlier.matchAll(/(\d+) 0 obj\s*<<(?:(?!endobj)[\s\S])*?\/Type \/(?:ObjStm|XRef)/g)].map(
      (m) => m[1],
    );
    const updated = [
      ...Buffer.from(twice.bytes.subarray(elsewhere.length))
        .toString('latin1')
        .matchAll(/(\d+) 0 obj/g),
    ];
    assert.ok(packing.length >= 2, packing.join());
    assert.deepEqual(
      updated.map((m) => m[1]).filter((n) => packing.includes(n)),
      [],
    );
    // no ChuKy image in the other program's appearance: the seal goes over the left third of its widget
    assert.ok(Math.abs(twice.field.rect.x + twice.field.rect.width - (330 + 210 / 3)) < 0.01);
  });

  it('an invisible earlier signature has no image to seal: the seal needs --rect, and goes there', async () => {
    const invisible = await signElsewhere([0, 0, 0, 0]);
    const options = { signingTime: new Date(), font, sealImage: SEAL };
    await assert.rejects(
      signPdf(invisible, agency, options),
      /no empty signature field; say where to sign with --rect/,
    );
    const rect = { x: 330, y: 300, width: 50, height: 50 };
    const twice = await signPdf(invisible, agency, { ...options, rect });
    assert.deepEqual(twice.field.rect, rect);
    assert.equal(twice.signatures, 2);
  });
});
