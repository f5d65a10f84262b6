/**
 * The real preview webview (media/preview.js, media/preview.css, the shell
 * with its CSP) in headless Chromium, with `acquireVsCodeApi` stubbed so the
 * test can post `update` messages and read what the webview posts back.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { checkInvitation } from '../../../src/core/check/check';
import { renderPreview, type PageOptions } from '../../../src/features/preview/render';
import { shellHtml } from '../../../src/features/preview/shell';
import type { ToWebview } from '../../../src/protocol';

const MEDIA = resolve('media');

/** Stands in for VS Code: records posted messages and the saved state. */
const STUB = `window.__posted = []; window.__state = undefined;
window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });`;

const OPTIONS = {
  language: 'vi',
  scrollPreviewWithEditor: true,
  scrollEditorWithPreview: true,
  doubleClickToSwitchToEditor: true,
} as const;

/** Opens the shell as VS Code would set it, CSP and nonce included. */
export async function openWebview(browser: Browser, viewport = { width: 1000, height: 1300 }): Promise<Page> {
  const dir = mkdtempSync(join(tmpdir(), 'giaymoi-webview-'));
  const html = shellHtml({
    cspSource: 'file:',
    nonce: 'n0nce4test',
    lang: 'vi',
    state: { uri: 'file:///x.giaymoi.yaml', locked: false, options: OPTIONS },
    scriptUri: pathToFileURL(join(MEDIA, 'preview.js')).href,
    styleUri: pathToFileURL(join(MEDIA, 'preview.css')).href,
  });
  writeFileSync(join(dir, 'shell.html'), html);
  const page = await browser.newPage({ viewport });
  await page.addInitScript(STUB);
  await page.goto(pathToFileURL(join(dir, 'shell.html')).href);
  await page.waitForFunction(() =>
    (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'),
  );
  return page;
}

/** The update the extension would send for `text`. */
export function updateFor(
  text: string,
  version: number,
  page: PageOptions = {},
  uri = 'file:///x.giaymoi.yaml',
): ToWebview.Update {
  const r = renderPreview(checkInvitation(text), page, 'vi');
  return { type: 'update', uri, version, page: r.page, css: r.css, errors: r.errors, options: OPTIONS, locked: false };
}

/** Posts an update and waits until the webview reports it rendered; returns its page count. */
export async function postUpdate(page: Page, update: ToWebview.Update): Promise<number> {
  await page.evaluate((m) => window.postMessage(m, '*'), update);
  const handle = await page.waitForFunction(
    (v) =>
      (window as unknown as { __posted: { type: string; version: number; pages: number }[] }).__posted.find(
        (m) => m.type === 'rendered' && m.version === v,
      ),
    update.version,
  );
  return ((await handle.jsonValue()) as { pages: number }).pages;
}

/** Posts any message to the webview. */
export async function postMessage(page: Page, message: ToWebview.Message): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), message);
}

/** Messages the webview has posted so far. */
export async function posted(page: Page): Promise<{ type: string; [k: string]: unknown }[]> {
  return page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted);
}
