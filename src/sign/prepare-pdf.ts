/**
 * A PDF made ready for its signature: the empty field found (or added at the
 * user's rectangle, or over the signer's image for the agency's seal), its
 * appearance drawn, the signature dictionary put in with room for the CMS.
 * What remains is filling /ByteRange and /Contents. A PDF signed already is
 * countersigned by an incremental update, so its signatures stay valid.
 */
import { type PDFArray, PDFName, PDFNumber, type PDFDocument } from 'pdf-lib';
import { say } from '../core/messages';
import { addSignatureField } from './add-field';
import { setAppearance, type PngImage } from './appearance';
import { addAttachmentStamp, checkDocumentNumber } from './attachment-stamp';
import type { Box } from '../core/layout';
import { assertCertificateInForce } from './certificate-validity';
import { assertChangesAllowed } from './doc-mdp';
import { chooseEmptyField, findSignatureFields, type SignatureField } from './find-field';
import { pdfLibFontkit } from './fontkit-adapter';
import { saveIncrement, startIncrement } from './incremental-save';
import { openPdf } from './open-pdf';
import { addSignaturePlaceholder } from './placeholder';
import { readPng } from './png';
import { sealBoxOver, signerField } from './seal-over-signature';
import { SignError } from './sign-error';
import type { SignerIdentity } from './signer';

export interface PrepareOptions {
  readonly identity: SignerIdentity;
  readonly signingTime: Date;
  /** PNG bytes of the signer's image (--anh) and of the seal (--dau). */
  readonly signatureImage?: Uint8Array;
  readonly sealImage?: Uint8Array;
  /** Where the field goes (points, last page) when the PDF has no empty one; moves the empty one when it has. */
  readonly rect?: Box;
  /** A Unicode TrueType font, read only for a text appearance. */
  readonly font: () => Uint8Array;
  /**
   * The number and ký hiệu of the document this file is an attachment of
   * ("12/GM-UBND"): the agency's attachment signature (k.8-b), with no image,
   * its stamp at the top right of page 1.
   */
  readonly attachment?: string;
}

export interface Prepared {
  readonly bytes: Uint8Array;
  readonly field: { readonly name: string; readonly page: number; readonly rect: Box; readonly added: boolean };
  /** The signatures the file holds now, this one included (2 or more: a countersignature). */
  readonly signatures: number;
}

/** The PDF with an unsigned signature in place; bad input of any kind is one SignError. */
export async function preparePdf(pdf: Uint8Array, options: PrepareOptions): Promise<Prepared> {
  assertCertificateInForce(options.identity, options.signingTime);
  const images = readImages(options);
  const doc = await openPdf(pdf);
  doc.registerFontkit(pdfLibFontkit);
  assertChangesAllowed(doc);
  const fields = findSignatureFields(doc);
  const earlier = fields.filter((f) => f.signed).length;
  // a signed file is only ever appended to: the earlier signatures cover its bytes as they are
  const increment = earlier > 0 ? startIncrement(doc, pdf) : undefined;
  const { field, added } = await placeSignature(doc, fields, options, images);
  addSignaturePlaceholder(doc, field, options.identity, options.signingTime);
  const bytes = increment
    ? await saveIncrement(pdf, doc, increment)
    : await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  const where = { name: field.name, page: field.pageIndex + 1, rect: field.rect, added };
  return { bytes, field: where, signatures: earlier + 1 };
}

/** The two PNGs checked; an attachment's signature has none, nor a place of the user's (k.8-b fixes it). */
function readImages(options: PrepareOptions): { signature?: PngImage; seal?: PngImage } {
  if (options.attachment !== undefined) {
    checkDocumentNumber(options.attachment);
    if (options.signatureImage || options.sealImage || options.rect)
      throw new SignError(say('sign.attachment.noImages'));
  }
  return {
    signature: options.signatureImage && image(options.signatureImage, 'sign.image.signature'),
    seal: options.sealImage && image(options.sealImage, 'sign.image.seal'),
  };
}

function image(bytes: Uint8Array, which: 'sign.image.signature' | 'sign.image.seal'): PngImage {
  return { bytes, info: readPng(bytes, say(which), which === 'sign.image.seal' ? 'seal' : 'signature') };
}

/** The field signed into, with its appearance: the attachment's stamp, or the images or text in the chosen field. */
async function placeSignature(
  doc: PDFDocument,
  fields: readonly SignatureField[],
  options: PrepareOptions,
  { signature, seal }: { signature?: PngImage; seal?: PngImage },
): Promise<{ field: SignatureField; added: boolean }> {
  const { attachment, identity, signingTime, font } = options;
  if (attachment !== undefined) {
    const names = fields.map((f) => f.name);
    const stamp = await addAttachmentStamp(doc, names, checkDocumentNumber(attachment), signingTime, font());
    return { field: stamp, added: true };
  }
  const target = targetField(doc, fields, options.rect, signature ? undefined : seal);
  await setAppearance(doc, target.field, identity, signingTime, { signature, seal, font });
  return target;
}

/**
 * The field to sign: the agency's seal alone, on a file the signer has signed,
 * gets a new field over the signer's image (k.8-a); else the empty one, at
 * `rect` when given; else a new one at `rect`; else a SignError that suggests --rect.
 */
function targetField(
  doc: PDFDocument,
  fields: readonly SignatureField[],
  rect: Box | undefined,
  sealAlone: PngImage | undefined,
): { field: SignatureField; added: boolean } {
  const names = fields.map((f) => f.name);
  const signer = sealAlone && !rect ? signerField(fields) : undefined;
  if (signer && sealAlone) {
    const box = sealBoxOver(signer, sealAlone.info.size);
    return { field: addSignatureField(doc, box, names, signer.pageIndex), added: true };
  }
  const empty = chooseEmptyField(fields);
  if (empty && rect) return { field: moved(empty, rect), added: false };
  if (empty) return { field: empty, added: false };
  if (!rect) throw new SignError(say('sign.field.none'));
  return { field: addSignatureField(doc, rect, names), added: true };
}

function moved(field: SignatureField, rect: Box): SignatureField {
  const corners = [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height].map((n) => PDFNumber.of(n));
  field.widget.set(PDFName.of('Rect'), field.widget.context.obj(corners) as PDFArray);
  return { ...field, rect };
}
