// bench:vscode's measurements in the workbench page. Times are taken inside the browser (the
// page's and the webview's clocks are both performance.timeOrigin + now(), one machine clock):
// from the input event to the first animation frame after the text showed up, so the driver's
// round trips are not counted.
import { goToLineEnd, openFile, runFromPalette, waitFor } from '../../test/vscode-host/ui/driver.mjs';

const SQUIGGLES = ':is(.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint)';

/**
 * Opens `name` from the Explorer in a window whose extension host has just started (the extension
 * is not active yet) and returns ms from the double-click to the first squiggle painted in its
 * editor, from giaymoi's status item (shown as activation ends) to that squiggle, and the
 * activation time VS Code reports for the extension when it can be read.
 */
export async function openToFirstDiagnostic(page, name) {
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2_000); // the workbench's own start-up work, before the user's first click
  await page.evaluate(
    ({ name, squiggles }) => {
      const bench = (window.__bench = {});
      document.addEventListener(
        'dblclick',
        () => {
          bench.t0 ??= performance.timeOrigin + performance.now();
        },
        { capture: true, once: true },
      );
      const selector = `.monaco-editor[data-uri$="${name}"] ${squiggles}`;
      bench.done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          // giaymoi's status item is shown at the end of activation, with the file's first check.
          if (!bench.activated && document.querySelector('.statusbar-item[id$="giaymoi.status"]'))
            requestAnimationFrame(() => {
              bench.activated ??= performance.timeOrigin + performance.now();
            });
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['class'],
        });
      });
    },
    { name, squiggles: SQUIGGLES },
  );
  await openFile(page, name);
  const shown = await withTimeout(
    page.evaluate(() => window.__bench.done),
    60_000,
    `a squiggle in ${name}`,
  );
  const { t0, activated } = await page.evaluate(() => ({ t0: window.__bench.t0, activated: window.__bench.activated }));
  const activation = await activationTime(page).catch(() => undefined);
  await closeAllEditors(page);
  return {
    firstDiagnostic: shown - t0,
    afterActivation: activated !== undefined ? Math.max(0, shown - activated) : undefined,
    activation,
  };
}

/**
 * Markdown's counterpart in a window whose extension host has just started: `name` is associated
 * with the Markdown preview (bench/vscode/files.mjs writes the workspace setting), so the
 * double-click activates VS Code's Markdown extension and renders the file. Returns ms from the
 * double-click to the preview's first contentful paint, and Markdown's activation time.
 */
export async function openToFirstRender(page, name) {
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2_000); // as above: the workbench's own start-up work first
  await page.evaluate(() => {
    const bench = (window.__bench = {});
    document.addEventListener('dblclick', () => (bench.t0 ??= performance.timeOrigin + performance.now()), {
      capture: true,
      once: true,
    });
  });
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.dblclick();
  // The rendered page is in the webview's first HTML: its first contentful paint is the render.
  const painted = await waitFor(
    async () =>
      (await previewFrame(page))
        ?.evaluate(() => {
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return document.body.textContent.length > 200 && paint ? performance.timeOrigin + paint.startTime : false;
        })
        .catch(() => false),
    `the Markdown preview of ${name}`,
    60_000,
  );
  const { t0 } = await page.evaluate(() => ({ t0: window.__bench.t0 }));
  const activation = await activationTime(page, /Markdown Language Features/).catch(() => undefined);
  await closeAllEditors(page);
  return { firstRender: painted - t0, activation };
}

/** "Developer: Show Running Extensions" lists each active extension with its activation time. */
async function activationTime(page, extension = /giaymoi|Giấy mời/i) {
  await runFromPalette(page, 'show running extensions', 'Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: extension }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  const text = (await row.locator('.activation-time').first().textContent({ timeout: 5_000 })) ?? '';
  const m = /([\d.]+)\s*ms/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Opens `name` with its preview beside it (giaymoi's or VS Code's Markdown preview: both on
 * Ctrl+K V), puts the cursor inside the text of `line`, and lets everything settle.
 */
export async function preparePreview(page, kind, name, line) {
  await closeAllEditors(page);
  await openFile(page, name);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('V');
  await waitFor(
    async () => (await previewFrame(page))?.evaluate(() => document.body.textContent.length > 200).catch(() => false),
    `the ${kind} preview of ${name}`,
    60_000,
  );
  await page.keyboard.press('Control+1'); // back to the editor, whatever the preview command did with focus
  await goToLineEnd(page, line);
  await page.keyboard.press('ArrowLeft'); // inside the text: before its final "." (and a YAML string's closing quote)
  if (name.endsWith('.yaml')) await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(1_500);
}

/** The message that carries a new page: giaymoi's and the Markdown preview's. */
const CONTENT_MESSAGES = ['update', 'updateContent'];

/**
 * Types ` token` as one input (as a paste or an input method's commit) and returns ms until the
 * preview painted it (`painted`) and until the message carrying it reached the preview (`arrived`:
 * what went before is the editor, the extension host and the transport; after, the page's own work).
 */
export async function measureEdit(page, token) {
  await page.bringToFront();
  const frame = await previewFrame(page);
  await frame.evaluate(
    ({ token, types }) => {
      window.__benchArrived = undefined;
      const onMessage = (event) => {
        if (!types.includes(event.data?.type)) return;
        window.__benchArrived = performance.timeOrigin + performance.now();
        window.removeEventListener('message', onMessage, true);
      };
      window.addEventListener('message', onMessage, true);
      window.__benchSeen = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.body.textContent.includes(token)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
        });
        observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
      });
    },
    { token, types: CONTENT_MESSAGES },
  );
  const before = await page.evaluate(() => {
    window.__benchTyped = undefined;
    document.addEventListener(
      'beforeinput',
      () => {
        window.__benchTyped = performance.timeOrigin + performance.now();
      },
      { capture: true, once: true },
    );
    return performance.timeOrigin + performance.now();
  });
  await page.keyboard.insertText(` ${token}`);
  const painted = await withTimeout(
    frame.evaluate(() => window.__benchSeen),
    30_000,
    `"${token}" in the preview`,
  );
  const arrived = await frame.evaluate(() => window.__benchArrived);
  const typed = (await page.evaluate(() => window.__benchTyped)) ?? before;
  await page.keyboard.press('Escape'); // a suggestion list the typing may have opened
  await page.waitForTimeout(700); // the diagnostics' debounce and any late work, before the next round
  return { painted: painted - typed, arrived: arrived === undefined ? undefined : arrived - typed };
}

/** The preview's document: VS Code's webview iframe, then its active frame. */
async function previewFrame(page) {
  const outer = await (await page.$('iframe.webview.ready'))?.contentFrame();
  return (await outer?.$('#active-frame'))?.contentFrame();
}

/** Closes every editor, answering "Don't Save" for the edited ones (the workspace is a throwaway copy). */
async function closeAllEditors(page) {
  await page.keyboard.press('Escape');
  await runFromPalette(page, 'close all editors', 'View: Close All Editors');
  const dontSave = page
    .locator('.monaco-dialog-box .dialog-buttons-row a, .monaco-dialog-box .dialog-buttons-row button')
    .filter({ hasText: /Don.t Save/ })
    .first();
  if (
    await dontSave.waitFor({ state: 'visible', timeout: 1_500 }).then(
      () => true,
      () => false,
    )
  )
    await dontSave.click();
  await page.waitForTimeout(300);
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
