/**
 * The header (ô 1–4): agency names with their rule on the left, Quốc hiệu and
 * Tiêu ngữ with theirs on the right, then "Số: …" level with the place and date
 * (NĐ 30/2020, PL I-P.I-M.II-k.1 to k.4; Mẫu 1.7).
 */
import type { Table } from 'docx';
import { blockText, type Block, type Layout } from '../../core/layout/model';
import type { Measures, RoleStyle } from '../../core/measures';
import { contentWidthPt, type Geometry } from './geometry';
import { blockParagraph } from './paragraphs';
import { withRule } from './rules';
import { twoColumnTable } from './tables';
import { balancedLines } from '../../core/layout/text-width';

/** The header as a borderless table of two rows. */
export function headerTable(layout: Layout, measures: Measures, geometry: Geometry): Table {
  const [left, right] = geometry.header.map(contentWidthPt);
  const column = (blocks: readonly Block[], width: number) => blocks.flatMap((block) => {
    const style = measures.styles[block.role];
    return withRule(balanced(block, style, width), style, width);
  });
  const { numberLine, dateLine } = layout.header;
  return twoColumnTable([
    [column(layout.header.left, left), column(layout.header.right, right)],
    [[blockParagraph(numberLine, measures.styles[numberLine.role])], [blockParagraph(dateLine, measures.styles[dateLine.role])]],
  ], { widthsPt: geometry.header, cantSplit: true });
}

/** A one-run name that wraps gets even lines, broken where the author did not break it (PL I-P.I-M.II-k.2-c). */
function balanced(block: Block, style: RoleStyle, widthPt: number): Block {
  if (block.runs.length !== 1) return block;
  const text = balancedLines(blockText(block), widthPt, style.sizePt, style.bold).join('\n');
  return { ...block, runs: [{ ...block.runs[0], text }] };
}
