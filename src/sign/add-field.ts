/**
 * A new empty signature field, for a PDF that has none (one saved from Word):
 * at the rectangle the user gives (`--rect x,y,w,h`, points from the lower left
 * corner of the last page, where an invitation's signature block is).
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFString, type PDFDocument } from 'pdf-lib';
import { say } from '../core/messages';
import type { Box } from '../core/layout';
import { FIELD_NAME, type SignatureField } from './find-field';
import { SignError } from './sign-error';

/** The annotation flag Print: the signature shows on paper too. */
const PRINT = 4;

/** `x,y,w,h` in points, each a number, width and height above zero; else a SignError. */
export function parseRect(text: string): Box {
  const parts = text.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || parts[2] <= 0 || parts[3] <= 0)
    throw new SignError(say('sign.rect.invalid', { text }));
  const [x, y, width, height] = parts;
  return { x, y, width, height };
}

/** A field merged with its widget at `rect` on a page (the last by default), named `ChuKySo` (or `ChuKySo2`… when taken). */
export function addSignatureField(
  doc: PDFDocument,
  rect: Box,
  taken: readonly string[],
  pageIndex = doc.getPageCount() - 1,
): SignatureField {
  const page = doc.getPage(pageIndex);
  const { width, height } = page.getSize();
  if (rect.x < 0 || rect.y < 0 || rect.x + rect.width > width || rect.y + rect.height > height)
    throw new SignError(say('sign.rect.outsidePage', { width: Math.round(width), height: Math.round(height) }));
  let name = FIELD_NAME;
  for (let i = 2; taken.includes(name); i += 1) name = `${FIELD_NAME}${i}`;
  const widget = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFString.of(name),
    F: PRINT,
    P: page.ref,
    Rect: [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height].map((n) => PDFNumber.of(n)),
  });
  const ref = doc.context.register(widget);
  page.node.set(PDFName.of('Annots'), withItem(doc, page.node.lookupMaybe(PDFName.of('Annots'), PDFArray), ref));
  const form = acroForm(doc);
  form.set(PDFName.of('Fields'), withItem(doc, form.lookupMaybe(PDFName.of('Fields'), PDFArray), ref));
  return { name, field: widget, widget, page, pageIndex, rect, signed: false };
}

/** The document's AcroForm, made when it has none. */
export function acroForm(doc: PDFDocument): PDFDict {
  const existing = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  if (existing) return existing;
  const made = doc.context.obj({ Fields: [] });
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.register(made));
  return made;
}

function withItem(doc: PDFDocument, array: PDFArray | undefined, item: ReturnType<PDFDocument['context']['register']>) {
  const list = array ?? doc.context.obj([]);
  list.push(item);
  return list;
}
