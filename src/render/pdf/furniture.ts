/**
 * What sits in the margins: the page number centred in the top margin from
 * page 2 on (PL I-P.I-M.I-k.7), and page 1's footer, the agency's address
 * under a rule across the text width (ô 13; PL I-P.I-M.III-k.4).
 */
import { BASELINE_EM, PAGE_NUMBER, RULE_WIDTH_PT, type Block } from '../../core/layout';
import { blockBox } from './block-box';
import type { PageGeometry } from './page-geometry';
import { drawStack, stackOf, type Stack } from './stack';
import type { UnitContext } from './units';

/** Space between the footer's rule and its first line, as the DOCX's border space. */
const CONTACT_RULE_SPACE_PT = 1;

/** The page number `n`, centred over the text area. */
export function drawPageNumber(doc: PDFKit.PDFDocument, n: number, g: PageGeometry): void {
  const text = String(n);
  doc.font('regular').fontSize(PAGE_NUMBER.sizePt).fillColor('#000000');
  const x = g.leftPt + (g.textPt - doc.widthOfString(text)) / 2;
  doc.text(text, x, g.pageNumberTopPt + BASELINE_EM * PAGE_NUMBER.sizePt, { lineBreak: false, baseline: 'alphabetic' });
}

/** Page 1's footer: its stack and its height with the rule above it. */
export function contactFooter(contact: readonly Block[], c: UnitContext): { stack: Stack; heightPt: number } {
  const stack = stackOf(contact.map((b) => blockBox(b, c.measures.styles[b.role], c.geometry.textPt, c.measure)));
  return { stack, heightPt: contact.length ? stack.heightPt + RULE_WIDTH_PT + CONTACT_RULE_SPACE_PT : 0 };
}

/** Draws the footer so it ends where the DOCX's does, the rule across the text width above it. */
export function drawContact(
  doc: PDFKit.PDFDocument,
  footer: { stack: Stack; heightPt: number },
  g: PageGeometry,
): void {
  if (!footer.heightPt) return;
  const top = g.heightPt - g.footerBottomPt - footer.heightPt;
  const rule = top + RULE_WIDTH_PT / 2;
  doc
    .save()
    .lineWidth(RULE_WIDTH_PT)
    .strokeColor('#000000')
    .moveTo(g.leftPt, rule)
    .lineTo(g.leftPt + g.textPt, rule)
    .stroke()
    .restore();
  drawStack(doc, footer.stack, g.leftPt, top + RULE_WIDTH_PT + CONTACT_RULE_SPACE_PT);
}
