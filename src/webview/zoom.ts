/** Zoom: fit the sheet's width, actual size (100%), or a whole sheet in view. CSS `zoom` keeps layout and scroll honest. */
import type { ZoomMode } from '../protocol';

const GUTTER = 32;
let factor = 1;

/** Applies `mode` to `pages` for the current window size. */
export function applyZoom(pages: HTMLElement, mode: ZoomMode): void {
  const sheet = pages.querySelector<HTMLElement>('.gm-sheet');
  if (!sheet) return;
  const box = sheet.getBoundingClientRect();
  const width = box.width / factor;
  const height = box.height / factor;
  const top = document.getElementById('gm-top')?.getBoundingClientRect().height ?? 0;
  const fitWidth = (document.documentElement.clientWidth - GUTTER) / width;
  const fitPage = Math.min(fitWidth, (window.innerHeight - top - GUTTER) / height);
  const next = mode === 'actual' ? 1 : mode === 'fit-page' ? fitPage : fitWidth;
  factor = Math.max(0.1, Math.min(4, next));
  pages.style.zoom = String(factor);
}
