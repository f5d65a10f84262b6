/** Blocks set one under another in a column, and columns set side by side (the header's and the foot's tables). */
import { CELL_PADDING_PT } from '../../core/layout';
import type { BlockBox } from './block-box';

/** A column's boxes from its top: where each starts, and the column's height. */
export interface Stack {
  readonly boxes: readonly BlockBox[];
  readonly tops: readonly number[];
  readonly heightPt: number;
}

export function stackOf(boxes: readonly BlockBox[]): Stack {
  const tops: number[] = [];
  let at = 0;
  for (const box of boxes) {
    tops.push(at);
    at += box.heightPt;
  }
  return { boxes, tops, heightPt: at };
}

/** Draws every box of the stack with its top at `y`. */
export function drawStack(doc: PDFKit.PDFDocument, stack: Stack, x: number, y: number): void {
  stack.boxes.forEach((box, i) => box.draw(doc, x, y + stack.tops[i]));
}

/** A table cell of `columnPt`: where its text starts and how wide it is (CELL_PADDING_PT on each side, as the DOCX's cells). */
export function cellOf(leftPt: number, columnPt: number): { readonly xPt: number; readonly widthPt: number } {
  return { xPt: leftPt + CELL_PADDING_PT, widthPt: columnPt - 2 * CELL_PADDING_PT };
}
