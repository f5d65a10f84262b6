/**
 * Độ mật, độ khẩn and phạm vi lưu hành (ô 10a, 10b, 11): upper case, bold, in a
 * single-line frame sized to the text, under the agency column (NĐ 30/2020,
 * PL I-P.I-M.III-k.2, k.4).
 */
import { BorderStyle, type Paragraph } from 'docx';
import { blockText, type Block } from '../../core/layout/model';
import { MARK_FRAME, RULE_WIDTH_PT, type Measures } from '../../core/measures';
import type { Geometry } from './geometry';
import { blockParagraph } from './paragraphs';
import { textWidthPt } from '../../core/layout/text-width';

/** A single-line frame in the mark's own colour. */
const frame = (colorHex: string) => ({ style: BorderStyle.SINGLE, size: Math.round(RULE_WIDTH_PT * 8), color: colorHex, space: MARK_FRAME.borderSpacePt }) as const;

/** One framed paragraph per mark, centred under the header's left column. */
export function markParagraphs(marks: readonly Block[], measures: Measures, geometry: Geometry): Paragraph[] {
  return marks.map((mark, i) => {
    const style = measures.styles[mark.role];
    const boxPt = textWidthPt(blockText(mark), style.sizePt, style.bold) + 2 * MARK_FRAME.paddingPt;
    const left = Math.max(0, (geometry.header[0] - boxPt) / 2);
    const right = Math.max(0, geometry.textPt - left - boxPt);
    return blockParagraph(mark, { ...style, align: 'center', spaceBeforePt: i === 0 ? MARK_FRAME.firstSpaceBeforePt : MARK_FRAME.spaceBetweenPt }, {
      border: { top: frame(style.colorHex), bottom: frame(style.colorHex), left: frame(style.colorHex), right: frame(style.colorHex) },
      sidesPt: [left, right],
      keepNext: true,
    });
  });
}
