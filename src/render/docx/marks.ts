/**
 * Độ mật, độ khẩn and phạm vi lưu hành (ô 10a, 10b, 11): upper case, bold, in a
 * single-line frame under the agency column (NĐ 30/2020, PL I-P.I-M.III-k.2, k.4):
 * the frames sized once in the core (markFrame, geometry.ts).
 * A paragraph border is drawn `space` outside the indents, so the indents are
 * set that far (plus the line) inside the frame.
 */
import { BorderStyle, type Paragraph } from 'docx';
import { type Block, MARK_FRAME, RULE_WIDTH_PT, type Measures, markFrame, markFrameLeftPt } from '../../core/layout';
import type { Geometry } from './geometry';
import { blockParagraph } from './paragraphs';

/** A single-line frame in the mark's own colour, `spacePt` from the text. */
const edge = (colorHex: string, spacePt: number) =>
  ({
    style: BorderStyle.SINGLE,
    size: Math.round(RULE_WIDTH_PT * 8),
    color: colorHex,
    space: spacePt,
  }) as const;

/** One framed paragraph per mark, centred under the header's left column. */
export function markParagraphs(marks: readonly Block[], measures: Measures, geometry: Geometry): Paragraph[] {
  return marks.map((mark, i) => {
    const style = measures.styles[mark.role];
    const frame = markFrame(mark, style);
    const outerLeft = markFrameLeftPt(frame, geometry.header[0]);
    const inset = frame.spacePt.sides + RULE_WIDTH_PT;
    const [ends, sides] = [edge(style.colorHex, frame.spacePt.ends), edge(style.colorHex, frame.spacePt.sides)];
    const spaceBeforePt = i === 0 ? MARK_FRAME.firstSpaceBeforePt : MARK_FRAME.spaceBetweenPt;
    return blockParagraph(
      mark,
      { ...style, align: 'center', spaceBeforePt },
      {
        border: { top: ends, bottom: ends, left: sides, right: sides },
        sidesPt: [outerLeft + inset, Math.max(0, geometry.textPt - outerLeft - frame.widthPt + inset)],
        exactLinePt: frame.exactLinePt,
        keepNext: true,
      },
    );
  });
}
