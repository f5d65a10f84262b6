/**
 * The signature fields of a PDF: the one giaymoi's renderer leaves empty
 * (partial name `ChuKySo`, where the decree puts the signer's image), any
 * other empty one, and those already signed. Read from the AcroForm's field
 * tree, kids and inherited field types included.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { Box } from '../core/layout';

/** The partial name (/T) of the empty field the renderer places (the contract with `giaymoi export --pdf`). */
export const FIELD_NAME = 'ChuKySo';

export interface SignatureField {
  /** The full name, partial names joined with dots. */
  readonly name: string;
  /** The field dictionary, where the signature (/V) goes. */
  readonly field: PDFDict;
  /** Its (first) widget annotation, the dictionary that is the field itself when they are merged. */
  readonly widget: PDFDict;
  readonly page: PDFPage;
  /** Zero-based. */
  readonly pageIndex: number;
  /** The widget's /Rect in the page's points. */
  readonly rect: Box;
  readonly signed: boolean;
}

/** Every signature field that has a widget on a page, in the order of the field tree. */
export function findSignatureFields(doc: PDFDocument): SignatureField[] {
  const form = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = form?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  return fields ? walk(doc, fields, '', undefined) : [];
}

/** The empty field to sign into: `ChuKySo` first, else the first empty one. */
export function chooseEmptyField(fields: readonly SignatureField[]): SignatureField | undefined {
  const empty = fields.filter((f) => !f.signed);
  return empty.find((f) => f.name.split('.').pop() === FIELD_NAME) ?? empty[0];
}

function walk(doc: PDFDocument, kids: PDFArray, prefix: string, inheritedType: string | undefined): SignatureField[] {
  return kids.asArray().flatMap((ref) => {
    const dict = doc.context.lookupMaybe(ref, PDFDict);
    if (!dict) return [];
    const partial = text(dict.get(PDFName.of('T')));
    const name = partial === undefined ? prefix : prefix ? `${prefix}.${partial}` : partial;
    const type = dict.lookupMaybe(PDFName.of('FT'), PDFName)?.decodeText() ?? inheritedType;
    const children = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
    const fieldKids = children?.asArray().filter((k) => doc.context.lookupMaybe(k, PDFDict)?.has(PDFName.of('T')));
    if (children && fieldKids?.length) return walk(doc, children, name, type);
    if (type !== 'Sig') return [];
    const widget = children ? doc.context.lookupMaybe(children.get(0), PDFDict) : dict;
    const located = widget && locate(doc, widget, ref);
    if (!widget || !located) return [];
    return [{ name, field: dict, widget, ...located, signed: dict.has(PDFName.of('V')) }];
  });
}

/** The widget's page (by /P, else by the page's /Annots) and its rectangle. */
function locate(
  doc: PDFDocument,
  widget: PDFDict,
  ref: unknown,
): Pick<SignatureField, 'page' | 'pageIndex' | 'rect'> | undefined {
  const pages = doc.getPages();
  const byP = widget.get(PDFName.of('P'));
  let pageIndex = byP instanceof PDFRef ? pages.findIndex((p) => p.ref === byP) : -1;
  if (pageIndex < 0)
    pageIndex = pages.findIndex((p) =>
      p.node
        .lookupMaybe(PDFName.of('Annots'), PDFArray)
        ?.asArray()
        .some((a) => a === ref || doc.context.lookup(a) === widget),
    );
  const corners = widget.lookupMaybe(PDFName.of('Rect'), PDFArray)?.asRectangle();
  if (pageIndex < 0 || !corners) return undefined;
  return { page: pages[pageIndex], pageIndex, rect: corners };
}

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
