/**
 * The standalone page's only script (`giaymoi preview`): the sheets laid out
 * again by measurement, exactly as the preview does, so that what the browser
 * shows and prints breaks where the DOCX does. The file's CSP admits this
 * script by its hash and nothing else; without it the estimated sheets stay.
 */
import { paginateSheets } from './paginate';

/** Replaces the estimated sheets by the whole units (kept in a template) paginated by measurement. */
function paginateMeasured(): void {
  const pages = document.querySelector<HTMLElement>('.gm-pages');
  const source = document.getElementById('gm-source') as HTMLTemplateElement | null;
  if (!pages || !source) return;
  pages.replaceChildren(source.content.cloneNode(true));
  pages.dataset.pages = String(paginateSheets(pages));
  pages.dataset.paginated = 'measured';
}

paginateMeasured();
// Line breaks move once the fonts have loaded: measure again then (and before any print).
document.fonts?.ready.then(paginateMeasured);
