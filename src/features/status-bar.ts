/** A status-bar item with the active file's state (lỗi / bản nháp / sẵn sàng xuất); a click opens the preview. */
import * as vscode from 'vscode';
import { statusOf } from '../core/authoring';
import { isInvitation } from './analysis';
import type { ExtensionState } from './extension-state';
import type { Settings } from './settings';

/** The preview command (built by the preview feature; the id is fixed). */
export const SHOW_PREVIEW_COMMAND = 'giaymoi.showPreview';

/** What the status bar needs from activate: settings and the state whose checks it shows. */
export interface StatusBarDeps {
  readonly settings: () => Settings;
  readonly state: ExtensionState;
}

/** Shows the active giaymoi file's state in the status bar, updated each time its check is due. */
export function registerStatusBar(deps: StatusBarDeps): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('giaymoi.status', vscode.StatusBarAlignment.Left, 100);
  item.name = 'Giấy mời';
  item.command = SHOW_PREVIEW_COMMAND;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isInvitation(document)) return item.hide();
    const settings = deps.settings();
    const status = statusOf(deps.state.analyze(document), settings.language);
    item.text = status.text;
    item.tooltip = status.tooltip;
    item.backgroundColor =
      status.state === 'errors' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    deps.state.onDidAnalyze((document) => {
      if (document === vscode.window.activeTextEditor?.document) update();
    }),
  );
}
