/** The page body for the preview and the standalone file: units paginated onto sheets, plus the page CSS. */
import type { Layout } from '../../core/layout/model';
import type { Measures } from '../../core/measures';
import { footerDistanceMm, pageCss, printableHeightMm } from './css';
import { estimateBlocksPt, estimateUnits, mmToPt } from './estimate';
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

/** Renders the invitation's sheets and their stylesheet. */
export function renderPage(layout: Layout, m: Measures): RenderedPage {
  const units = pageUnits(layout, m);
  const printable = mmToPt(printableHeightMm(m));
  const footer = layout.contact.length ? mmToPt(footerDistanceMm(m)) + estimateBlocksPt(layout.contact, m) + 1 : 0;
  const overlap = Math.max(0, footer - mmToPt(m.margins.bottom));
  const assignment = paginate(estimateUnits(units, m), printable - overlap, printable);
  return { body: renderSheets(units.map((u) => u.html), assignment, contactHtml(layout, m)), css: pageCss(m), pages: pageCount(assignment) };
}
