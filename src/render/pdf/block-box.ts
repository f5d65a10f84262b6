/**
 * One layout block set in a column: its lines (lines.ts), their places from
 * the role's style (measures.ts: size, alignment, indent, spacing, the single
 * line of SINGLE_LINE_EM), and what it draws beside its text: the rule under
 * it, or the frame of a mark. Heights add as in the DOCX: space before, the
 * lines, the frame or rule, space after.
 */
import {
  BASELINE_EM,
  BODY_LINE_SPACING,
  BODY_ROLES,
  MARK_FRAME,
  RULE_SPACE,
  RULE_WIDTH_PT,
  SINGLE_LINE_EM,
  type Block,
  type RoleStyle,
  mmToPt,
} from '../../core/layout';
import { breakLines, type Line } from './lines';
import { selectFace } from './face-caches';
import type { Measure } from './measure';

/** A frame drawn around the text (độ mật, độ khẩn, phạm vi lưu hành). */
export interface FrameSpec {
  /** Left edge from the column's left, and outer width, border included. */
  readonly leftPt: number;
  readonly widthPt: number;
  /** Room between text and frame above and below. */
  readonly endsPt: number;
  /** A fixed line height (a stamp), else single spacing. */
  readonly exactLinePt?: number;
}

export interface BoxExtras {
  /** A solid rule of this length, centred in the column, under the text. */
  readonly ruleLengthPt?: number;
  readonly frame?: FrameSpec;
}

/** Where a block's parts are drawn, from the box's top. */
export interface BlockBox {
  readonly heightPt: number;
  /** Space after the last line (or rule), which may hang below a page's end. */
  readonly trailingPt: number;
  /** Where the first line starts, from the box's top (after the space before and a frame's top). */
  readonly textTopPt: number;
  /** Bottom of each line, from the box's top. */
  readonly lineBottoms: readonly number[];
  /** Draws lines [from, to) with the box's top at `y`; the rule and frame with the last line. */
  draw(doc: PDFKit.PDFDocument, x: number, y: number, from?: number, to?: number): void;
}

/** The block set in `widthPt` with `style` (the caller may have changed its spacing). */
export function blockBox(
  block: Block,
  style: RoleStyle,
  widthPt: number,
  measure: Measure,
  extras: BoxExtras = {},
): BlockBox {
  const frame = extras.frame;
  const indent = mmToPt(style.firstLineCm * 10);
  const inset = frame ? MARK_FRAME.borderSpacePt + RULE_WIDTH_PT : 0;
  const textLeft = frame ? frame.leftPt + inset : 0;
  const textWidth = frame ? frame.widthPt - 2 * inset : widthPt;
  const lines = breakLines(block.runs, style, textWidth, indent, measure);
  const single = style.sizePt * SINGLE_LINE_EM * (BODY_ROLES.has(block.role) ? BODY_LINE_SPACING : 1);
  const lineHeight = frame?.exactLinePt ?? single;
  const frameEnd = frame ? frame.endsPt + RULE_WIDTH_PT : 0;
  const top = style.spaceBeforePt + frameEnd;
  const lineBottoms = lines.map((_, i) => top + (i + 1) * lineHeight);
  const textEnd = top + lines.length * lineHeight + frameEnd;
  const rule = extras.ruleLengthPt !== undefined ? RULE_SPACE.gapPt + RULE_SPACE.linePt : 0;
  const baseline =
    (frame?.exactLinePt ? (lineHeight - style.sizePt * SINGLE_LINE_EM) / 2 : 0) + BASELINE_EM * style.sizePt;
  return {
    heightPt: textEnd + rule + style.spaceAfterPt,
    trailingPt: style.spaceAfterPt,
    textTopPt: top,
    lineBottoms,
    draw(doc, x, y, from = 0, to = lines.length) {
      doc.fillColor(`#${style.colorHex}`);
      for (let i = from; i < to; i += 1) {
        const first = i === 0 ? indent : 0;
        const lineY = y + top + i * lineHeight + baseline;
        drawLine(doc, lines[i], style, { x: x + textLeft + first, y: lineY, width: textWidth - first });
      }
      if (to < lines.length) return;
      if (frame)
        drawFrame(doc, style, {
          x: x + frame.leftPt,
          y: y + style.spaceBeforePt,
          w: frame.widthPt,
          h: textEnd - style.spaceBeforePt,
        });
      if (extras.ruleLengthPt !== undefined) {
        const left = x + Math.max(0, (widthPt - extras.ruleLengthPt) / 2);
        const at = y + textEnd + RULE_SPACE.gapPt + RULE_WIDTH_PT / 2;
        doc
          .save()
          .lineWidth(RULE_WIDTH_PT)
          .strokeColor('#000000')
          .moveTo(left, at)
          .lineTo(left + extras.ruleLengthPt, at)
          .stroke()
          .restore();
      }
    },
  };
}

/** A line at its baseline, placed by the style's alignment; a justified line widens its spaces. Unkerned: selectFace (face-caches.ts). */
function drawLine(
  doc: PDFKit.PDFDocument,
  line: Line,
  style: RoleStyle,
  at: { x: number; y: number; width: number },
): void {
  const free = at.width - line.widthPt;
  const justify = style.align === 'justify' && !line.ends && line.spaces > 0 && free > 0;
  const extra = justify ? free / line.spaces : 0;
  const start = at.x + (style.align === 'center' ? free / 2 : 0);
  for (const segment of line.segments) {
    const text = segment.text;
    if (!text.trim()) continue;
    const x = start + segment.xPt + extra * segment.spacesBefore;
    selectFace(doc, segment.face);
    doc.fontSize(style.sizePt);
    const options = { lineBreak: false, baseline: 'alphabetic' } as const;
    if (!extra || !/ /.test(text)) doc.text(text, x, at.y, options);
    else if (/^\S+( \S+)*$/.test(text)) doc.text(text, x, at.y, { ...options, wordSpacing: extra });
    else drawWords(doc, text, x, at.y, extra, style.sizePt);
  }
}

/** A segment with odd spacing, word by word: each word after its spaces, widened. */
function drawWords(doc: PDFKit.PDFDocument, text: string, x: number, y: number, extra: number, sizePt: number): void {
  let at = x;
  for (const piece of text.split(/( +)/)) {
    if (!piece) continue;
    if (piece.startsWith(' ')) at += doc.fontSize(sizePt).widthOfString(piece) + extra * piece.length;
    else {
      doc.text(piece, at, y, { lineBreak: false, baseline: 'alphabetic' });
      at += doc.widthOfString(piece);
    }
  }
}

function drawFrame(
  doc: PDFKit.PDFDocument,
  style: RoleStyle,
  box: { x: number; y: number; w: number; h: number },
): void {
  const half = RULE_WIDTH_PT / 2;
  doc
    .save()
    .lineWidth(RULE_WIDTH_PT)
    .strokeColor(`#${style.colorHex}`)
    .rect(box.x + half, box.y + half, box.w - RULE_WIDTH_PT, box.h - RULE_WIDTH_PT)
    .stroke()
    .restore();
}
