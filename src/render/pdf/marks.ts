/**
 * Độ mật, độ khẩn and phạm vi lưu hành (ô 10a, 10b, 11): bold, in a single-line
 * frame centred under the agency column (NĐ 30/2020, PL I-P.I-M.III-k.2, k.4),
 * độ khẩn in its carved stamp's size; the frames sized once in the core
 * (markFrame, geometry.ts), as the DOCX sizes them.
 */
import { MARK_FRAME, type Block, type RoleStyle, markFrame, markFrameLeftPt } from '../../core/layout';
import { blockBox, type BlockBox, type FrameSpec } from './block-box';
import type { UnitContext } from './units';

/** The core's frame placed in `columnPt`: its left edge, width, spacing and a stamp's fixed line. */
function frameOf(mark: Block, style: RoleStyle, columnPt: number): FrameSpec {
  const frame = markFrame(mark, style);
  const placed = { leftPt: markFrameLeftPt(frame, columnPt), widthPt: frame.widthPt, endsPt: frame.spacePt.ends };
  return frame.exactLinePt === undefined ? placed : { ...placed, exactLinePt: frame.exactLinePt };
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
