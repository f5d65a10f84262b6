/**
 * Helpers for tests that run inside VS Code's extension host: open workspace
 * files, wait (by polling with a timeout, never a fixed sleep) for what the
 * extension publishes, and leave the window clean for the next test.
 */
import * as vscode from 'vscode';

export const EXTENSION_ID = 'giaymoi.giaymoi';

/** The draft example (no number, month-only date), copied from examples/ into the workspace. */
export const EXAMPLE = 'hoi-nghi-sipas-2024.giaymoi.yaml';

const POLL_MS = 50;
/** Generous: the first webview of a freshly installed host can take over 10 s to load; a passing wait returns at once. */
const DEFAULT_TIMEOUT_MS = 25_000; // under the suite's 30 s test timeout, so a real failure still says what it waited for
/** A host's first webview loads its iframe and service worker cold: on a loaded two-core machine that alone took over 25 s. */
export const FIRST_RENDER_TIMEOUT_MS = 60_000;

/** The extension under test (the development folder, or the installed VSIX). */
export function giaymoiExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded in this window`);
  return extension;
}

/** The extension's package.json as VS Code read it (contributions, version). */
export function manifest(): Record<string, any> {
  return giaymoiExtension().packageJSON as Record<string, any>;
}

/** A file of the fixture workspace (examples/ plus test/fixtures/workspace/). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the window has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Opens a workspace file in an editor, the way a user does. `vscode.open` (not
 * `openTextDocument`) so that closing the editor really closes the document:
 * documents opened by extensions stay referenced for minutes after.
 */
export async function openInEditor(name: string): Promise<vscode.TextDocument> {
  const uri = workspaceFile(name);
  await vscode.commands.executeCommand('vscode.open', uri);
  const editor = await waitFor(() => {
    const active = vscode.window.activeTextEditor;
    return active?.document.uri.toString() === uri.toString() && active;
  }, `an editor on ${name}`);
  return editor.document;
}

/** Polls `probe` until it returns something truthy; fails with `what` and the last `context()`. */
export async function waitFor<T>(
  probe: () => T | undefined | null | false,
  what: string,
  options: { timeoutMs?: number; context?: () => string } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) {
      const context = options.context ? `\n${options.context()}` : '';
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${context}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The diagnostics giaymoi (not other extensions) published for `uri`. */
export function giaymoiDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'giaymoi');
}

/** Waits until giaymoi's diagnostics for `uri` satisfy `accept`, and returns them. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (list: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const list = giaymoiDiagnostics(uri);
      return accept(list) && list;
    },
    what,
    { timeoutMs, context: () => `diagnostics now:\n${describeDiagnostics(giaymoiDiagnostics(uri))}` },
  );
}

/** The code of a diagnostic as a string ("GM015"). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code ?? '');
}

/** One line per diagnostic, for assertion messages: `GM003 Error 7:0-7:9 message`. */
export function describeDiagnostics(list: readonly vscode.Diagnostic[]): string {
  if (list.length === 0) return '  (none)';
  return list
    .map((d) => `  ${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]} ${describeRange(d.range)} ${d.message}`)
    .join('\n');
}

export function describeRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Reverts every unsaved change and closes all editors, without the "Save?" dialog (modal UI never resolves here). */
export async function discardAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a user setting and returns a function that restores its previous user value. */
export async function setUserSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const configuration = vscode.workspace.getConfiguration();
  const previous = configuration.inspect(key)?.globalValue;
  await configuration.update(key, value, vscode.ConfigurationTarget.Global);
  return () =>
    vscode.workspace.getConfiguration().update(key, previous, vscode.ConfigurationTarget.Global) as Promise<void>;
}
