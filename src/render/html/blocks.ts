/** One layout block → one escaped paragraph carrying its source range (for editor sync). */
import type { Block, Run } from '../../core/layout';
import { escapeAttr, escapeHtml } from './escape';

const BOXED = new Set(['do_mat', 'do_khan', 'pham_vi_luu_hanh']);

/** `<p class="gm-b r-ROLE" data-line=…>` with its runs; a `.gm-t` span wraps the text so rules and boxes follow its own width. */
export function renderBlock(block: Block, ruled = false, extraClass = ''): string {
  const stamp = block.stamp ? ` gm-stamp-${escapeAttr(block.stamp)}` : '';
  const box = (BOXED.has(block.role) ? ' gm-box' : '') + stamp + (extraClass ? ` ${extraClass}` : '');
  const inner = block.runs.map(renderRun).join('');
  const text = ruled || BOXED.has(block.role) ? `<span class="gm-t">${inner}</span>` : inner;
  return `<p class="gm-b r-${escapeAttr(block.role)}${box}"${sourceAttrs(block)}>${text}</p>`;
}

/** data-line / data-line-end (zero-based) and data-range "l:c-l:c" when the block came from the source. */
export function sourceAttrs(block: Block): string {
  const r = block.source;
  if (!r) return '';
  const range = `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  return ` data-line="${escapeAttr(r.start.line)}" data-line-end="${escapeAttr(r.end.line)}" data-range="${escapeAttr(range)}"`;
}

/** A run: escaped text, '\n' as a line break, bold/italic, a draft blank kept as its spaces. */
export function renderRun(run: Run): string {
  const text = run.text.split('\n').map(escapeHtml).join('<br>');
  if (run.blank) return `<span class="gm-blank">${text}</span>`;
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
