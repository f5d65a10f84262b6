/** One layout block → one escaped paragraph carrying its source range (for editor sync). */
import type { Block, Run } from '../../core/layout';
import { escapeAttr, escapeHtml } from './escape';

const BOXED = new Set(['do_mat', 'do_khan', 'pham_vi_luu_hanh']);

/** `<p class="gm-b r-ROLE" data-line=…>` with its runs; a `.gm-t` span wraps the text so rules and boxes follow its own width. */
export function renderBlock(block: Block, ruled = false, extraClass = '', paddingTopPt?: number): string {
  const stamp = block.stamp ? ` gm-stamp-${escapeAttr(block.stamp)}` : '';
  const box = (BOXED.has(block.role) ? ' gm-box' : '') + stamp + (extraClass ? ` ${extraClass}` : '');
  const runs = hangingEnd(block.runs);
  const inner = runs.map((run, i) => renderRun(run, i === runs.length - 1)).join('');
  const text = ruled || BOXED.has(block.role) ? `<span class="gm-t">${inner}</span>` : inner;
  // A block whose space before is not its role's (a name under a signature placeholder) says so inline.
  const own = paddingTopPt === undefined ? '' : ` style="padding-top:${+paddingTopPt.toFixed(3)}pt"`;
  return `<p class="gm-b r-${escapeAttr(block.role)}${box}"${own}${sourceAttrs(block)}>${text}</p>`;
}

/** data-line / data-line-end (zero-based) and data-range "l:c-l:c" when the block came from the source. */
export function sourceAttrs(block: Block): string {
  const r = block.source;
  if (!r) return '';
  const range = `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  return ` data-line="${escapeAttr(r.start.line)}" data-line-end="${escapeAttr(r.end.line)}" data-range="${escapeAttr(range)}"`;
}

/**
 * The runs with the spaces before a blank that ends the paragraph moved into
 * it ("… năm " + "      " → "… năm" + "       "): a word processor lets all
 * those trailing spaces hang past the line's end, and so does `gm-blank-end`.
 */
function hangingEnd(runs: readonly Run[]): readonly Run[] {
  const [before, last] = [runs[runs.length - 2], runs[runs.length - 1]];
  if (!last?.blank || !before || before.blank) return runs;
  const kept = before.text.replace(/ +$/, '');
  const moved = before.text.slice(kept.length);
  return [...runs.slice(0, -2), { ...before, text: kept }, { ...last, text: moved + last.text }];
}

/**
 * A run: escaped text, '\n' as a line break, bold/italic, a draft blank kept
 * as its spaces; a blank that ends its paragraph takes no width (`gm-blank-end`),
 * so a centred line sits where the DOCX puts it.
 */
export function renderRun(run: Run, endsBlock = false): string {
  const text = run.text.split('\n').map(escapeHtml).join('<br>');
  if (run.blank) return `<span class="gm-blank${endsBlock ? ' gm-blank-end' : ''}">${text}</span>`;
  let html = text;
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}

/** The runs covering characters [from, to) of the block's text, styles kept. */
export function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + run.text.length);
    if (start < end) out.push({ ...run, text: run.text.slice(start - at, end - at) });
    at += run.text.length;
  }
  return out;
}
