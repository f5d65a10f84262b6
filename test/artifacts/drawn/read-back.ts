/**
 * Reading back what was drawn: the words of a LibreOffice PDF with their boxes
 * (pdftotext -bbox-layout), lines grouped from them, baselines, and the box of
 * the red ink on a page (pdftoppm), for the header, foot and stamp tests.
 */
import { readFileSync } from 'node:fs';
import { run } from '../docx/tools';

export interface Word {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);

/** Every word of the PDF with its box in points, pages numbered from 1. */
export function pdfWords(pdf: string): Word[] {
  const xml = run('pdftotext', ['-bbox-layout', pdf, '-']);
  return xml
    .split(/<page /)
    .slice(1)
    .flatMap((page, i) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          page: i + 1,
          xMin: +m[1],
          yMin: +m[2],
          xMax: +m[3],
          yMax: +m[4],
          text: decode(m[5]).normalize('NFC'),
        }),
      ),
    );
}

/** Liberation Serif (as Times New Roman): ascent 891, descent 216 per 1000 em; poppler's boxes span them. */
const DESCENT_SHARE = 216 / (891 + 216);

/** The baseline under a word box that spans the font's ascent and descent. */
export function baseline(box: { yMax: number; yMin: number }): number {
  return box.yMax - (box.yMax - box.yMin) * DESCENT_SHARE;
}

/** Words grouped into lines (same page, baselines within 2 pt), top to bottom, each left to right. */
export function groupLines(words: readonly Word[]): string[] {
  const sorted = [...words].sort((a, b) => a.page - b.page || baseline(a) - baseline(b) || a.xMin - b.xMin);
  const lines: Word[][] = [];
  for (const word of sorted) {
    const last = lines[lines.length - 1];
    if (last && last[0].page === word.page && Math.abs(baseline(last[0]) - baseline(word)) < 2) last.push(word);
    else lines.push([word]);
  }
  return lines.map((line) =>
    line
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' '),
  );
}

/** Width and height in millimetres of the red ink on `page` of the PDF, rendered at 300 dpi. */
export function redInkMm(pdf: string, page: number, scratch: string): { widthMm: number; heightMm: number } {
  run('pdftoppm', ['-r', '300', '-f', String(page), '-l', String(page), '-singlefile', pdf, scratch]);
  const { width, data, offset } = readPpm(`${scratch}.ppm`);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
  for (let i = offset, p = 0; i + 2 < data.length; i += 3, p += 1) {
    if (data[i] > 180 && data[i + 1] < 90 && data[i + 2] < 90) {
      const [x, y] = [p % width, Math.floor(p / width)];
      [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
    }
  }
  const mm = (px: number) => (px / 300) * 25.4;
  return { widthMm: x1 < 0 ? 0 : mm(x1 - x0 + 1), heightMm: y1 < 0 ? 0 : mm(y1 - y0 + 1) };
}

/** A binary PPM (P6, maxval 255): width and where the pixels start. */
function readPpm(file: string): { width: number; data: Buffer; offset: number } {
  const data = readFileSync(file);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${file} is not a binary PPM`);
  return { width: Number(header[1]), data, offset: header[0].length };
}
