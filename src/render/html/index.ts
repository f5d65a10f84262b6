/**
 * The HTML renderer: layout → escaped page body and the page CSS from
 * measures. Pure (no `vscode`, no DOM): the preview, the CLI and the tests use it.
 */
export { renderPage, renderUnits, type PageUnitsHtml, type RenderedPage } from './page';
export { renderStandalone, type StandaloneOptions } from './standalone';
export { escapeAttr, escapeHtml } from './escape';
export { pageCss, fontStack } from './css';
export { printableHeightMm } from '../../core/layout';
export { paginate, paginateFrom, pageCount, type Piece, type Resume, type UnitSize } from './paginate';
