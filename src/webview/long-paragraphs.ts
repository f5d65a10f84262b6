/**
 * Long paragraphs laid out in steps. A browser lays out one paragraph in a
 * time that grows faster than its length (Chromium: about 0.3 s at 100,000
 * characters, 40 s at 900,000 on the test machines), so a paragraph longer
 * than LONG is cut, before anything else is measured, into pieces of whole
 * lines: its first STEP characters are laid out alone, every line but the
 * last is final (lines are filled greedily, so later text cannot change them)
 * and becomes a piece, and the last line starts the next step. Each piece is
 * then a paragraph of its own, split between lines at page breaks as usual.
 */
import { lineBoxes, positionAt, sharedRange, splitAt } from './split';
import { isFlowing, wrapLike } from './unit-parts';

/** Paragraphs longer than this (characters) are cut into pieces. */
const LONG = 20_000;
/** Characters laid out per step. */
const STEP = 16_000;

/**
 * A unit whose long paragraph (its only child; a flowing unit not kept with
 * the next, the only kind that may break between pages) is cut, in place,
 * into units of whole lines: the heads, inserted before it, then the unit.
 */
export function cutLongParagraph(unit: HTMLElement): HTMLElement[] {
  const p =
    unit.childElementCount === 1 && isFlowing(unit) && !unit.hasAttribute('data-keep-next')
      ? (unit.firstElementChild as HTMLElement)
      : null;
  if (!p || (p.textContent ?? '').length <= LONG) return [unit];
  const heads = cutInSteps(p, unit).map((head) => {
    const copy = wrapLike(unit, head);
    unit.before(copy);
    return copy;
  });
  return [...heads, unit];
}

/**
 * The heads cut off `p` (in order); the unit is left holding the last piece.
 * Only the step being measured is in the page: each head is cut off while `p`
 * is out of it (cutting laid-out text costs more) and stays out until all are
 * made, so no step lays out the heads before it again.
 */
function cutInSteps(p: HTMLElement, unit: HTMLElement): HTMLElement[] {
  const rest = extractAfter(p, STEP);
  const heads: HTMLElement[] = [];
  while (rest.hasChildNodes()) {
    const top = p.getBoundingClientRect().top;
    const lines = lineBoxes(p, top);
    const lastLine = lines.length >= 2 ? positionAt(p, top + lines[lines.length - 1].top) : undefined;
    if (lastLine) {
      p.remove();
      heads.push(...splitAt(p, [lastLine]));
      unit.appendChild(p);
    }
    p.append(takeFront(rest, STEP));
  }
  return heads;
}

/** Moves everything of `p` after its first `count` characters (cut after a space) into a detached holder. */
function extractAfter(p: HTMLElement, count: number): HTMLElement {
  const holder = document.createElement('span');
  const at = spaceAfter(p, count);
  if (!at) return holder;
  const range = sharedRange();
  range.setStart(at.node, at.offset);
  range.setEnd(p, p.childNodes.length);
  holder.append(range.extractContents());
  return holder;
}

/** Removes about `count` characters from the front of `rest` (all of it when little is left). */
function takeFront(rest: HTMLElement, count: number): DocumentFragment {
  const range = sharedRange();
  range.setStart(rest, 0);
  const at = spaceAfter(rest, count);
  if (at) range.setEnd(at.node, at.offset);
  else range.setEnd(rest, rest.childNodes.length);
  return range.extractContents();
}

/** The position just after the first space at or beyond character `count` of `root`'s text. */
function spaceAfter(root: Node, count: number): { node: Text; offset: number } | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let start = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const space = n.data.indexOf(' ', Math.max(0, count - start));
    if (space >= 0 && space + 1 < n.length) return { node: n, offset: space + 1 };
    start += n.length;
  }
  return undefined;
}
