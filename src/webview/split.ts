/**
 * Splitting a paragraph between lines, for a page break inside it: where its
 * line boxes end, and the DOM cut before a given line (formatting kept: the
 * range's extraction clones the inline elements it cuts through).
 */

/** Bottom of each line box of `p`, relative to `originTop`, ascending. */
export function lineBoxes(p: HTMLElement, originTop: number): { top: number; bottom: number }[] {
  const range = document.createRange();
  range.selectNodeContents(p);
  const lines: { top: number; bottom: number }[] = [];
  for (const rect of Array.from(range.getClientRects())) {
    if (rect.height <= 0) continue;
    const line = lines.find((l) => Math.abs(l.top - (rect.top - originTop)) < rect.height / 2);
    if (line) line.bottom = Math.max(line.bottom, rect.bottom - originTop);
    else lines.push({ top: rect.top - originTop, bottom: rect.bottom - originTop });
  }
  return lines.sort((a, b) => a.top - b.top);
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
  const locate = (i: number) => { const n = nodes.filter((t) => t.start <= i).pop()!; return { node: n.node, offset: i - n.start }; };
  const topOf = (i: number) => {
    const { node, offset } = locate(i);
    const range = document.createRange();
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

export interface TextPosition { readonly node: Text; readonly offset: number }

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
    const range = document.createRange();
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
