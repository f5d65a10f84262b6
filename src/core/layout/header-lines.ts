/**
 * The header's lines, decided once for both renderers: each name in the
 * agency column (and the Quốc hiệu column) broken by words within its
 * column less the safety margin, as explicit '\n' breaks that the preview and
 * the DOCX draw as they are (NĐ 30/2020, PL I-P.I-M.II-k.1, k.2-c).
 */
import { textAreaWidthPt } from './geometry';
import { CELL_PADDING_PT, HEADER_LEFT_FRACTION, LINE_SAFETY_FRACTION, type Measures, type RoleStyle } from './measures';
import { blockText, type Block } from './model';
import { nameLines, type NameLines } from './name-lines';

/** 0: the agency column (left), 1: the Quốc hiệu column (right). */
export type HeaderColumn = 0 | 1;

/** Width of a header column, edge to edge. */
export function headerColumnPt(m: Measures, column: HeaderColumn): number {
  const share = column === 0 ? HEADER_LEFT_FRACTION : 1 - HEADER_LEFT_FRACTION;
  return textAreaWidthPt(m) * share;
}

/** Width a header line may take: the column less its padding, less the safety margin. */
export function headerLineLimitPt(m: Measures, column: HeaderColumn): number {
  return (headerColumnPt(m, column) - 2 * CELL_PADDING_PT) * (1 - LINE_SAFETY_FRACTION);
}

/** The lines of a header name set in `style` in that column (`wordList`: see nameLines). */
export function headerNameLines(
  text: string,
  style: RoleStyle,
  m: Measures,
  column: HeaderColumn,
  wordList = true,
): NameLines {
  return nameLines(text, headerLineLimitPt(m, column), { sizePt: style.sizePt, bold: style.bold }, wordList);
}

/** The header blocks of a column with their final line breaks. */
export function headerBlocksWithLines(blocks: readonly Block[], m: Measures, column: HeaderColumn): Block[] {
  return blocks.map((block) => {
    if (block.runs.length !== 1) return block;
    const { lines } = headerNameLines(blockText(block), m.styles[block.role], m, column);
    return { ...block, runs: [{ ...block.runs[0], text: lines.join('\n') }] };
  });
}
