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

/**
 * Renders the invitation's sheets and their stylesheet. `splitParagraphs` cuts
 * paragraphs at the estimated page breaks (the standalone file); the webview
 * gets them whole, because it measures and cuts them itself.
 */
export function renderPage(layout: Layout, m: Measures, options: { splitParagraphs?: boolean } = {}): RenderedPage {
  const units = pageUnits(layout, m);
  const printable = mmToPt(printableHeightMm(m));
  const footer = layout.contact.length ? mmToPt(footerDistanceMm(m)) + estimateBlocksPt(layout.contact, m) + 1 : 0;
  const overlap = Math.max(0, footer - mmToPt(m.margins.bottom));
  const sizes = estimateUnits(units, m).map((size) => (options.splitParagraphs ? size : { ...size, lineBottoms: undefined }));
  const assignment = paginate(sizes, printable - overlap, printable);
  return { body: renderSheets(units, assignment, contactHtml(layout, m), m), css: pageCss(m), pages: pageCount(assignment) };
}
