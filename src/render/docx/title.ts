/** "GIẤY MỜI" and the trích yếu, centred and bold, with the short rule under it (ô 5a; PL I-P.I-M.II-k.5-b). */
import type { Paragraph } from 'docx';
import type { Layout, Measures } from '../../core/layout';
import type { Geometry } from './geometry';
import { withRule } from './rules';

/** The title blocks, each kept with what follows so the title never ends a page. */
export function titleParagraphs(layout: Layout, measures: Measures, geometry: Geometry): Paragraph[] {
  return layout.title.flatMap((block) =>
    withRule(block, measures.styles[block.role], geometry.textPt, { keepNext: true }),
  );
}
