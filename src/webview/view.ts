/**
 * Applying an update: the page CSS as a constructed stylesheet (allowed under
 * the CSP, unlike inline style), the new sheets, pagination by measurement,
 * scroll kept. Stale versions are dropped.
 */
import type { ToWebview } from '../protocol';
import { paginateSheets } from './paginate';

export interface Shown {
  uri?: string;
  version: number;
  body?: string;
  css?: string;
  pages: number;
}

const pageSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];

/** True when `message` is older than what is shown (same file, lower version). */
export function isStale(shown: Shown, message: { uri: string; version: number }): boolean {
  return shown.uri === message.uri && message.version < shown.version;
}

/** Applies an update in one task (no paint in between: no flicker); returns whether the sheets were redrawn. */
export function applyUpdate(shown: Shown, pages: HTMLElement, message: ToWebview.Update): boolean {
  const sameFile = shown.uri === message.uri;
  shown.uri = message.uri;
  shown.version = message.version;
  const cssChanged = message.css !== undefined && message.css !== shown.css;
  if (cssChanged) {
    pageSheet.replaceSync(message.css!);
    shown.css = message.css;
  }
  const body = message.body ?? shown.body;
  if (body === undefined || (body === shown.body && sameFile && !cssChanged && pages.childElementCount > 0)) return false;
  const scroll = window.scrollY;
  pages.innerHTML = body;
  shown.body = body;
  shown.pages = paginateSheets(pages);
  if (sameFile) window.scrollTo(0, scroll);
  return true;
}

/** Lays the last page out again from its HTML (after fonts load: cut paragraphs are rebuilt whole first). */
export function repaginate(shown: Shown, pages: HTMLElement): void {
  if (shown.body === undefined) return;
  const scroll = window.scrollY;
  pages.innerHTML = shown.body;
  shown.pages = paginateSheets(pages);
  window.scrollTo(0, scroll);
}
