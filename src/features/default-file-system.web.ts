/**
 * The web build's replacement for src/export/default-file-system.ts: the
 * writers' fallback when a caller names no file system is the first workspace
 * folder's (the export command always names one: the source's).
 */
import * as vscode from 'vscode';
import { workspaceFileSystem } from './workspace-file-system';

export const defaultFileSystem = workspaceFileSystem(() => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw Object.assign(new Error('no folder is open to write into'), { code: 'ENOENT' });
  return folder.uri;
});
