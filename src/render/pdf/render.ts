/**
 * Layout → PDF: the invitation's units (units.ts) paginated as the preview and
 * the DOCX are (the HTML renderer's pagination: widows and orphans, kept
 * headings, the foot whole), drawn with pdfkit in the embedded fonts, page
 * numbers from page 2, the contact block at the foot of page 1, and the
 * empty signature field in the foot. One invitation per run of pages,
 * numbered from 1 (a mail merge's combined file). PDF 1.7.
 */
import PDFDocument from 'pdfkit';
import { type Layout, type Measures, blockText } from '../../core/layout';
import { registerFaces, type PdfFonts } from './fonts';
import { drawContact, drawPageNumber } from './furniture';
import { measureWith } from './measure';
import { composeInvitation, type Composed } from './compose';
import { addSignatureField } from './signature-field';
import { drawSignatureImages, type SignatureImages } from './signature-images';

export interface PdfOptions {
  readonly measures: Measures;
  /** Stamped as created and modified, so the output is repeatable. */
  readonly date: Date;
  /** The issuing agency, as the document's author. */
  readonly creator?: string;
  readonly fonts: PdfFonts;
  /** Leave out the empty signature field (default: one field, on the first invitation). */
  readonly signatureField?: boolean;
  /** `nguoi_ky.chu_ky_so`'s PNGs, drawn in the field's box on every invitation. */
  readonly signatureImages?: SignatureImages;
}

/** A pdfkit document with the four faces registered, the metadata set, nothing drawn. */
export function newDocument(layout: Layout, options: PdfOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    // No font until ours are registered: pdfkit would otherwise load Helvetica's metrics from a data file, and a
    // default font of our own would hold the regular face's name, so each later font('regular') would open it again.
    font: null as unknown as string,
    autoFirstPage: false,
    pdfVersion: '1.7',
    margin: 0,
    info: {
      Title: layout.subject,
      Author: options.creator ?? 'giaymoi',
      Subject: [layout.title[0], layout.header.numberLine]
        .map((b) => b && blockText(b).replace(/ +/g, ' '))
        .join(' — '),
      Creator: 'giaymoi',
      Producer: 'giaymoi (pdfkit)',
      CreationDate: options.date,
      ModDate: options.date,
    },
  });
  registerFaces(doc, options.fonts);
  doc.font('regular');
  return doc;
}

/** The PDF bytes of one or more invitations. */
export async function renderPdf(layouts: readonly Layout[], options: PdfOptions): Promise<Uint8Array> {
  if (layouts.length === 0) throw new Error('renderPdf: nothing to render');
  const doc = newDocument(layouts[0], options);
  const done = collect(doc);
  const measure = measureWith(doc);
  const images = options.signatureImages && { images: options.signatureImages, opened: new Map() };
  layouts.forEach((layout, i) => {
    const composed = composeInvitation(layout, options.measures, measure);
    drawInvitation(doc, composed, options.signatureField !== false && i === 0, images);
  });
  doc.end();
  return done;
}

/** Draws one invitation's pages. */
function drawInvitation(
  doc: PDFKit.PDFDocument,
  composed: Composed,
  withField: boolean,
  images?: { images: SignatureImages; opened: Parameters<typeof drawSignatureImages>[3] },
): void {
  const g = composed.geometry;
  for (let page = 0; page < composed.pages; page += 1) {
    doc.addPage({ size: [g.widthPt, g.heightPt], margin: 0 });
    if (page > 0) drawPageNumber(doc, page + 1, g);
    for (const placed of composed.placed.filter((p) => p.page === page)) {
      placed.unit.draw(doc, g.leftPt, placed.y, placed.from, placed.to);
    }
    if (page === 0) drawContact(doc, composed.footer, g); // after the text: read in the page's order
    if (images && composed.signature?.page === page)
      drawSignatureImages(doc, composed.signature.rect, images.images, images.opened);
    if (withField && composed.signature?.page === page) addSignatureField(doc, composed.signature.rect);
  }
}

/** The document's bytes once it has ended. */
function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
  });
}
