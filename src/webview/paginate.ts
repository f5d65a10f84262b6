/**
 * Pagination by measurement: every unit's real height against the sheet's
 * printable height (297 − top − bottom mm, read from the laid-out sheet), then
 * units moved onto as many sheets as needed. Runs synchronously after each
 * update, before the browser paints, so nothing flickers.
 */
import { paginate, pageCount, type UnitSize } from '../render/html/paginate';

const FLOWING = new Set(['gm-u-body', 'gm-u-title']);

/** Re-paginates the sheets inside `root`; returns the number of sheets. */
export function paginateSheets(root: HTMLElement): number {
  const units = Array.from(root.querySelectorAll<HTMLElement>('.gm-unit'));
  const content = root.querySelector<HTMLElement>('.gm-content');
  if (!content) return 0;
  const contact = root.querySelector<HTMLElement>('.gm-contact');
  const capacity = content.getBoundingClientRect().height;
  const scale = content.offsetHeight > 0 ? capacity / content.offsetHeight : 1;
  const contactHeight = contact ? contact.getBoundingClientRect().height : 0;
  const assignment = paginate(units.map((u) => measure(u, scale)), capacity - contactHeight, capacity);
  arrange(root, units, assignment, contact);
  return pageCount(assignment);
}

/** Height on screen; `trailing` is the last paragraph's space after (may hang below the last line). */
function measure(unit: HTMLElement, scale: number): UnitSize {
  const height = unit.getBoundingClientRect().height;
  const last = unit.lastElementChild;
  const flowing = Array.from(unit.classList).some((c) => FLOWING.has(c));
  const trailing = flowing && last ? parseFloat(getComputedStyle(last).paddingBottom) * scale : 0;
  return { height, trailing: Number.isFinite(trailing) ? trailing : 0 };
}

/** Puts each unit on its sheet, creating or removing sheets; the contact block stays at the foot of page 1. */
function arrange(root: HTMLElement, units: HTMLElement[], assignment: number[], contact: HTMLElement | null): void {
  const count = pageCount(assignment);
  const sheets = Array.from(root.querySelectorAll<HTMLElement>(':scope > .gm-sheet'));
  while (sheets.length < count) sheets.push(root.appendChild(newSheet(sheets.length + 1)));
  sheets.splice(count).forEach((s) => s.remove());
  const contents = sheets.map((s) => s.querySelector<HTMLElement>('.gm-content') as HTMLElement);
  const anchors = contents.map((c, i) => (i === 0 && contact?.parentElement === c ? contact : null));
  units.forEach((u, i) => contents[assignment[i]].insertBefore(u, anchors[assignment[i]]));
}

/** An empty sheet with its page number (PL I-P.I-M.I-k.7: numbers from page 2). */
function newSheet(n: number): HTMLElement {
  const sheet = document.createElement('section');
  sheet.className = 'gm-sheet';
  sheet.dataset.page = String(n);
  if (n > 1) {
    const number = document.createElement('div');
    number.className = 'gm-pno';
    number.textContent = String(n);
    sheet.appendChild(number);
  }
  const content = document.createElement('div');
  content.className = 'gm-content';
  sheet.appendChild(content);
  return sheet;
}
