/**
 * Pagination by measurement: every unit's real height against the sheet's
 * printable height (297 − top − bottom mm, read from the laid-out sheet), then
 * units moved onto as many sheets as needed. Runs synchronously after each
 * update, before the browser paints, so nothing flickers.
 */
import { paginate, pageCount, type Piece, type UnitSize } from '../render/html/paginate';
import { cutLongParagraphs } from './long-paragraphs';
import { chunkLongText, lineBoxes, positionAt, splitAt, type TextPosition } from './split';

const FLOWING = new Set(['gm-u-body', 'gm-u-title']);

/** Re-paginates the sheets inside `root`; returns the number of sheets. */
export function paginateSheets(root: HTMLElement): number {
  const all = Array.from(root.querySelectorAll<HTMLElement>('.gm-unit'));
  all.forEach(chunkFlowingText);
  const units = all.flatMap((u) => (isFlowing(u) && !u.hasAttribute('data-keep-next') ? cutLongParagraphs([u]) : [u]));
  const content = root.querySelector<HTMLElement>('.gm-content');
  if (!content) return 0;
  const contact = root.querySelector<HTMLElement>('.gm-contact');
  const capacity = content.getBoundingClientRect().height;
  const scale = content.offsetHeight > 0 ? capacity / content.offsetHeight : 1;
  const overlap = contact ? Math.max(0, content.getBoundingClientRect().bottom - contact.getBoundingClientRect().top) : 0;
  const pieces = paginate(units.map((u) => measure(u, scale)), capacity - overlap, capacity);
  arrange(root, placeUnits(units, pieces));
  return pageCount(pieces);
}

/** Before anything is measured (a change after would lay the page out again). */
function chunkFlowingText(unit: HTMLElement): void {
  const p = unit.firstElementChild as HTMLElement | null;
  if (p && isFlowing(unit)) chunkLongText(p);
}

const isFlowing = (unit: HTMLElement) => Array.from(unit.classList).some((c) => FLOWING.has(c));

/** Height on screen; `trailing` is the last paragraph's space after (may hang below the last line); line boxes on demand. */
function measure(unit: HTMLElement, scale: number): UnitSize {
  const height = unit.getBoundingClientRect().height;
  const keepNext = unit.hasAttribute('data-keep-next');
  if (!isFlowing(unit)) return { height, trailing: 0, keepNext };
  const p = unit.firstElementChild as HTMLElement | null;
  const lineBottoms = p && unit.childElementCount === 1 && !keepNext ? () => lineBoxes(p, unit.getBoundingClientRect().top).map((l) => l.bottom) : undefined;
  const px = (value: string) => (Number.isFinite(parseFloat(value)) ? parseFloat(value) * scale : 0);
  const last = unit.lastElementChild ? getComputedStyle(unit.lastElementChild) : undefined;
  return { height, keepNext, trailing: last ? px(last.paddingBottom) : 0, ...(lineBottoms ? { lineBottoms } : {}) };
}

/**
 * Units with their page; a unit that the pieces split is cut into one unit per
 * piece (all cuts made before anything moves, while the lines are where they were measured).
 */
function placeUnits(units: HTMLElement[], pieces: readonly Piece[]): { element: HTMLElement; page: number }[] {
  const byUnit: Piece[][] = units.map(() => []);
  pieces.forEach((piece) => byUnit[piece.unit].push(piece));
  const cuts = units.map((unit, i) => (byUnit[i].length > 1 ? cutPositions(unit, byUnit[i]) : []));
  const placed: { element: HTMLElement; page: number }[] = [];
  units.forEach((unit, i) => {
    const mine = byUnit[i];
    if (cuts[i].length) unit.remove(); // cut while out of the page: cutting laid-out text costs more (900,000 characters: 0.18 s against under 0.03 s)
    if (cuts[i].length) splitAt(unit.firstElementChild as HTMLElement, cuts[i]).forEach((head, k) => placed.push({ element: wrapLike(unit, head), page: mine[k].page }));
    placed.push({ element: unit, page: mine[mine.length - 1]?.page ?? 0 });
  });
  return placed;
}

/** Where to cut a unit's paragraph: before the first line of each piece after the first (read while nothing has moved yet). */
function cutPositions(unit: HTMLElement, mine: readonly Piece[]): TextPosition[] {
  const p = unit.firstElementChild as HTMLElement | null;
  if (!p) return [];
  const top = p.getBoundingClientRect().top;
  const lines = lineBoxes(p, top);
  return mine.slice(1).flatMap((piece) => {
    const line = lines[piece.fromLine];
    const at = line ? positionAt(p, top + line.top) : undefined;
    return at ? [at] : [];
  });
}

/** A unit element like `unit` holding `content` (placed on its sheet by arrange). */
function wrapLike(unit: HTMLElement, content: HTMLElement): HTMLElement {
  const copy = unit.cloneNode(false) as HTMLElement;
  copy.appendChild(content);
  return copy;
}

/** Puts each unit on its sheet, creating or removing sheets (the contact block stays on page 1, outside the flow). */
function arrange(root: HTMLElement, placed: { element: HTMLElement; page: number }[]): void {
  const count = placed.length ? placed[placed.length - 1].page + 1 : 1;
  const sheets = Array.from(root.querySelectorAll<HTMLElement>(':scope > .gm-sheet'));
  while (sheets.length < count) sheets.push(root.appendChild(newSheet(sheets.length + 1)));
  sheets.splice(count).forEach((s) => s.remove());
  const contents = sheets.map((s) => s.querySelector<HTMLElement>('.gm-content') as HTMLElement);
  placed.forEach(({ element, page }) => contents[page].appendChild(element));
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
