/**
 * Text widths from the embedded fonts' own metrics (fontkit, through pdfkit),
 * so lines break where the glyphs really end, as LibreOffice breaks the DOCX
 * set in the same font. The widths are kept per parsed font for the
 * process's life, as the shaped words are (face-caches.ts).
 */
import type PDFDocument from 'pdfkit';
import { selectFace } from './face-caches';
import type { Face } from './fonts';

/** Width in points of `text` in `face` at `sizePt`. */
export type Measure = (text: string, face: Face, sizePt: number) => number;

/** Widths at 1 pt by text, per parsed font, for the process's life. */
const widthsByFont = new WeakMap<object, Map<string, number>>();

/** Texts measured per parsed font before the cache starts afresh. */
const MAX_TEXTS = 20_000;

/** A measure on `doc`'s registered faces, each word shaped once per process and face. */
export function measureWith(doc: PDFKit.PDFDocument): Measure {
  const caches = new Map<Face, Map<string, number>>();
  const cacheOf = (face: Face) => {
    const parsed = selectFace(doc, face).font;
    let widths = widthsByFont.get(parsed);
    if (!widths || widths.size > MAX_TEXTS) widthsByFont.set(parsed, (widths = new Map()));
    caches.set(face, widths);
    return widths;
  };
  return (text, face, sizePt) => {
    const widths = caches.get(face) ?? cacheOf(face);
    let perPt = widths.get(text);
    if (perPt === undefined) {
      perPt = selectFace(doc, face).widthOfString(text, 1000) / 1000;
      widths.set(text, perPt);
    }
    return perPt * sizePt;
  };
}

export type { PDFDocument };
