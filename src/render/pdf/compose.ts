/**
 * One invitation composed onto pages without drawing: its units paginated
 * (the HTML renderer's pagination, so the PDF, the preview and LibreOffice's
 * reading of the DOCX break alike), each piece's place, page 1's footer, and
 * the signature field's rectangle. Pure: the signer's tests ask for the field
 * from here.
 */
import { type Layout, type Measures } from '../../core/layout';
import { paginate, pageCount } from '../html';
import { contactFooter } from './furniture';
import type { Measure } from './measure';
import { pageGeometry, type PageGeometry } from './page-geometry';
import { signatureRectIn, type TopLeftRect } from './signature-field';
import type { Stack } from './stack';
import { pageUnits, type PdfUnit } from './units';

/** A unit, or lines [from, to) of it, with its top on page `page`. */
export interface Placed {
  readonly unit: PdfUnit;
  readonly page: number;
  readonly y: number;
  readonly from: number;
  readonly to?: number;
}

export interface Composed {
  readonly geometry: PageGeometry;
  readonly pages: number;
  readonly placed: readonly Placed[];
  readonly footer: { stack: Stack; heightPt: number };
  /** The signature field's page (0-based) and rectangle, when the layout has a signer's name. */
  readonly signature?: { readonly page: number; readonly rect: TopLeftRect };
}

export function composeInvitation(layout: Layout, measures: Measures, measure: Measure): Composed {
  const geometry = pageGeometry(measures);
  const context = { measures, geometry, measure };
  const units = pageUnits(layout, context);
  const footer = contactFooter(layout.contact, context);
  const overlap = Math.max(
    0,
    footer.heightPt + geometry.footerBottomPt + 1 - (geometry.heightPt - geometry.topPt - geometry.printablePt),
  );
  const pieces = paginate(
    units.map((u) => u.size),
    geometry.printablePt - overlap,
    geometry.printablePt,
  );
  const placed: Placed[] = [];
  let cursor = { page: -1, y: 0 };
  pieces.forEach((piece, i) => {
    if (piece.page !== cursor.page) cursor = { page: piece.page, y: geometry.topPt };
    const unit = units[piece.unit];
    const next = pieces[i + 1]?.unit === piece.unit ? pieces[i + 1] : undefined;
    const offset = piece.fromLine > 0 ? (unit.size.lineBottoms?.()[piece.fromLine - 1] ?? 0) : 0;
    placed.push({ unit, page: piece.page, y: cursor.y - offset, from: piece.fromLine, to: next?.fromLine });
    cursor.y += unit.size.height - offset;
  });
  return { geometry, pages: pageCount(pieces), placed, footer, signature: signatureOf(layout, placed, geometry) };
}

/** The field between the last block above the name and the name's first line. */
function signatureOf(layout: Layout, placed: readonly Placed[], g: PageGeometry): Composed['signature'] {
  const foot = placed.find((p) => p.unit.signature);
  const column = foot?.unit.signature;
  const name = layout.signature.findIndex((b) => b.role === 'ho_ten');
  if (!foot || !column || name < 1) return undefined;
  const nameBox = column.stack.boxes[name];
  // A placeholder printed in the space (nguoi_ky.cho_ky) does not narrow the field: the space starts above it.
  const space = layout.signature[name - 1].role === 'cho_ky' ? name - 1 : name;
  const gapTop = foot.y + column.stack.tops[space];
  const nameTop = foot.y + column.stack.tops[name] + nameBox.textTopPt;
  const rect = signatureRectIn({ xPt: g.leftPt + column.xPt, widthPt: column.widthPt }, gapTop, nameTop);
  return { page: foot.page, rect };
}
