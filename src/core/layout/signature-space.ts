/**
 * The signature space (ô 7c, 8): the room between the signer's title and the
 * name where the signature and seal go. A form's placeholder printed there
 * ("(Chữ ký, dấu)", nguoi_ky.cho_ky) is broken into lines once for the three
 * renderers, and its height is taken out of the name's space before, so the
 * space, the pagination and the PDF's signature field stay as they were.
 */
import { textAreaWidthPt } from './geometry';
import {
  CELL_PADDING_PT,
  FOOT_LEFT_FRACTION,
  LINE_SAFETY_FRACTION,
  SINGLE_LINE_EM,
  type Measures,
  type RoleStyle,
} from './measures';
import { blockText, type Block } from './model';
import { wrapLines } from './text-width';

/** Width a line of the signature column may take: the column less its padding, less the safety margin. */
function signatureLineLimitPt(m: Measures): number {
  return (textAreaWidthPt(m) * (1 - FOOT_LEFT_FRACTION) - 2 * CELL_PADDING_PT) * (1 - LINE_SAFETY_FRACTION);
}

/** The signature blocks with the placeholder's final line breaks ('\n'), as every renderer draws them. */
export function signatureBlocksWithLines(blocks: readonly Block[], m: Measures): Block[] {
  return blocks.map((block) => {
    if (block.role !== 'cho_ky') return block;
    const style = m.styles.cho_ky;
    const lines = wrapLines(blockText(block), signatureLineLimitPt(m), style.sizePt, style.bold);
    return { ...block, runs: [{ text: lines.join('\n') }] };
  });
}

/** Height of a placeholder block of `block`'s lines, spacing included. */
function placeholderPt(block: Block, style: RoleStyle): number {
  const lines = blockText(block).split('\n').length;
  return style.spaceBeforePt + lines * style.sizePt * SINGLE_LINE_EM + style.spaceAfterPt;
}

/**
 * Each signature block's style: its role's, except a name under a placeholder,
 * whose space before loses the placeholder's height (never below nothing).
 * `blocks` are signatureBlocksWithLines' result.
 */
export function signatureStyles(blocks: readonly Block[], m: Measures): RoleStyle[] {
  return blocks.map((block, i) => {
    const style = m.styles[block.role];
    const above = blocks[i - 1];
    if (block.role !== 'ho_ten' || above?.role !== 'cho_ky') return style;
    const room = style.spaceBeforePt - placeholderPt(above, m.styles.cho_ky);
    return { ...style, spaceBeforePt: Math.max(0, +room.toFixed(3)) };
  });
}
