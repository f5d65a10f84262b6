/**
 * VS Code's Workspace Trust for giaymoi's reads of a workspace's other files:
 * in an untrusted workspace no invitee list and no giaymoi.config.yaml is read
 * (package.json declares `untrustedWorkspaces: limited`), and the user is told
 * so once per window rather than on every keystroke. One instance, owned by
 * the extension's state object (extension-state.ts).
 */
import * as vscode from 'vscode';
import type { Settings } from './settings';

const UNTRUSTED = {
  vi: 'Thư mục này chưa được tin cậy: giaymoi không đọc danh sách khách mời và giaymoi.config.yaml của nó. Hãy tin cậy thư mục (Manage Workspace Trust) để đọc.',
  en: 'This workspace is not trusted: giaymoi reads none of its invitee lists and no giaymoi.config.yaml. Trust the workspace (Manage Workspace Trust) to read them.',
};

/** Why a list is not read in an untrusted workspace (the detail of its GM diagnostic). */
export const UNTRUSTED_LIST = {
  vi: 'thư mục chưa được tin cậy, danh sách không được đọc',
  en: 'the workspace is not trusted, so the list is not read',
};

/** Whether the workspace's lists and configuration may be read, told once per window when not. */
export class WorkspaceReads {
  private told = false;

  constructor(private readonly settings: () => Settings) {}

  /** True when the workspace's lists and configuration may be read; says once why not. */
  allowed(): boolean {
    if (vscode.workspace.isTrusted) return true;
    if (!this.told) {
      this.told = true;
      void vscode.window.showInformationMessage(UNTRUSTED[this.settings().language]);
    }
    return false;
  }
}
