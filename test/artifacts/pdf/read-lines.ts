/**
 * The lines of a PDF as poppler reads them (pdftotext -bbox-layout): each
 * line's page, words and box in points. The PDF checks compare ours with
 * LibreOffice's rendering of our DOCX line by line.
 */
import { run } from '../docx/tools';

export interface PdfLine {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);
const LINE = /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g;
const WORD = /<word [^>]*>([^<]*)<\/word>/g;

/** Every line of every page, in poppler's reading order, pages numbered from 1. */
export function pdfLines(pdf: string): PdfLine[] {
  const xml = run('pdftotext', ['-bbox-layout', pdf, '-']);
  return xml
    .split(/<page /)
    .slice(1)
    .flatMap((page, i) =>
      [...page.matchAll(LINE)].map((m) => ({
        page: i + 1,
        xMin: +m[1],
        yMin: +m[2],
        xMax: +m[3],
        yMax: +m[4],
        text: [...m[5].matchAll(WORD)].map((w) => decode(w[1]).normalize('NFC')).join(' '),
      })),
    );
}

/** Lines sorted top to bottom, then left to right, per page (reading order differs between producers for side-by-side cells). */
export function byPosition(lines: readonly PdfLine[]): PdfLine[] {
  return [...lines].sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.xMin - b.xMin);
}
