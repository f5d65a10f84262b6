/**
 * Độ mật, độ khẩn and phạm vi lưu hành (ô 10a, 10b, 11): upper case, bold, in a
 * single-line frame under the agency column (NĐ 30/2020, PL I-P.I-M.III-k.2, k.4):
 * độ khẩn in its carved stamp's size (URGENCY_STAMPS_MM), the others sized to the text.
 * A paragraph border is drawn `space` outside the indents, so the indents are
 * set that far (plus the line) inside the frame.
 */
import { BorderStyle, type Paragraph } from 'docx';
import {
  blockText,
  type Block,
  MARK_FRAME,
  RULE_WIDTH_PT,
  URGENCY_STAMPS_MM,
  type Measures,
  type RoleStyle,
  textWidthPt,
  mmToPt,
} from '../../core/layout';
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

interface Frame {
  /** Outer width, border lines included. */
  readonly widthPt: number;
  /** Room between text and frame: above and below, and at the sides. */
  readonly spacePt: { readonly ends: number; readonly sides: number };
  /** Exact line height that makes the frame as tall as its stamp. */
  readonly exactLinePt?: number;
}

function frameOf(mark: Block, style: RoleStyle): Frame {
  const sides = MARK_FRAME.borderSpacePt;
  if (mark.stamp) {
    const stamp = URGENCY_STAMPS_MM[mark.stamp];
    const ends = MARK_FRAME.stampSpacePt;
    const exactLinePt = mmToPt(stamp.heightMm) - 2 * (ends + RULE_WIDTH_PT);
    return { widthPt: mmToPt(stamp.widthMm), spacePt: { ends, sides }, exactLinePt };
  }
  const text = textWidthPt(blockText(mark), style.sizePt, style.bold) + 2 * MARK_FRAME.paddingPt;
  return { widthPt: text + 2 * (sides + RULE_WIDTH_PT), spacePt: { ends: sides, sides } };
}

/** One framed paragraph per mark, centred under the header's left column. */
export function markParagraphs(marks: readonly Block[], measures: Measures, geometry: Geometry): Paragraph[] {
  return marks.map((mark, i) => {
    const style = measures.styles[mark.role];
    const frame = frameOf(mark, style);
    const outerLeft = Math.max(0, (geometry.header[0] - frame.widthPt) / 2);
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
