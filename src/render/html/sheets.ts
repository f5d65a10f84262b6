/** Sheets of A4 from units and a page assignment: page numbers from page 2, the contact block at the foot of page 1. */
import { escapeAttr } from './escape';
import { pageCount } from './paginate';

/** `<section class="gm-sheet">` per page, each unit on its assigned page. */
export function renderSheets(unitsHtml: readonly string[], assignment: readonly number[], contact: string): string {
  const count = pageCount(assignment);
  const pages: string[][] = Array.from({ length: count }, () => []);
  unitsHtml.forEach((html, i) => pages[assignment[i] ?? count - 1].push(html));
  return pages.map((units, i) => sheetHtml(i + 1, units.join(''), i === 0 ? contact : '')).join('');
}

/** One sheet; `n` is the 1-based page number (NĐ 30, PL I-P.I-M.I-k.7: not shown on page 1). */
export function sheetHtml(n: number, units: string, contact: string): string {
  const number = n > 1 ? `<div class="gm-pno">${n}</div>` : '';
  return `<section class="gm-sheet" data-page="${escapeAttr(n)}">${number}<div class="gm-content">${units}${contact}</div></section>`;
}
