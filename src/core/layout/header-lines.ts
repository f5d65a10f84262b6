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
import { textWidthPt } from './text-width';

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

/** The lines of a header name set in `style` in that column (`wordList`: see WordOptions). */
export function headerNameLines(
  text: string,
  style: RoleStyle,
  m: Measures,
  column: HeaderColumn,
  wordList = true,
): NameLines {
  return nameLines(text, headerLineLimitPt(m, column), { sizePt: style.sizePt, bold: style.bold }, { wordList });
}

/** The header blocks of a column with their final line breaks. */
export function headerBlocksWithLines(blocks: readonly Block[], m: Measures, column: HeaderColumn): Block[] {
  return blocks.map((block) => {
    if (block.runs.length !== 1) return block;
    const { lines } = headerNameLines(blockText(block), m.styles[block.role], m, column);
    return { ...block, runs: [{ ...block.runs[0], text: lines.join('\n') }] };
  });
}

/**
 * The place-and-date line as drawn: one line when it fits the right column,
 * else broken after the place's comma so the date stays whole ("Thành phố Hồ
 * Chí Minh, / ngày 18 tháng 11 năm 2025"), never "… năm / 2025" (PL I-P.I-M.II-k.4).
 * Trailing spaces (an undated draft's last blank) hang past the line's end.
 */
export function dateLineWithBreak(block: Block, m: Measures): Block {
  const [first, ...rest] = block.runs;
  const comma = first?.text.lastIndexOf(', ngày ') ?? -1;
  if (comma < 0 || dateLineFits(block, m)) return block;
  const text = `${first.text.slice(0, comma + 1)}\n${first.text.slice(comma + 2)}`;
  return { ...block, runs: [{ ...first, text }, ...rest] };
}

/** Whether the place-and-date line fits one line of the right column (GM044 asks too). */
export function dateLineFits(block: Block, m: Measures): boolean {
  const style = m.styles[block.role];
  const text = blockText(block).replace(/ +$/, '');
  return textWidthPt(text, style.sizePt, style.bold) <= headerLineLimitPt(m, 1);
}
