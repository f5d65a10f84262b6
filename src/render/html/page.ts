/**
 * The page for the standalone file (units paginated onto sheets by the height
 * estimate) and for the preview (the units alone: the webview lays them out by
 * measuring), plus the page CSS.
 */
import { type Layout, footerDistanceMm, mmToPt, printableHeightMm, type Measures } from '../../core/layout';
import { pageCss } from './css';
import { estimateBlocksPt, estimateUnits } from './estimate';
import { paginate, pageCount } from './paginate';
import { renderSheets } from './sheets';
import { contactHtml, pageUnits } from './units';

export interface RenderedPage {
  /** The sheets (paginated by the height estimate; the webview re-paginates by measuring). */
  readonly body: string;
  readonly css: string;
  /** Sheets in `body`. */
  readonly pages: number;
}

/** Renders the invitation's sheets, paragraphs cut at the estimated page breaks, and their stylesheet. */
export function renderPage(layout: Layout, m: Measures): RenderedPage {
  const units = pageUnits(layout, m);
  const printable = mmToPt(printableHeightMm(m));
  const footer = layout.contact.length ? mmToPt(footerDistanceMm(m)) + estimateBlocksPt(layout.contact, m) + 1 : 0;
  const overlap = Math.max(0, footer - mmToPt(m.margins.bottom));
  const assignment = paginate(estimateUnits(units, m), printable - overlap, printable);
  return {
    body: renderSheets(units, assignment, contactHtml(layout, m), m),
    css: pageCss(m),
    pages: pageCount(assignment),
  };
}

/** The units' HTML in reading order and page 1's footer: what the preview webview lays onto sheets. */
export interface PageUnitsHtml {
  readonly units: readonly string[];
  /** The contact block (page 1's footer), or ''. */
  readonly contact: string;
}

/** The preview's page: no estimate, no sheets (the webview measures and paginates, and keeps what an edit did not change). */
export function renderUnits(layout: Layout, m: Measures): PageUnitsHtml {
  return { units: pageUnits(layout, m).map((u) => u.html), contact: contactHtml(layout, m) };
}
