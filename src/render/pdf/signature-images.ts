/**
 * The signer's and the seal's images (`nguoi_ky.chu_ky_so`) drawn in the
 * signature field's box, as the signer draws them at signing time
 * (core/layout/signature-images.ts, NĐ 30/2020 PL I-P.I-M.II-k.7-d, k.8-a):
 * the signature centred between title and name, the seal at its real size over
 * about a third of it, on its left. For offices that print, or sign without an
 * appearance; the empty field stays for those that sign.
 */
import { DEFAULT_SEAL_MM, mmToPt, placeImages, pngHeader, pngSizePt, type Box } from '../../core/layout';
import type { TopLeftRect } from './signature-field';

/** The PNG bytes the shell read for `nguoi_ky.chu_ky_so` (checked there: PNG, not too large). */
export interface SignatureImages {
  readonly anh?: Uint8Array;
  readonly dau?: Uint8Array;
}

/** pdfkit's embedded image (its types omit `openImage`): drawn again by reference, not embedded again. */
type OpenedImage = object;
const openImage = (doc: PDFKit.PDFDocument, bytes: Uint8Array): OpenedImage =>
  (doc as unknown as { openImage(src: Uint8Array): OpenedImage }).openImage(bytes);

/** Draws the images in the field's rectangle; `opened` keeps each image embedded once per document. */
export function drawSignatureImages(
  doc: PDFKit.PDFDocument,
  rect: TopLeftRect,
  images: SignatureImages,
  opened: Map<Uint8Array, OpenedImage>,
): void {
  const boxes = signatureImageBoxes(rect, images);
  // the seal last: it lies over the signer's image (k.8-a)
  for (const [bytes, box] of [
    [images.anh, boxes.signature],
    [images.dau, boxes.seal],
  ] as const) {
    if (!bytes || !box) continue;
    if (!opened.has(bytes)) opened.set(bytes, openImage(doc, bytes));
    doc.image(opened.get(bytes)! as unknown as Buffer, box.x, box.y, { width: box.width, height: box.height });
  }
}

/** The images' boxes from the page's top-left corner (pdfkit's coordinates), for drawing and for tests. */
export function signatureImageBoxes(rect: TopLeftRect, images: SignatureImages): { signature?: Box; seal?: Box } {
  const signature = images.anh && pngHeader(images.anh);
  const seal = images.dau && pngHeader(images.dau);
  const placed = placeImages(
    { width: rect.width, height: rect.height },
    signature ? pngSizePt(signature) : undefined,
    seal ? pngSizePt(seal, mmToPt(DEFAULT_SEAL_MM)) : undefined,
    rect.x,
  );
  const topLeft = (box?: Box) => box && { ...box, x: rect.x + box.x, y: rect.y + rect.height - box.y - box.height };
  return { signature: topLeft(placed.signature), seal: topLeft(placed.seal) };
}
