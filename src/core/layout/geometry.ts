/**
 * The page's geometry in every unit a renderer draws in: millimetres (the
 * decree's), points (CSS pt, PDF, the text-width tables), twips and
 * half-points (WordprocessingML). The only place these conversions and
 * distances exist: the preview and the DOCX read them here, so both place
 * the text area, the page number and the footer alike.
 */
import { PAGE_NUMBER, SINGLE_LINE_EM, textWidthMm, type Measures } from './measures';

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
