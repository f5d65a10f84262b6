/**
 * A list invitation in the status bar: "30 khách mời" (and the copy shown);
 * a click, or the command, opens the picker of invitees, and the preview
 * shows the chosen one's copy.
 */
import * as vscode from 'vscode';
import type { Language } from '../core/model';
import { t } from '../l10n';
import { isInvitation } from './analysis';
import type { ExtensionState } from './extension-state';
import type { Settings } from './settings';

export const PICK_INVITEE_COMMAND = 'giaymoi.pickInvitee';

export interface MergePickerDeps {
  readonly settings: () => Settings;
  readonly state: ExtensionState;
}

/** Registers the status item and the picker command. */
export function registerMergePicker(deps: MergePickerDeps): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('giaymoi.invitees', vscode.StatusBarAlignment.Left, 99);
  item.name = 'Giấy mời: khách mời';
  item.command = PICK_INVITEE_COMMAND;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const merge = document && isInvitation(document) ? deps.state.analyze(document).merge : undefined;
    if (!merge || merge.copies.length === 0) return item.hide();
    const language = deps.settings().language;
    item.text = t(language, '$(organization) {0} invitees · copy {1}', merge.copies.length, merge.selected + 1);
    item.tooltip = t(language, 'Click to pick the invitee whose copy the preview shows');
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.commands.registerCommand(PICK_INVITEE_COMMAND, (uri?: unknown) => pickInvitee(deps, uri)),
    vscode.window.onDidChangeActiveTextEditor(update),
    deps.state.onDidAnalyze((document) => {
      if (document === vscode.window.activeTextEditor?.document) update();
    }),
  );
}

/** Shows the invitees of the invitation (the argument or the active editor's); returns the index picked. */
async function pickInvitee(deps: MergePickerDeps, arg: unknown): Promise<number | undefined> {
  const document = await invitationOf(arg);
  if (!document) return undefined;
  const language: Language = deps.settings().language;
  const merge = deps.state.analyze(document).merge;
  if (!merge || merge.copies.length === 0) {
    void vscode.window.showInformationMessage(t(language, 'The list has no invitee that could be read.'));
    return undefined;
  }
  const items = merge.copies.map((copy, index) => ({
    label: `${index + 1}. ${copy.label}`,
    description: copy.invitation ? undefined : '$(error)',
    index,
    picked: index === merge.selected,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    placeHolder: t(language, 'Pick an invitee to see their copy'),
    matchOnDescription: true,
  });
  if (chosen) deps.state.lists.pickRow(document.uri, chosen.index);
  return chosen?.index;
}

async function invitationOf(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const document = vscode.window.activeTextEditor?.document;
  return document && isInvitation(document) ? document : undefined;
}
