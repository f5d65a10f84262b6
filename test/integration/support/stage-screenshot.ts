/**
 * After the tests, leave the window as a user would see it, for the driver's
 * screenshot (test-artifacts/workbench.png): the example open and the A4
 * preview beside it once the preview command exists.
 */
import * as vscode from 'vscode';
import { discardAndCloseAll, EXAMPLE, giaymoiExtension, openInEditor } from './host';

const PREVIEW_COMMAND = 'giaymoi.showPreviewToSide';

export async function stageScreenshot(): Promise<void> {
  await discardAndCloseAll();
  await vscode.commands.executeCommand('notifications.clearAll'); // toasts left by the tests would cover the preview
  await openInEditor(EXAMPLE);
  // ── PREVIEW (screenshot) ─────────────────────────────────────────────────
  // The preview beside the example, as soon as the command is registered.
  // test/vscode-host/workbench.mjs (marked the same) waits for its frame.
  if ((await vscode.commands.getCommands(true)).includes(PREVIEW_COMMAND)) {
    const rendered = previewRendered();
    await withTimeout(vscode.commands.executeCommand(PREVIEW_COMMAND), 10_000, PREVIEW_COMMAND);
    await withTimeout(rendered, 15_000, "the preview's first render");
  }
  // ─────────────────────────────────────────────────────────────────────────
}

/** Settles when the preview reports a render with pages (the test hook's onDidRender), or at once without the hook. */
function previewRendered(): Promise<void> {
  const api = giaymoiExtension().exports as { preview?: { onDidRender?: vscode.Event<{ pages: number }> } } | undefined;
  const onDidRender = api?.preview?.onDidRender;
  if (!onDidRender) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = onDidRender((e) => {
      if (e.pages > 0) {
        listener.dispose();
        resolve();
      }
    });
  });
}

function withTimeout<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish in ${ms / 1000} s`)), ms);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}
