/**
 * Sync maths by YAML node, not line ratio: which rendered block stands for a
 * source line, and which source line a position inside a block stands for.
 * Pure (no DOM), so it is unit-tested under Node.
 */

/** A block's source lines, zero-based; `endLine` inclusive of the node's last line. */
export interface SourceSpan {
  readonly line: number;
  readonly endLine: number;
}

/**
 * Index of the block for `line`: the narrowest block whose node contains the
 * line; else the block whose node ends nearest before it; else the first block
 * after it. Blocks need not be in source order (the page's order differs).
 */
export function spanForLine(spans: readonly SourceSpan[], line: number): number | undefined {
  let best: number | undefined;
  let bestWidth = Infinity;
  spans.forEach((s, i) => {
    const width = s.endLine - s.line;
    if (s.line <= line && line <= s.endLine && width < bestWidth) {
      best = i;
      bestWidth = width;
    }
  });
  if (best !== undefined) return best;
  return nearestBefore(spans, line) ?? nearestAfter(spans, line);
}

/** The block whose node ends nearest before the line (a comment or blank line after it belongs to it). */
function nearestBefore(spans: readonly SourceSpan[], line: number): number | undefined {
  let best: number | undefined;
  spans.forEach((s, i) => {
    if (s.endLine > line || s.line > line) return;
    const b = best === undefined ? undefined : spans[best];
    if (!b || s.endLine > b.endLine || (s.endLine === b.endLine && s.line > b.line)) best = i;
  });
  return best;
}

function nearestAfter(spans: readonly SourceSpan[], line: number): number | undefined {
  let best: number | undefined;
  spans.forEach((s, i) => {
    if (s.line > line && (best === undefined || s.line < spans[best].line)) best = i;
  });
  return best;
}

/** How far (0–1) into its block a source line sits, for aligning a multi-line node. */
export function progressInSpan(span: SourceSpan, line: number): number {
  const lines = span.endLine - span.line + 1;
  return Math.min(1, Math.max(0, (line - span.line) / lines));
}

/** The fractional source line for a point `progress` (0–1) down a block. */
export function lineInSpan(span: SourceSpan, progress: number): number {
  const lines = span.endLine - span.line + 1;
  return span.line + Math.min(1, Math.max(0, progress)) * lines;
}

/** Index of the first box (in page order) whose bottom is below `y`: the block at the top of the view. */
export function boxAtOffset(
  boxes: readonly { readonly top: number; readonly bottom: number }[],
  y: number,
): number | undefined {
  const i = boxes.findIndex((b) => b.bottom > y);
  return i < 0 ? (boxes.length ? boxes.length - 1 : undefined) : i;
}

/** A block's source span and its box on screen (viewport coordinates). */
export interface PlacedSpan {
  readonly span: SourceSpan;
  readonly top: number;
  readonly bottom: number;
}

/** Where the view stands: its scroll offset, the largest one, and the y on screen the sync reads at (below the toolbar). */
export interface ViewPlace {
  readonly scrollY: number;
  readonly maxScrollY: number;
  readonly y: number;
}

/**
 * The fractional source line at the view's reading line. The page's top is line 0 and its end
 * is 'end' (the editor's last line), whatever blocks come first and last; above the first
 * block, the gap from the page's top down to it spreads over the lines before that block.
 */
export function lineAtView(blocks: readonly PlacedSpan[], view: ViewPlace): number | 'end' | undefined {
  if (view.scrollY <= 0) return 0;
  if (view.maxScrollY > 0 && view.scrollY >= view.maxScrollY - 1) return 'end';
  const i = boxAtOffset(blocks, view.y);
  if (i === undefined) return undefined;
  const { span, top, bottom } = blocks[i];
  if (i === 0 && view.y < top) {
    const pageTop = view.y - view.scrollY;
    return span.line * Math.max(0, (view.y - pageTop) / (top - pageTop));
  }
  return lineInSpan(span, bottom > top ? (view.y - top) / (bottom - top) : 0);
}

/**
 * The scroll offset that shows source `line` at the reading line, given the first block in
 * page order (its line and its offset from the page's top): the reverse of `lineAtView` above
 * that block; undefined when the line is the block's own or after it.
 */
export function offsetBeforeFirst(
  line: number,
  first: { readonly line: number; readonly pageOffset: number },
): number | undefined {
  if (line <= 0) return 0;
  if (line >= first.line) return undefined;
  return first.pageOffset * (line / first.line);
}
