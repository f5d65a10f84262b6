/**
 * The header (ô 1–4): agency names with their rule on the left, Quốc hiệu and
 * Tiêu ngữ with theirs on the right, then "Số: …" level with the place and date
 * (NĐ 30/2020, PL I-P.I-M.II-k.1 to k.4; Mẫu 1.7).
 */
import type { Table } from 'docx';
import { type Block, type Layout, type Measures, dateLineWithBreak, headerBlocksWithLines } from '../../core/layout';
import { contentWidthPt, type Geometry } from './geometry';
import { blockParagraph } from './paragraphs';
import { withRule } from './rules';
import { twoColumnTable } from './tables';

/** The header as a borderless table of two rows. */
export function headerTable(layout: Layout, measures: Measures, geometry: Geometry): Table {
  const [left, right] = geometry.header.map(contentWidthPt);
  const column = (blocks: readonly Block[], width: number) =>
    blocks.flatMap((block) => withRule(block, measures.styles[block.role], width));
  const numberLine = layout.header.numberLine;
  const dateLine = dateLineWithBreak(layout.header.dateLine, measures);
  return twoColumnTable(
    [
      [
        column(headerBlocksWithLines(layout.header.left, measures, 0), left),
        column(headerBlocksWithLines(layout.header.right, measures, 1), right),
      ],
      [
        [blockParagraph(numberLine, measures.styles[numberLine.role])],
        [blockParagraph(dateLine, measures.styles[dateLine.role])],
      ],
    ],
    { widthsPt: geometry.header, cantSplit: true },
  );
}
