/**
 * Layout → PDF: the third renderer on the core's layout blocks and measures,
 * drawn with pdfkit in embedded, subset fonts, with an empty signature field
 * where the decree puts the signer's image. Built as its own bundle
 * (dist/pdf.js) so nothing loads pdfkit until a PDF is exported.
 */
export { renderPdf, type PdfOptions } from './render';
export { FACES, type Face, type PdfFonts } from './fonts';
export { composeInvitation, type Composed } from './compose';
export { signatureFieldOf } from './field-place';
export { signatureImageBoxes, type SignatureImages } from './signature-images';
export {
  SIGNATURE_FIELD_NAME,
  SIGNATURE_WIDTH_MM,
  pdfRect,
  signatureRectIn,
  type TopLeftRect,
} from './signature-field';
