/**
 * The empty signature field the signer fills (issue 33; QĐ 45/2018): where
 * the decree puts the signer's image, centred between the signer's title and
 * the name (NĐ 30/2020, PL I-P.I-M.II-k.7-d), in the room the name's space
 * before leaves (measures.ts, ho_ten); the seal covers about a third of the
 * image on its left (PL I-P.I-M.II-k.8-a), so the field is narrower than the
 * column and leaves that room beside it.
 */
import { mmToPt } from '../../core/layout';

/** The field's partial name (/T): the signer (`giaymoi sign`) looks for it. */
export const SIGNATURE_FIELD_NAME = 'ChuKySo';

/** Width of a scanned signature as offices place it; its height is the room above the name. */
export const SIGNATURE_WIDTH_MM = 40;

/** A rectangle from the page's top-left corner, in points (pdfkit's coordinates). */
export interface TopLeftRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The field in a signature column whose title ends at `titleBottomPt` and whose name's text starts at `nameTopPt`. */
export function signatureRectIn(
  column: { xPt: number; widthPt: number },
  titleBottomPt: number,
  nameTopPt: number,
): TopLeftRect {
  const width = Math.min(mmToPt(SIGNATURE_WIDTH_MM), column.widthPt);
  return { x: column.xPt + (column.widthPt - width) / 2, y: titleBottomPt, width, height: nameTopPt - titleBottomPt };
}

/** The same rectangle as a PDF /Rect [llx lly urx ury], from the page's bottom-left corner. */
export function pdfRect(rect: TopLeftRect, pageHeightPt: number): [number, number, number, number] {
  return [rect.x, pageHeightPt - rect.y - rect.height, rect.x + rect.width, pageHeightPt - rect.y];
}

/**
 * Adds the unsigned field (/FT /Sig, /T ChuKySo) with its widget on the current
 * page: an AcroForm whose only field it is; no appearance, the signer draws it.
 */
export function addSignatureField(doc: PDFKit.PDFDocument, rect: TopLeftRect): void {
  doc.font('regular');
  const internal = doc as unknown as PdfKitInternals;
  if (!internal._acroform) doc.initForm();
  doc.annotate(rect.x, rect.y, rect.width, rect.height, {
    Subtype: 'Widget',
    FT: 'Sig',
    T: new String(SIGNATURE_FIELD_NAME),
    F: 4,
    P: internal.page.dictionary, // before annotate: pdfkit writes the widget at once
  } as unknown as PDFKit.Mixins.AnnotationOption);
  const widget = internal.page.annotations[internal.page.annotations.length - 1];
  const form = internal._root.data.AcroForm;
  form.data.Fields.push(widget);
  form.data.NeedAppearances = false;
}

interface PdfRef {
  data: Record<string, unknown>;
}

interface PdfKitInternals {
  _acroform?: unknown;
  _root: { data: { AcroForm: { data: { Fields: PdfRef[]; NeedAppearances: boolean } } } };
  page: { annotations: PdfRef[]; dictionary: PdfRef };
}
