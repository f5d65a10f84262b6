/**
 * A flow (what pagination moves: a unit, or one piece of a long paragraph cut
 * in steps) and its parts on the sheets: measured whole or from its pieces,
 * and cut again only where its page breaks moved.
 */
import type { Piece, UnitSize } from '../render/html/paginate';
import { cutPositions, cutUnit, measureUnit } from './unit-parts';

export interface Flow {
  /** Index of its unit in the update's list. */
  source: number;
  /** The whole element; while it is split between pages, the last of its parts. */
  readonly element: HTMLElement;
  /** What is on the sheets: the heads cut off at page breaks, then `element`. */
  parts: HTMLElement[];
  /** Each part's page and first line (empty for a flow not laid out yet). */
  places: { page: number; fromLine: number }[];
}

/**
 * The flow's size. A paragraph split between pages is measured from its
 * pieces laid end to end: a head has no space after, a tail no indent and no
 * space before, so their lines and heights add up to the whole paragraph's.
 */
export function measureFlow(flow: Flow, scale: number): UnitSize {
  if (flow.parts.length === 1) return measureUnit(flow.element, scale);
  const sizes = flow.parts.map((part) => measureUnit(part, scale));
  const tops = sizes.map((_, k) => sizes.slice(0, k).reduce((sum, s) => sum + s.height, 0));
  const last = sizes[sizes.length - 1];
  const lineBottoms = () => sizes.flatMap((s, k) => (s.lineBottoms?.() ?? [s.height]).map((b) => b + tops[k]));
  return { height: tops[tops.length - 1] + last.height, trailing: last.trailing, keepNext: last.keepNext, lineBottoms };
}

/**
 * Gives each laid flow its places from the pass's pieces (for the flow the
 * pass stopped in, `kept` adds its places from the stop on). A flow whose
 * pieces start at the lines its parts already start at keeps its parts;
 * the others are made whole and cut again, every cut position read before
 * anything is cut (a cut moves the lines after it).
 */
export function placeParts(
  laid: readonly Flow[],
  pieces: readonly Piece[],
  first: number,
  kept: readonly { page: number; fromLine: number }[] = [],
): void {
  const mine: Flow['places'][] = laid.map(() => []);
  pieces.forEach(({ unit, page, fromLine }) => mine[unit - first].push({ page, fromLine }));
  if (kept.length) mine[mine.length - 1].push(...kept);
  const recut = laid.map((flow, i) => !sameLines(flow, mine[i]));
  laid.forEach((flow, i) => {
    if (recut[i]) makeWhole(flow);
  });
  const cuts = laid.map((flow, i) => (recut[i] && mine[i].length > 1 ? cutPositions(flow.element, mine[i]) : []));
  laid.forEach((flow, i) => {
    if (recut[i]) flow.parts = cutUnit(flow.element, cuts[i]);
    const places = mine[i];
    // A cut that could not be placed leaves fewer parts: the last part goes where the last piece does.
    flow.places = places.slice(0, flow.parts.length - 1).concat(places[places.length - 1]);
  });
}

/** Whether the flow's parts already start at these lines. */
function sameLines(flow: Flow, places: Flow['places']): boolean {
  const lines = flow.places.length ? flow.places.map((p) => p.fromLine) : [0];
  return lines.length === places.length && places.every((p, k) => p.fromLine === lines[k]);
}

/** Joins a split flow's parts back into its element (their text and formatting, in order; the heads go). */
function makeWhole(flow: Flow): void {
  if (flow.parts.length < 2) return;
  const p = flow.element.firstElementChild as HTMLElement;
  const heads = flow.parts.slice(0, -1);
  const text = document.createDocumentFragment();
  for (const head of heads) text.append(...Array.from(head.firstElementChild?.childNodes ?? []));
  p.prepend(text);
  p.classList.remove('gm-split-head', 'gm-split-tail');
  heads.forEach((head) => head.remove());
  flow.parts = [flow.element];
}
