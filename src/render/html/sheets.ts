/** Sheets of A4 from units and their pieces: page numbers from page 2, the contact block in page 1's bottom margin (its footer). */
import { textAreaWidthPt, type Measures } from '../../core/layout';
import { renderBlock, sliceRuns } from './blocks';
import { escapeAttr } from './escape';
import { lineStarts } from './estimate';
import { pageCount, type Piece } from './paginate';
import { unitHtml, type PageUnit } from './units';

/** `<section class="gm-sheet">` per page; a paragraph split by the pieces is cut at the estimated line. */
export function renderSheets(
  units: readonly PageUnit[],
  pieces: readonly Piece[],
  contact: string,
  m: Measures,
): string {
  const pages: string[][] = Array.from({ length: pageCount(pieces) }, () => []);
  pieces.forEach((piece, i) => {
    const next = pieces[i + 1]?.unit === piece.unit ? pieces[i + 1] : undefined;
    const whole = piece.fromLine === 0 && !next;
    pages[piece.page].push(
      whole ? units[piece.unit].html : pieceHtml(units[piece.unit], piece.fromLine, next?.fromLine, m),
    );
  });
  return pages.map((units, i) => sheetHtml(i + 1, units.join(''), i === 0 ? contact : '')).join('');
}

/** Lines [from, to) of a splittable paragraph as their own unit: a head has no space after, a tail no indent. */
function pieceHtml(unit: PageUnit, from: number, to: number | undefined, m: Measures): string {
  const block = unit.splittable;
  if (!block) return unit.html;
  const starts = lineStarts(block, m, textAreaWidthPt(m));
  const end = to === undefined ? Infinity : starts[to];
  const classes = [from > 0 ? 'gm-split-tail' : '', to !== undefined ? 'gm-split-head' : ''].filter(Boolean).join(' ');
  return unitHtml('body', renderBlock({ ...block, runs: sliceRuns(block.runs, starts[from], end) }, false, classes));
}

/** One sheet; `n` is the 1-based page number (NĐ 30, PL I-P.I-M.I-k.7: not shown on page 1). */
export function sheetHtml(n: number, units: string, contact: string): string {
  const number = n > 1 ? `<div class="gm-pno">${n}</div>` : '';
  return `<section class="gm-sheet" data-page="${escapeAttr(n)}">${number}<div class="gm-content">${units}</div>${contact}</section>`;
}
