/**
 * Splitting a paragraph between lines, for a page break inside it: where its
 * line boxes end, and the DOM cut before a given line (formatting kept: the
 * range's extraction clones the inline elements it cuts through).
 */

let shared: Range | undefined;

/**
 * The one Range every measurement and cut here uses. A browser keeps each
 * Range it has handed out up to date on every change to the document until
 * it is collected, so a Range per probe (thousands for a long paragraph) made
 * each later cut slower (about 2 ms a cut at 900,000 characters).
 */
export function sharedRange(): Range {
  return (shared ??= document.createRange());
}

/**
 * Bottom of each line box of `p`, relative to `originTop`, ascending: the
 * fragments sorted by their top, then merged while they sit on one line
 * (n log n in the fragments, where a search per fragment was quadratic).
 */
export function lineBoxes(p: HTMLElement, originTop: number): { top: number; bottom: number }[] {
  const range = sharedRange();
  range.selectNodeContents(p);
  const rects = Array.from(range.getClientRects())
    .filter((r) => r.height > 0)
    .sort((a, b) => a.top - b.top);
  const lines: { top: number; bottom: number; height: number }[] = [];
  for (const rect of rects) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.top - (rect.top - originTop)) < Math.max(line.height, rect.height) / 2) {
      line.bottom = Math.max(line.bottom, rect.bottom - originTop);
    } else lines.push({ top: rect.top - originTop, bottom: rect.bottom - originTop, height: rect.height });
  }
  return lines.map(({ top, bottom }) => ({ top, bottom }));
}

/** A text node longer than this is cut into pieces of about this length (at spaces) before a paragraph is measured. */
const CHUNK = 1000;

/**
 * Replaces each long text node of `p` by several shorter ones, cut after a
 * space, so that finding a character's line box (positionAt) costs a few
 * line fragments, not all the paragraph's: measuring one character of a long
 * text node walks every line of that node. The text, and so its layout, stays the same.
 */
export function chunkLongText(p: HTMLElement): void {
  for (const { node } of textNodes(p)) {
    if (node.length <= 2 * CHUNK) continue;
    const data = node.data;
    const pieces = document.createDocumentFragment();
    for (let from = 0; from < data.length;) {
      const space = data.indexOf(' ', from + CHUNK);
      const to = space < 0 ? data.length : space + 1;
      pieces.appendChild(document.createTextNode(data.slice(from, to)));
      from = to;
    }
    node.replaceWith(pieces);
  }
}

/** Text nodes of `p` in order, with the character index each starts at. */
function textNodes(p: HTMLElement): { node: Text; start: number }[] {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let start = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start });
    start += (n as Text).length;
  }
  return nodes;
}

/** The text position of the first character whose box starts at or below `y` (viewport). */
export function positionAt(p: HTMLElement, y: number): { node: Text; offset: number } | undefined {
  const nodes = textNodes(p);
  const total = nodes.length ? nodes[nodes.length - 1].start + nodes[nodes.length - 1].node.length : 0;
  const locate = (i: number) => {
    const n = nodes[lastStartingBy(nodes, i)];
    return { node: n.node, offset: i - n.start };
  };
  const topOf = (i: number) => {
    const { node, offset } = locate(i);
    const range = sharedRange();
    range.setStart(node, offset);
    range.setEnd(node, Math.min(node.length, offset + 1));
    return range.getBoundingClientRect().top;
  };
  let [low, high] = [0, total];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (topOf(mid) >= y - 1) high = mid;
    else low = mid + 1;
  }
  return low < total ? locate(low) : undefined;
}

/** Index of the last text node starting at or before character `i` (binary search: nodes are in order). */
function lastStartingBy(nodes: readonly { start: number }[], i: number): number {
  let [low, high] = [0, nodes.length - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (nodes[mid].start <= i) low = mid;
    else high = mid - 1;
  }
  return low;
}

export interface TextPosition {
  readonly node: Text;
  readonly offset: number;
}

/**
 * Cuts `p` at each position (ascending, measured before any cut): the text
 * before a cut moves into a copy of `p` inserted before it, marked as a head
 * (last line justified, no space after); `p` keeps the rest as a tail (no
 * indent, no space before). Returns the heads in order.
 */
export function splitAt(p: HTMLElement, positions: readonly TextPosition[]): HTMLElement[] {
  const heads: HTMLElement[] = [];
  let shifted: TextPosition | undefined;
  for (const position of positions) {
    const offset = shifted && shifted.node === position.node ? position.offset - shifted.offset : position.offset;
    const range = sharedRange();
    range.setStart(p, 0);
    range.setEnd(position.node, offset);
    const head = p.cloneNode(false) as HTMLElement;
    head.appendChild(range.extractContents());
    head.classList.add('gm-split-head');
    p.classList.add('gm-split-tail');
    p.before(head);
    heads.push(head);
    shifted = { node: position.node, offset: position.offset };
  }
  return heads;
}
