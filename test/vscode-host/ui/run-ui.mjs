// Runs the UI tests (tests.mjs) in the workbench the suite has just used, one after the
// other, each with a timeout and a screenshot on failure; returns a result in the suite's
// shape, so its tests count in the `N passed, N failed` line.
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closePalette, runFromPalette } from './driver.mjs';
import { uiFiles, UI_TESTS } from './tests.mjs';

const TEST_TIMEOUT_MS = 90_000;
const MARK = { passed: '✓', failed: '✗' };

/** `context`: { page, workspace, logsDir, artifacts, grep }. */
export async function runUiTests(context) {
  const result = { passed: 0, failed: 0, pending: 0, failures: [], tests: [], done: true };
  const selected = UI_TESTS.filter((t) => !context.grep || `[ui] ${t.title}`.includes(context.grep));
  if (selected.length === 0) return result;
  const files = Object.entries(uiFiles(context.workspace)).map(([name, text]) => {
    writeFileSync(join(context.workspace, name), text);
    return join(context.workspace, name);
  });
  try {
    await runEach(selected, context, result);
  } finally {
    files.forEach((f) => {
      try {
        unlinkSync(f);
      } catch {
        /* already gone */
      }
    });
  }
  return result;
}

async function runEach(selected, context, result) {
  for (const [i, test] of selected.entries()) {
    const title = `[ui] ${test.title}`;
    const started = Date.now();
    let error;
    try {
      await withTimeout(test.run(context), TEST_TIMEOUT_MS, title);
    } catch (e) {
      error = e;
      await screenshot(context, `ui-failure-${i + 1}.png`);
    }
    const durationMs = Date.now() - started;
    const state = error ? 'failed' : 'passed';
    result[state] += 1;
    result.tests.push({ title, state, durationMs });
    if (error) result.failures.push({ title, message: error.message, stack: error.stack });
    console.log(`  ${MARK[state]} ${title}${durationMs > 500 ? ` (${durationMs} ms)` : ''}`);
    await resetWorkbench(context.page);
  }
}

/**
 * Back to an empty editor area between tests. A test that failed half-way may
 * leave an unsaved editor: closing it asks "Save?", which would block every
 * later test, so the dialog is answered "Don't Save"; one retry covers a
 * palette that was still closing.
 */
async function resetWorkbench(page) {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      await dismissSaveDialog(page);
      await closePalette(page);
      await page.keyboard.press('Escape');
      await runFromPalette(page, 'close all editors', 'View: Close All Editors');
      await dismissSaveDialog(page, 2_000);
      await runFromPalette(page, 'clear all notifications', 'Notifications: Clear All Notifications');
      return;
    } catch (error) {
      console.log(`  [ui] could not reset the workbench (attempt ${attempt}): ${error.message.split('\n')[0]}`);
      await page.keyboard.press('Escape').catch(() => undefined);
    }
  }
}

/** Answers a "Do you want to save…?" dialog with "Don't Save", if one shows within `waitMs`. */
async function dismissSaveDialog(page, waitMs = 0) {
  const button = page
    .locator('.monaco-dialog-box .dialog-buttons-row a, .monaco-dialog-box .dialog-buttons-row button')
    .filter({ hasText: /Don.t Save|Không lưu/ })
    .first();
  try {
    await button.waitFor({ state: 'visible', timeout: Math.max(waitMs, 1) });
    await button.click();
  } catch {
    /* no dialog */
  }
}

async function screenshot({ page, artifacts }, name) {
  try {
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, name) });
    console.log(`  [ui] screenshot: ${join(artifacts, name)}`);
  } catch {
    /* the page is gone: the failure says why */
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
