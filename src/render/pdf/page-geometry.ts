/** The page in PDF points, from the core's measures and geometry: text area, header and foot columns, furniture. */
import {
  FOOT_LEFT_FRACTION,
  type Measures,
  footerDistanceMm,
  headerColumnPt,
  headerDistanceMm,
  mmToPt,
  textAreaWidthPt,
} from '../../core/layout';

export interface PageGeometry {
  readonly widthPt: number;
  readonly heightPt: number;
  /** The text area's top-left corner and width. */
  readonly leftPt: number;
  readonly topPt: number;
  readonly textPt: number;
  /** Height between the top and bottom margins. */
  readonly printablePt: number;
  readonly header: readonly [number, number];
  readonly foot: readonly [number, number];
  /** Where the page number's line starts, from the paper's top (pages 2 on). */
  readonly pageNumberTopPt: number;
  /** Where page 1's footer ends, from the paper's bottom. */
  readonly footerBottomPt: number;
}

export function pageGeometry(m: Measures): PageGeometry {
  const textPt = textAreaWidthPt(m);
  return {
    widthPt: mmToPt(m.page.widthMm),
    heightPt: mmToPt(m.page.heightMm),
    leftPt: mmToPt(m.margins.left),
    topPt: mmToPt(m.margins.top),
    textPt,
    printablePt: mmToPt(m.page.heightMm - m.margins.top - m.margins.bottom),
    header: [headerColumnPt(m, 0), headerColumnPt(m, 1)],
    foot: [textPt * FOOT_LEFT_FRACTION, textPt * (1 - FOOT_LEFT_FRACTION)],
    pageNumberTopPt: mmToPt(headerDistanceMm(m)),
    footerBottomPt: mmToPt(footerDistanceMm(m)),
  };
}
