/**
 * Text widths from the embedded fonts' own metrics (fontkit, through pdfkit),
 * so lines break where the glyphs really end, as LibreOffice breaks the DOCX
 * set in the same font.
 */
import type PDFDocument from 'pdfkit';
import type { Face } from './fonts';

/** Width in points of `text` in `face` at `sizePt`. */
export type Measure = (text: string, face: Face, sizePt: number) => number;

/**
 * Font features as LibreOffice and Word set a DOCX without w:kern: no pair
 * kerning ("Viện" is 0.8 pt wider unkerned at 14 pt, enough to move a word to
 * the next line). Measuring and drawing both use them.
 */
export const FEATURES = { kern: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

/** A measure on `doc`'s registered faces, memoised per face, size and text (lines re-measure the same words). */
export function measureWith(doc: PDFKit.PDFDocument): Measure {
  const memo = new Map<string, number>();
  return (text, face, sizePt) => {
    const key = `${face}\u0000${text}`;
    let perPt = memo.get(key);
    if (perPt === undefined) {
      perPt = doc.font(face).fontSize(1000).widthOfString(text, { features: FEATURES }) / 1000;
      memo.set(key, perPt);
    }
    return perPt * sizePt;
  };
}

export type { PDFDocument };
