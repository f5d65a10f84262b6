/**
 * A unit on the sheets: whether it flows (a paragraph that may break between
 * pages), its measured size for pagination, and the cuts that split it
 * between lines at the page breaks.
 */
import type { Piece, UnitSize } from '../render/html/paginate';
import { chunkLongText, lineBoxes, positionAt, splitAt, type TextPosition } from './split';

/** A body paragraph or the title: text that may break between pages (the header and the foot move whole). */
export const isFlowing = (unit: HTMLElement) =>
  unit.classList.contains('gm-u-body') || unit.classList.contains('gm-u-title');

/** Before the unit is measured (a change after would lay its page out again). */
export function chunkFlowingText(unit: HTMLElement): void {
  const p = unit.firstElementChild as HTMLElement | null;
  if (p && isFlowing(unit)) chunkLongText(p);
}

/** Height on screen; `trailing` is the last paragraph's space after (may hang below the last line); line boxes on demand. */
export function measureUnit(unit: HTMLElement, scale: number): UnitSize {
  const height = unit.getBoundingClientRect().height;
  const keepNext = unit.hasAttribute('data-keep-next');
  if (!isFlowing(unit)) return { height, trailing: 0, keepNext };
  const p = unit.firstElementChild as HTMLElement | null;
  const lineBottoms =
    p && unit.childElementCount === 1 && !keepNext
      ? () => lineBoxes(p, unit.getBoundingClientRect().top).map((l) => l.bottom)
      : undefined;
  const px = (value: string) => (Number.isFinite(parseFloat(value)) ? parseFloat(value) * scale : 0);
  const last = unit.lastElementChild ? getComputedStyle(unit.lastElementChild) : undefined;
  return { height, keepNext, trailing: last ? px(last.paddingBottom) : 0, ...(lineBottoms ? { lineBottoms } : {}) };
}

/** Where to cut a unit's paragraph: before the first line of each piece after the first (read while nothing has moved yet). */
export function cutPositions(unit: HTMLElement, mine: readonly Pick<Piece, 'fromLine'>[]): TextPosition[] {
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

/**
 * The unit cut at `positions` (measured before any cut): the heads, each in a
 * unit element like `unit`, then `unit` holding the last piece. The unit is
 * taken out of the page first: cutting laid-out text costs more (900,000
 * characters: 0.18 s against under 0.03 s).
 */
export function cutUnit(unit: HTMLElement, positions: readonly TextPosition[]): HTMLElement[] {
  if (!positions.length) return [unit];
  unit.remove();
  return [...splitAt(unit.firstElementChild as HTMLElement, positions).map((head) => wrapLike(unit, head)), unit];
}

/** A unit element like `unit` holding `content`. */
export function wrapLike(unit: HTMLElement, content: HTMLElement): HTMLElement {
  const copy = unit.cloneNode(false) as HTMLElement;
  copy.appendChild(content);
  return copy;
}
