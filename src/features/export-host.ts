/**
 * What the VS Code host can do with a written file. Desktop VS Code on the
 * user's own machine can show it in the OS file manager and open it in Word;
 * in a browser (code-server, vscode.dev) or a remote window the file lives on
 * another machine: `revealFileInOS` does not exist there and `openExternal` of a
 * file URI does nothing, so the file is shown in VS Code's own Explorer.
 */
import * as vscode from 'vscode';

/** How a written file can be shown and opened in this host. */
export interface HostAbilities {
  /** `revealFileInOS`: only a desktop window on local files. */
  readonly revealInOS: boolean;
  /** `env.openExternal(file)` opens it with the OS's application (Word, LibreOffice). */
  readonly openWithOS: boolean;
}

/** Reads the host's kind once per call (`env.uiKind`, `env.remoteName`). */
export function hostAbilities(): HostAbilities {
  const local = vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
  return { revealInOS: local, openWithOS: local };
}

/** Shows `file` in the OS file manager where that exists, else in VS Code's Explorer (when it is in the workspace). */
export async function revealWritten(file: vscode.Uri, host: HostAbilities): Promise<void> {
  if (host.revealInOS) return void (await vscode.commands.executeCommand('revealFileInOS', file));
  await vscode.commands.executeCommand('revealInExplorer', file);
}

/** True when the Explorer can show `file`: it lies inside an open workspace folder. */
export function explorerCanShow(file: vscode.Uri): boolean {
  return vscode.workspace.getWorkspaceFolder(file) !== undefined;
}
