/**
 * The agency's signature on an attachment sent as a separate file (NĐ 30/2020,
 * Phụ lục I, Phần I, Mục II, k.8-b): no image, only the number and ký hiệu of
 * the document it belongs to and the signing time (date, hh:mm:ss, Vietnam's
 * time zone), in Times New Roman 10 pt, regular, black, at the top right of
 * page 1. Placed in the top margin, its right edge on the text's right edge
 * (the decree's margins, Mục I, k.3), so it never covers the attachment's text.
 */
import { degrees, drawText, PDFName, rgb, type PDFDocument, type PDFFont } from 'pdf-lib';
import { DEFAULT_MARGINS, mmToPt } from '../core/layout';
import { say } from '../core/messages';
import { addSignatureField } from './add-field';
import { vietnamTime } from './appearance';
import type { Box, Size } from '../core/layout';
import type { SignatureField } from './find-field';
import { SignError } from './sign-error';

/** k.8-b: 10 pt. */
export const ATTACHMENT_SIZE_PT = 10;
const LINE_PT = ATTACHMENT_SIZE_PT * 1.2;
const PADDING_PT = 1;
/** The stamp's distance above the text area, inside the top margin. */
const ABOVE_TEXT_PT = mmToPt(2);

/** "12/GM-UBND": a number and a ký hiệu joined by "/", on one line; else a SignError. */
export function checkDocumentNumber(text: string): string {
  const trimmed = text.trim();
  if (!/^[^/\s]+\/\S+$/u.test(trimmed) || trimmed.length > 60)
    throw new SignError(say('sign.attachment.numberInvalid', { text }));
  return trimmed;
}

/** The stamp's lines, in the document's language, Vietnamese: the number and ký hiệu, then the signing time. */
export function attachmentLines(documentNumber: string, signingTime: Date): string[] {
  return [
    say('sign.appearance.documentNumber', { number: documentNumber }).vi,
    say('sign.appearance.signingTime', { time: vietnamTime(signingTime) }).vi,
  ];
}

/** The stamp's box on page 1, in points from its lower left corner. */
export function attachmentBox(page: Size, lineWidths: readonly number[]): Box {
  const width = Math.max(...lineWidths) + 2 * PADDING_PT;
  const height = lineWidths.length * LINE_PT + 2 * PADDING_PT;
  const right = page.width - mmToPt(DEFAULT_MARGINS.right);
  const bottom = page.height - mmToPt(DEFAULT_MARGINS.top) + ABOVE_TEXT_PT;
  return { x: right - width, y: bottom, width, height };
}

/** A new field at the stamp's place on page 1, its appearance the stamp's lines; the font embedded as a subset. */
export async function addAttachmentStamp(
  doc: PDFDocument,
  taken: readonly string[],
  documentNumber: string,
  signingTime: Date,
  fontBytes: Uint8Array,
): Promise<SignatureField> {
  const lines = attachmentLines(documentNumber, signingTime);
  const font = await doc.embedFont(fontBytes, { subset: true });
  const box = attachmentBox(
    doc.getPage(0).getSize(),
    lines.map((l) => font.widthOfTextAtSize(l, ATTACHMENT_SIZE_PT)),
  );
  const field = addSignatureField(doc, box, taken, 0);
  const operators = rightAligned(font, lines, box);
  const stream = doc.context.formXObject(operators, {
    BBox: [0, 0, box.width, box.height],
    Resources: { Font: { F1: font.ref } },
  });
  field.widget.set(PDFName.of('AP'), doc.context.obj({ N: doc.context.register(stream) }));
  return field;
}

/** The lines right-aligned in a box of `size`, black, each baseline 0.9 em below its line's top. */
function rightAligned(font: PDFFont, lines: readonly string[], size: Size) {
  return lines.flatMap((line, i) =>
    drawText(font.encodeText(line), {
      rotate: degrees(0),
      xSkew: degrees(0),
      ySkew: degrees(0),
      color: rgb(0, 0, 0),
      font: 'F1',
      size: ATTACHMENT_SIZE_PT,
      x: size.width - PADDING_PT - font.widthOfTextAtSize(line, ATTACHMENT_SIZE_PT),
      y: size.height - PADDING_PT - i * LINE_PT - 0.9 * ATTACHMENT_SIZE_PT,
    }),
  );
}
