/**
 * VS Code's Workspace Trust for giaymoi's reads of a workspace's other files:
 * in an untrusted workspace no invitee list and no giaymoi.config.yaml is read
 * (package.json declares `untrustedWorkspaces: limited`), and the user is told
 * so once per window rather than on every keystroke. One instance, owned by
 * the extension's state object (extension-state.ts).
 */
import * as vscode from 'vscode';
import { say } from '../core/messages';
import { t } from '../l10n';
import type { Settings } from './settings';

/** Why a list is not read in an untrusted workspace (the detail of its GM diagnostic). */
export const UNTRUSTED_LIST = say('lists.untrustedWorkspace');

/** Whether the workspace's lists and configuration may be read, told once per window when not. */
export class WorkspaceReads {
  private told = false;

  constructor(private readonly settings: () => Settings) {}

  /** True when the workspace's lists and configuration may be read; says once why not. */
  allowed(): boolean {
    if (vscode.workspace.isTrusted) return true;
    if (!this.told) {
      this.told = true;
      void vscode.window.showInformationMessage(
        t(
          this.settings().language,
          'This workspace is not trusted: giaymoi reads none of its invitee lists and no giaymoi.config.yaml. Trust the workspace (Manage Workspace Trust) to read them.',
        ),
      );
    }
    return false;
  }
}
