/**
 * Bad input gets one clear line each, in both languages, and no file:
 * a PNG that is not a PNG, a wrong password, a file that is no .p12, an
 * expired certificate (refused: a signature made with it is not valid), a
 * PDF that is not a PDF, a PDF certified with no changes allowed, a PDF
 * without an empty field and no --rect.
 */
import * as assert from 'node:assert/strict';
import { preparePdf, type PrepareOptions } from '../../../src/sign/prepare-pdf';
import { openP12 } from '../../../src/sign/p12-signer';
import { SignError } from '../../../src/sign/sign-error';
import { makeCertifiedPdf, makeP12, makePdf, makePng, testFont } from './fixtures';

/** The SignError `run` throws, checked to be one line in each language. */
async function refusal(run: () => unknown): Promise<{ vi: string; en: string }> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof SignError, String(error));
    for (const line of [error.reason.vi, error.reason.en]) assert.ok(line && !line.includes('\n'), line);
    return error.reason;
  }
  assert.fail('no error');
}

describe('sign: bad input, one clear line each', function () {
  this.timeout(30_000);
  const p12 = makeP12({ password: 'dung' });
  const signer = openP12(p12, 'dung');
  const options = (more: Partial<PrepareOptions> = {}): PrepareOptions => ({
    identity: signer.identity,
    signingTime: new Date(),
    font: testFont,
    ...more,
  });

  it('a wrong password', async () => {
    const reason = await refusal(() => openP12(p12, 'sai'));
    assert.match(reason.vi, /sai mật khẩu/);
    assert.match(reason.en, /wrong password/);
  });

  it('a file that is not a .p12', async () => {
    assert.match((await refusal(() => openP12(new TextEncoder().encode('hello'), 'x'))).en, /not a \.p12/);
  });

  it('an expired certificate is refused, naming the day it ended', async () => {
    const old = openP12(
      makeP12({ notBefore: new Date('2020-01-01'), notAfter: new Date('2021-06-30T12:00:00Z') }),
      'matkhau',
    );
    const reason = await refusal(() => preparePdf(new Uint8Array(), { ...options(), identity: old.identity }));
    assert.match(reason.vi, /hết hạn ngày 30\/06\/2021/);
    assert.match(reason.en, /expired on 30\/06\/2021: not signed/);
  });

  it('a certificate not yet in force is refused', async () => {
    const future = openP12(makeP12({ notBefore: new Date(Date.now() + 86_400_000 * 10) }), 'matkhau');
    assert.match(
      (await refusal(async () => preparePdf(await makePdf(), { ...options(), identity: future.identity }))).en,
      /in force only from/,
    );
  });

  it('a PDF that is not a PDF', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    assert.match((await refusal(() => preparePdf(docx, options()))).en, /not a PDF file/);
  });

  it('a damaged PDF', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog');
    assert.match((await refusal(() => preparePdf(broken, options()))).vi, /tệp PDF bị hỏng, không đọc được/);
  });

  for (const [option, which] of [
    ['signatureImage', /ảnh chữ ký \(--anh\) không phải ảnh PNG/],
    ['sealImage', /ảnh con dấu \(--dau\) không phải ảnh PNG/],
  ] as const)
    it(`a ${option} that is not a PNG (a JPEG renamed)`, async () => {
      const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(40).fill(0)]);
      assert.match((await refusal(() => preparePdf(ANY_PDF_BYTES, options({ [option]: jpeg })))).vi, which);
    });

  it('a PDF certified with no changes allowed (DocMDP P=1): no countersignature', async () => {
    const reason = await refusal(async () => preparePdf(await makeCertifiedPdf(1), options()));
    assert.match(reason.en, /certified by a signature that allows no changes \(DocMDP P=1\)/);
  });

  it('a PDF certified with form filling and signing allowed (P=2) is signed', async () => {
    const prepared = await preparePdf(await makeCertifiedPdf(2), options());
    assert.equal(prepared.field.name, 'ChuKySo');
  });

  it('a PDF without an empty field (as Word saves it) and no --rect: suggests --rect', async () => {
    const reason = await refusal(async () => preparePdf(await makePdf({ field: false }), options()));
    assert.match(reason.en, /no empty signature field; say where to sign with --rect x,y,w,h/);
  });

  it('a --rect outside the page', async () => {
    const rect = { x: 500, y: 10, width: 200, height: 50 };
    assert.match(
      (await refusal(async () => preparePdf(await makePdf({ field: false }), options({ rect })))).en,
      /outside the last page/,
    );
  });

  it('a good PNG passes the same check', async () => {
    const prepared = await preparePdf(await makePdf(), options({ signatureImage: makePng(30, 10) }));
    assert.equal(prepared.field.name, 'ChuKySo');
  });
});

/** Any bytes: the image is checked before the PDF is read. */
const ANY_PDF_BYTES = new TextEncoder().encode('%PDF-1.7');
