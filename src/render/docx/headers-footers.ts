/**
 * Page numbers centred in the top margin from page 2 on, none on page 1
 * (PL I-P.I-M.I-k.7); the agency's address block at the foot of page 1 under a
 * rule across the text width (ô 13; PL I-P.I-M.III-k.4).
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { type Block, PAGE_NUMBER, type Measures, halfPoints } from '../../core/layout';
import { FONT_ATTRIBUTES } from './fonts';
import { blockParagraph } from './paragraphs';
import { RULE_BORDER } from './rules';

/** The header of pages 2 onwards: the PAGE field, centred. */
export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [PageNumber.CURRENT], font: FONT_ATTRIBUTES, size: halfPoints(PAGE_NUMBER.sizePt) }),
        ],
      }),
    ],
  });
}

/** An empty header or footer (page 1 carries no number). */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({})] });
}

export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({})] });
}

/** Page 1's footer: the contact block under a full-width rule, or nothing. */
export function contactFooter(contact: readonly Block[], measures: Measures): Footer {
  if (!contact.length) return emptyFooter();
  return new Footer({
    children: contact.map((block, i) =>
      blockParagraph(
        block,
        measures.styles[block.role],
        i === 0 ? { border: { top: { ...RULE_BORDER, space: 1 } } } : {},
      ),
    ),
  });
}
