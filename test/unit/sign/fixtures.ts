/**
 * Test material for signing, made at test time: a throwaway certificate in a
 * .p12 (valid, expired), a PDF that keeps the renderer's contract (one empty
 * /FT /Sig field, partial name ChuKySo, merged with its widget, where the
 * decree puts the signer's image), one without a field (as Word saves it),
 * and small PNGs.
 */
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import forge from 'node-forge';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { nodeRegularFont } from '../../../src/export/pdf-fonts';

export interface CertificateOptions {
  readonly commonName?: string;
  readonly organization?: string;
  readonly password?: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
}

const DAY = 86_400_000;

/** The signer's font as the shells pass it: the one lookup the PDF renderer uses, the repository's media as the bundled fallback. */
export const testFont = (): Uint8Array => nodeRegularFont([join(__dirname, '../../../media')]);

/** A self-signed RSA certificate and its key in a PKCS#12 file. */
export function makeP12(options: CertificateOptions = {}): Uint8Array {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '0' + Date.now().toString(16);
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * DAY);
  const subject = [
    { shortName: 'CN', value: options.commonName ?? 'Nguyễn Văn A', valueTagClass: 12 },
    { shortName: 'O', value: options.organization ?? 'UBND Tỉnh Thử', valueTagClass: 12 },
    { shortName: 'C', value: 'VN' },
  ];
  cert.setSubject(subject as forge.pki.CertificateField[]);
  cert.setIssuer(subject as forge.pki.CertificateField[]);
  cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
  cert.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], options.password ?? 'matkhau', { algorithm: '3des' });
  return Uint8Array.from(Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
}

/** The renderer's field: the signature block's place on an A4 page, in points (x, y, width, height). */
export const CONTRACT_RECT = { x: 330, y: 300, width: 210, height: 90 };

/** An A4 invitation-like page; with `field`, the contract's empty ChuKySo field over `rect`. */
export async function makePdf(options: { field?: boolean; rect?: typeof CONTRACT_RECT } = {}): Promise<Uint8Array> {
  const rect = options.rect ?? CONTRACT_RECT;
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  page.drawText('GIAY MOI', { x: 250, y: 760, size: 14, font });
  page.drawText('CHU TICH', { x: 400, y: rect.y + rect.height + 10, size: 13, font });
  page.drawText('Nguyen Van A', { x: 395, y: rect.y - 20, size: 13, font });
  if (options.field !== false) {
    const widget = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      T: PDFString.of('ChuKySo'),
      F: 4,
      P: page.ref,
      Rect: [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height],
    });
    const ref = doc.context.register(widget);
    page.node.set(PDFName.of('Annots'), doc.context.obj([ref]));
    doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: [ref] }));
  }
  return doc.save();
}

/**
 * A PDF certified (DocMDP) with permission `p`: the catalog's /Perms names a
 * signature whose DocMDP transform says which changes may follow. The
 * signature itself is left unsigned: the refusal reads only the permission.
 */
export async function makeCertifiedPdf(p: 1 | 2 | 3): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await makePdf());
  const reference = {
    Type: 'SigRef',
    TransformMethod: 'DocMDP',
    TransformParams: { Type: 'TransformParams', P: p, V: '1.2' },
  };
  const signature = doc.context.register(doc.context.obj({ Type: 'Sig', Reference: [reference] }));
  doc.catalog.set(PDFName.of('Perms'), doc.context.obj({ DocMDP: signature }));
  return doc.save();
}

/**
 * A PDF signed by other software: @signpdf's own pdf-lib placeholder and its
 * P12 signer (adbe.pkcs7.detached), saved the way pdf-lib saves by default,
 * with object streams and a cross-reference stream, as many tools do.
 * `widgetRect` [0, 0, 0, 0] makes the signature invisible.
 */
export async function signElsewhere(widgetRect = [330, 300, 540, 390]): Promise<Uint8Array> {
  // ASCII names: forge's PKCS#7 writes a UTF8String name's characters as bytes, so a validator could not match them
  const p12 = makeP12({ commonName: 'Other Software', organization: 'Other', password: 'x' });
  const doc = await PDFDocument.load(await makePdf({ field: false }));
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: 'Duyệt',
    contactInfo: '',
    name: 'Phần mềm khác',
    location: 'Hà Nội',
    widgetRect,
  });
  const bytes = await doc.save();
  const signer = new P12Signer(Buffer.from(p12), { passphrase: 'x' });
  const signed = await new SignPdf().sign(Buffer.from(bytes), signer);
  return new Uint8Array(signed);
}

/** A solid RGBA PNG of `width` × `height` pixels; `dpi` writes a pHYs chunk. */
export function makePng(width: number, height: number, dpi?: number, rgba = [0, 0, 200, 255]): Uint8Array {
  const row = [0, ...Array.from({ length: width }, () => rgba).flat()];
  const pixels = Uint8Array.from(Array.from({ length: height }, () => row).flat());
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const chunks = [chunk('IHDR', header)];
  if (dpi) {
    const phys = Buffer.alloc(9);
    phys.writeUInt32BE(Math.round(dpi / 0.0254), 0);
    phys.writeUInt32BE(Math.round(dpi / 0.0254), 4);
    phys[8] = 1;
    chunks.push(chunk('pHYs', phys));
  }
  chunks.push(chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0)));
  return Uint8Array.from(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]));
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
