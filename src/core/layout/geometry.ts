/**
 * The page's geometry in every unit a renderer draws in: millimetres (the
 * decree's), points (CSS pt, PDF, the text-width tables), twips and
 * half-points (WordprocessingML). The only place these conversions and
 * distances exist: the preview, the DOCX and the PDF read them here, so all
 * place the text area, the page number, the footer, the marks' frames and the
 * rules alike.
 */
import {
  MARK_FRAME,
  PAGE_NUMBER,
  RULE_WIDTH_PT,
  SINGLE_LINE_EM,
  URGENCY_STAMPS_MM,
  textWidthMm,
  type Measures,
  type RoleStyle,
} from './measures';
import { blockText, type Block } from './model';
import { longestLinePt, textWidthPt } from './text-width';

/** 1 in = 25.4 mm = 72 pt = 1440 twips. */
const MM_PER_INCH = 25.4;
const PT_PER_INCH = 72;
const TWIPS_PER_INCH = 1440;

/** Points per millimetre (1 pt = 1/72 in, 1 in = 25.4 mm). */
export const PT_PER_MM = PT_PER_INCH / MM_PER_INCH;

/** Millimetres to points. */
export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}

/** Points to millimetres. */
export function ptToMm(pt: number): number {
  return (pt * MM_PER_INCH) / PT_PER_INCH;
}

/** Millimetres to twips (A4 210 mm → 11906). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);
}

/** Centimetres to twips (1 cm → 567). */
export function cmToTwip(cm: number): number {
  return mmToTwip(cm * 10);
}

/** Points to twips (1/20 pt). */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to the half-points of `w:sz` (13 pt → 26). */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Width available for text, in points. */
export function textAreaWidthPt(m: Measures): number {
  return mmToPt(textWidthMm(m));
}

/** Printable height of a sheet, mm (297 − top − bottom). */
export function printableHeightMm(m: Measures): number {
  return m.page.heightMm - m.margins.top - m.margins.bottom;
}

/**
 * Distance from the paper's edge to a line of `linePt` type centred in a
 * margin of `marginMm`: the margin less one single-spaced line, halved.
 */
export function marginLineMm(marginMm: number, linePt: number): number {
  return Math.max(0, (marginMm - ptToMm(linePt * SINGLE_LINE_EM)) / 2);
}

/** Where page 1's footer (the contact block, ô 13) ends above the paper's bottom edge. */
export function footerDistanceMm(m: Measures): number {
  return marginLineMm(m.margins.bottom, PAGE_NUMBER.sizePt);
}

/** Where the page number's line (from page 2, PL I-P.I-M.I-k.7) starts below the paper's top edge. */
export function headerDistanceMm(m: Measures): number {
  return marginLineMm(m.margins.top, PAGE_NUMBER.sizePt);
}

/** The frame of a mark (độ mật, độ khẩn, phạm vi lưu hành), as every renderer sizes it. */
export interface MarkFrame {
  /** Outer width, border lines included. */
  readonly widthPt: number;
  /** Room between text and frame: above and below, and at the sides. */
  readonly spacePt: { readonly ends: number; readonly sides: number };
  /** Exact line height that makes the frame as tall as its stamp. */
  readonly exactLinePt?: number;
}

/** Độ khẩn in its carved stamp's size (URGENCY_STAMPS_MM), the other marks sized to their text. */
export function markFrame(mark: Block, style: RoleStyle): MarkFrame {
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

/** The frame's left edge, centred in a column `columnPt` wide (the header's left column). */
export function markFrameLeftPt(frame: MarkFrame, columnPt: number): number {
  return Math.max(0, (columnPt - frame.widthPt) / 2);
}

/** Rule length under a block: the style's fraction of its longest line as wrapped in `columnPt`. */
export function ruleLengthPt(block: Block, style: RoleStyle, columnPt: number): number {
  return style.ruleFraction * longestLinePt(blockText(block), columnPt, style.sizePt, style.bold);
}
