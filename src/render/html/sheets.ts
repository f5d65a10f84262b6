/** Sheets of A4 from units and a page assignment: page numbers from page 2, the contact block in page 1's bottom margin (its footer). */
import { escapeAttr } from './escape';
import { pageCount, type Piece } from './paginate';

/** `<section class="gm-sheet">` per page, each unit on the page where it starts (the Node side never splits a unit). */
export function renderSheets(unitsHtml: readonly string[], pieces: readonly Piece[], contact: string): string {
  const count = pageCount(pieces);
  const pages: string[][] = Array.from({ length: count }, () => []);
  const pageOf = new Map<number, number>();
  for (const piece of pieces) if (!pageOf.has(piece.unit)) pageOf.set(piece.unit, piece.page);
  unitsHtml.forEach((html, i) => pages[pageOf.get(i) ?? count - 1].push(html));
  return pages.map((units, i) => sheetHtml(i + 1, units.join(''), i === 0 ? contact : '')).join('');
}

/** One sheet; `n` is the 1-based page number (NĐ 30, PL I-P.I-M.I-k.7: not shown on page 1). */
export function sheetHtml(n: number, units: string, contact: string): string {
  const number = n > 1 ? `<div class="gm-pno">${n}</div>` : '';
  return `<section class="gm-sheet" data-page="${escapeAttr(n)}">${number}<div class="gm-content">${units}</div>${contact}</section>`;
}
