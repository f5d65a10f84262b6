/** Unit conversions for WordprocessingML: twips (1/20 pt) and half-points. */

const TWIPS_PER_INCH = 1440;
const MM_PER_INCH = 25.4;

/** Millimetres to twips (A4 210 mm → 11906). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);
}

/** Centimetres to twips (1 cm → 567). */
export function cmToTwip(cm: number): number {
  return mmToTwip(cm * 10);
}

/** Points to twips. */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to millimetres. */
export function ptToMm(pt: number): number {
  return (pt * MM_PER_INCH) / 72;
}

/** Millimetres to points. */
export function mmToPt(mm: number): number {
  return (mm * 72) / MM_PER_INCH;
}

/** Points to the half-points of `w:sz` (13 pt → 26). */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}
