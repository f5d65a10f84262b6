/** "GIẤY MỜI" and the trích yếu, centred and bold, with the short rule under it (ô 5a; PL I-P.I-M.II-k.5-b). */
import type { Paragraph } from 'docx';
import { titleBlocksWithLines, type Layout, type Measures } from '../../core/layout';
import type { Geometry } from './geometry';
import { withRule } from './rules';

/** The title blocks with the trích yếu's lines (title-lines.ts), each kept with what follows so the title never ends a page. */
export function titleParagraphs(layout: Layout, measures: Measures, geometry: Geometry): Paragraph[] {
  return titleBlocksWithLines(layout.title, measures).flatMap((block) =>
    withRule(block, measures.styles[block.role], geometry.textPt, { keepNext: true }),
  );
}
