/**
 * Scroll sync, by YAML node: the editor's line reveals the block made from it;
 * the block at the top of the preview tells the editor which line to show. Our
 * own programmatic scrolls are not echoed back (a short ignore window, as in
 * VS Code's Markdown preview), and only the user's scrolls are sent (user-scroll.ts).
 */
import { lineAtView, offsetBeforeFirst, progressInSpan, spanForLine, type SourceSpan } from './source-lines';

/** Longest a smooth scroll of ours may take; and the settling time after it arrives. */
const ECHO_MAX_MS = 1500;
const SETTLE_MS = 100;
let target: number | undefined;
let ignoreUntil = 0;

interface SourceBlock {
  readonly element: HTMLElement;
  readonly span: SourceSpan;
}

/** Every rendered block that came from the source, in page order. */
export function sourceBlocks(root: ParentNode = document): SourceBlock[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-line]')).flatMap((element) => {
    const line = Number(element.dataset.line);
    const endLine = Number(element.dataset.lineEnd ?? element.dataset.line);
    return Number.isInteger(line) && Number.isInteger(endLine)
      ? [{ element, span: { line, endLine: Math.max(line, endLine) } }]
      : [];
  });
}

/** Brings the block for `line` into view: `cursor` only when it is off screen, `scroll` aligns it with the top. */
export function revealLine(line: number, mode: 'cursor' | 'scroll'): void {
  const blocks = sourceBlocks();
  const before = mode === 'scroll' ? scrollBeforeFirst(blocks, line) : undefined;
  if (before !== undefined) return scrollWithoutEcho(before);
  const i = spanForLine(
    blocks.map((b) => b.span),
    line,
  );
  if (i === undefined) return;
  const { element, span } = blocks[i];
  markActive(element);
  const box = element.getBoundingClientRect();
  const top = toolbarHeight();
  if (mode === 'cursor' && box.top >= top && box.bottom <= window.innerHeight) return;
  const offset = mode === 'scroll' ? box.height * progressInSpan(span, line) : -(window.innerHeight - top) / 3;
  scrollWithoutEcho(window.scrollY + box.top - top + offset);
}

/** The scroll for a line before every block (the editor at its top shows the page's top), else undefined. */
function scrollBeforeFirst(blocks: readonly SourceBlock[], line: number): number | undefined {
  if (!blocks.length || (line > 0 && blocks.some((b) => b.span.line <= line))) return undefined;
  const pageOffset = window.scrollY + blocks[0].element.getBoundingClientRect().top - toolbarHeight();
  return offsetBeforeFirst(line, { line: blocks[0].span.line, pageOffset });
}

/** Scrolls smoothly and ignores the scroll events it causes, until it arrives. */
export function scrollWithoutEcho(y: number): void {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  const to = Math.max(0, Math.min(max, Math.round(y)));
  if (Math.abs(to - window.scrollY) < 2) return;
  target = to;
  ignoreUntil = performance.now() + ECHO_MAX_MS;
  window.scrollTo({ top: to, behavior: 'smooth' });
}

/** The user took over: their scrolling is theirs, even while one of ours was on its way. */
export function cancelEcho(): void {
  target = undefined;
  ignoreUntil = 0;
}

/** True while a scroll event is the echo of our own scrolling (on its way, or just arrived). */
export function isEcho(): boolean {
  const now = performance.now();
  if (target === undefined) return now < ignoreUntil;
  if (Math.abs(window.scrollY - target) < 2 || now > ignoreUntil) {
    target = undefined;
    ignoreUntil = now + SETTLE_MS;
  }
  return true;
}

/** The fractional source line at the top of the view ('end' at the page's end), or undefined when there is no block. */
export function lineAtTop(): number | 'end' | undefined {
  const placed = sourceBlocks().map(({ element, span }) => {
    const { top, bottom } = element.getBoundingClientRect();
    return { span, top, bottom };
  });
  const maxScrollY = document.documentElement.scrollHeight - window.innerHeight;
  return lineAtView(placed, { scrollY: window.scrollY, maxScrollY, y: toolbarHeight() });
}

/** The source position a double-click on `target` stands for. */
export function sourceAt(target: EventTarget | null): { line: number; character: number } | undefined {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-range]') : null;
  const m = element ? /^(\d+):(\d+)-/.exec(element.dataset.range ?? '') : null;
  return m ? { line: Number(m[1]), character: Number(m[2]) } : undefined;
}

function markActive(element: HTMLElement): void {
  document.querySelectorAll('.gm-active').forEach((e) => e.classList.remove('gm-active'));
  element.classList.add('gm-active');
}

function toolbarHeight(): number {
  return document.getElementById('gm-top')?.getBoundingClientRect().bottom ?? 0;
}
