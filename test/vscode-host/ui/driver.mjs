// What a user does and sees in the workbench, driven by playwright-core: keystrokes, the
// palette, quick open, the editor's scroll position, the status bar, notifications, the
// preview's frame. Read from the DOM, as the user's eyes would; no extension API.

/** Polls `probe` every 50 ms until it returns a truthy value; fails after `ms` with `what`. */
export async function waitFor(probe, what, ms = 15_000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Lets a change that must NOT move anything play out before it is checked: the preview's
 * debounce (50 ms), its scroll timer (50 ms), the message back and the editor's reveal take
 * well under this. Waiting is the only way to observe that nothing happened.
 */
export const SETTLE_MS = 1_200;
export const settle = (page, ms = SETTLE_MS) => page.waitForTimeout(ms);

/** Opens the command palette and types `query`; returns the labels of the rows it lists. */
export async function paletteRows(page, query) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  // F1 on a palette still closing can leave it closed: press again once when it does not show.
  if (
    !(await input.waitFor({ state: 'visible', timeout: 3_000 }).then(
      () => true,
      () => false,
    ))
  )
    await page.keyboard.press('F1');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${query}`);
  await page.waitForTimeout(300); // the list filters on the next animation frame; nothing to poll for "done"
  return page
    .locator('.quick-input-list .monaco-list-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? r.textContent ?? ''));
}

/** Runs a command by its palette label, as a user picks it. */
export async function runFromPalette(page, query, label) {
  await paletteRows(page, query);
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: label }) })
    .first();
  await row.waitFor({ state: 'visible', timeout: 5_000 });
  await row.click();
}

export async function closePalette(page) {
  if (await page.locator('.quick-input-widget').isVisible()) await page.keyboard.press('Escape');
}

/** Opens a workspace file as a user does: a double-click on it in the Explorer; resolves when its editor has focus. */
export async function openFile(page, path) {
  const name = path.split('/').pop();
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
  if (!(await row.isVisible())) await page.keyboard.press('Control+Shift+E');
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.dblclick();
  await waitFor(
    () =>
      page
        .locator(`${editorOf(name)} textarea`)
        .first()
        .evaluate((t) => t === document.activeElement)
        .catch(() => false),
    `the editor of ${name} to have focus`,
  );
}

/** The code editor showing a file whose URI ends with `name`. */
export const editorOf = (name) => `.monaco-editor[data-uri$="${name}"]`;

/** The editor's scroll position in px, read from its lines layer (Monaco moves it by -scrollTop, -scrollLeft). */
export async function scrollOf(page, name) {
  return page
    .locator(`${editorOf(name)} .lines-content`)
    .first()
    .evaluate((e) => ({ top: 0 - parseFloat(e.style.top || '0'), left: 0 - parseFloat(e.style.left || '0') }));
}

/** The cursor as the status bar shows it ("Ln 612, Col 98"). */
export async function cursorText(page) {
  return (await page.locator('[id="status.editor.selection"]').textContent())?.trim() ?? '';
}

/** The status bar's indentation item ("Spaces: 2"). */
export async function indentationText(page) {
  return (await page.locator('[id="status.editor.indentation"]').textContent())?.trim() ?? '';
}

/** Text of every status bar entry. */
export async function statusBarTexts(page) {
  return page
    .locator('.statusbar-item')
    .evaluateAll((items) => items.map((i) => i.textContent?.trim() ?? '').filter(Boolean));
}

/** Goes to `line` (1-based) with Ctrl+G, then to its end with End (twice: on a wrapped line the first stops at the row's end). */
export async function goToLineEnd(page, line) {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('End');
}

/** The preview's inner document (VS Code's webview iframe, then its active frame). */
export function previewFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** The visible notification toasts: message and button labels. */
export async function toasts(page) {
  return page.locator('.notifications-toasts .notification-toast-container').evaluateAll((list) =>
    list
      .filter((t) => t.offsetParent !== null)
      .map((t) => ({
        message: t.querySelector('.notification-list-item-message')?.textContent ?? '',
        buttons: [...t.querySelectorAll('.notification-list-item-buttons-container .monaco-button')].map(
          (b) => b.textContent?.trim() ?? '',
        ),
      })),
  );
}
