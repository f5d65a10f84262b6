/**
 * The standalone page's only script (`giaymoi preview`): the sheets laid out
 * again by measurement, exactly as the preview does, so that what the browser
 * shows and prints breaks where the DOCX does. The file's CSP admits this
 * script by its hash and nothing else; without it the estimated sheets stay.
 */
import { SheetFlow } from './flow';

/** Replaces the estimated sheets by the units (kept whole in a template) laid out by measurement. */
function paginateMeasured(): void {
  const pages = document.querySelector<HTMLElement>('.gm-pages');
  const source = document.getElementById('gm-source') as HTMLTemplateElement | null;
  if (!pages || !source) return;
  const top = Array.from(source.content.children);
  const units = top.filter((e) => e.classList.contains('gm-unit')).map((unit) => unit.outerHTML);
  const contact = top.find((e) => e.classList.contains('gm-contact'))?.outerHTML ?? '';
  const flow = new SheetFlow(pages);
  flow.reset();
  flow.update(units, contact);
  pages.dataset.pages = String(flow.pages);
  pages.dataset.paginated = 'measured';
}

paginateMeasured();
// Line breaks move once the fonts have loaded: measure again then (and before any print).
void document.fonts?.ready.then(paginateMeasured);
