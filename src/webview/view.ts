/**
 * Applying an update: the page CSS as a constructed stylesheet (allowed under
 * the CSP, unlike inline style), the units laid onto sheets by measurement
 * (only what the edit changed, see flow.ts), scroll kept. Stale versions are dropped.
 */
import type { PageUnits, ToWebview } from '../protocol';
import type { SheetFlow } from './flow';

export interface Shown {
  uri?: string;
  version: number;
  page?: PageUnits;
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
export function applyUpdate(shown: Shown, flow: SheetFlow, message: ToWebview.Update): boolean {
  const sameFile = shown.uri === message.uri;
  shown.uri = message.uri;
  shown.version = message.version;
  const cssChanged = message.css !== undefined && message.css !== shown.css;
  if (cssChanged) {
    pageSheet.replaceSync(message.css!);
    shown.css = message.css;
  }
  const page = message.page ?? shown.page;
  if (page === undefined) return false;
  if (!sameFile || cssChanged) flow.reset(); // another file, or new measures: nothing laid out before still holds
  const scroll = window.scrollY;
  shown.page = page;
  const changed = flow.update(page.units, page.contact);
  shown.pages = flow.pages;
  if (sameFile && changed) window.scrollTo(0, scroll);
  return changed;
}

/** Lays every unit out again (after fonts load: line breaks move). */
export function repaginate(shown: Shown, flow: SheetFlow): void {
  if (shown.page === undefined) return;
  const scroll = window.scrollY;
  flow.reset();
  flow.update(shown.page.units, shown.page.contact);
  shown.pages = flow.pages;
  window.scrollTo(0, scroll);
}
