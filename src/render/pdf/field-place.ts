/** Where the signature field of an invitation goes, for a signer or a test: page and /Rect, without drawing. */
import type { Layout } from '../../core/layout';
import { composeInvitation } from './compose';
import { measureWith } from './measure';
import { newDocument, type PdfOptions } from './render';
import { pdfRect } from './signature-field';

/** The field's page (0-based) and its /Rect [llx lly urx ury] in PDF points, or undefined without a signer's name. */
export function signatureFieldOf(
  layout: Layout,
  options: PdfOptions,
): { readonly page: number; readonly rect: [number, number, number, number] } | undefined {
  const composed = composeInvitation(layout, options.measures, measureWith(newDocument(layout, options)));
  const field = composed.signature;
  return field && { page: field.page, rect: pdfRect(field.rect, composed.geometry.heightPt) };
}
