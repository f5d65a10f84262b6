/** Widths of the text area and of the header and foot columns, from the measures. */
import { textAreaWidthPt, CELL_PADDING_PT, FOOT_LEFT_FRACTION, type Measures, headerColumnPt } from '../../core/layout';

export interface Geometry {
  /** Width of the text area between the margins. */
  readonly textPt: number;
  /** Header columns: agency (left) and Quốc hiệu – Tiêu ngữ (right). */
  readonly header: readonly [number, number];
  /** Foot columns: nơi nhận (left) and signature (right). */
  readonly foot: readonly [number, number];
}

/** Column widths in points for a page with these measures. */
export function pageGeometry(measures: Measures): Geometry {
  const textPt = textAreaWidthPt(measures);
  const split = (fraction: number) => [textPt * fraction, textPt * (1 - fraction)] as const;
  return {
    textPt,
    header: [headerColumnPt(measures, 0), headerColumnPt(measures, 1)],
    foot: split(FOOT_LEFT_FRACTION),
  };
}

/** Room for text inside a column of `columnPt`. */
export function contentWidthPt(columnPt: number): number {
  return columnPt - 2 * CELL_PADDING_PT;
}
