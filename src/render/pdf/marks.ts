/**
 * Độ mật, độ khẩn and phạm vi lưu hành (ô 10a, 10b, 11): bold, in a single-line
 * frame centred under the agency column (NĐ 30/2020, PL I-P.I-M.III-k.2, k.4),
 * độ khẩn in its carved stamp's size; the frames as the DOCX sizes them (marks.ts there).
 */
import {
  MARK_FRAME,
  RULE_WIDTH_PT,
  URGENCY_STAMPS_MM,
  type Block,
  type RoleStyle,
  blockText,
  mmToPt,
  textWidthPt,
} from '../../core/layout';
import { blockBox, type BlockBox, type FrameSpec } from './block-box';
import type { UnitContext } from './units';

/** The frame's width and spacing (and a stamp's fixed line), its left edge centred in `columnPt`. */
function frameOf(mark: Block, style: RoleStyle, columnPt: number): FrameSpec {
  const sides = MARK_FRAME.borderSpacePt;
  const centred = (widthPt: number) => Math.max(0, (columnPt - widthPt) / 2);
  if (mark.stamp) {
    const stamp = URGENCY_STAMPS_MM[mark.stamp];
    const ends = MARK_FRAME.stampSpacePt;
    const widthPt = mmToPt(stamp.widthMm);
    const exactLinePt = mmToPt(stamp.heightMm) - 2 * (ends + RULE_WIDTH_PT);
    return { leftPt: centred(widthPt), widthPt, endsPt: ends, exactLinePt };
  }
  const text = textWidthPt(blockText(mark), style.sizePt, style.bold) + 2 * MARK_FRAME.paddingPt;
  const widthPt = text + 2 * (sides + RULE_WIDTH_PT);
  return { leftPt: centred(widthPt), widthPt, endsPt: sides };
}

/** One framed box per mark. */
export function markBoxes(marks: readonly Block[], c: UnitContext): BlockBox[] {
  return marks.map((mark, i) => {
    const base = c.measures.styles[mark.role];
    const spaceBeforePt = i === 0 ? MARK_FRAME.firstSpaceBeforePt : MARK_FRAME.spaceBetweenPt;
    const style = { ...base, align: 'center' as const, spaceBeforePt };
    return blockBox(mark, style, c.geometry.textPt, c.measure, { frame: frameOf(mark, style, c.geometry.header[0]) });
  });
}
