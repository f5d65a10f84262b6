/** Which document an export command acts on, and where its files go (setting `giaymoi.export.outputFolder`). */
import { homedir } from 'node:os';
import { basename, dirname, extname, isAbsolute, resolve } from 'node:path';
import * as vscode from 'vscode';
import { expandOutputFolder } from '../export/targets';
import { isInvitation } from './analysis';

/** The document of `uri` (open or not; unsaved edits included), else the active giaymoi editor's. */
export async function documentToExport(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  if (typeof uri === 'string' && uri) return vscode.workspace.openTextDocument(isAbsolute(uri) ? vscode.Uri.file(uri) : vscode.Uri.parse(uri));
  const active = vscode.window.activeTextEditor?.document;
  return active && isInvitation(active) ? active : undefined;
}

/** A source path for naming: the file's own, or "giay-moi" in the workspace for an untitled one. */
export function sourcePathOf(document: vscode.TextDocument): string {
  if (document.uri.scheme === 'file') return document.uri.fsPath;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? homedir();
  return resolve(folder, 'giay-moi.giaymoi.yaml');
}

export interface ExportWhere {
  readonly folder: string;
  readonly exactPath?: string;
}

/** `target` from the command's options (a .docx file, or a folder for a mail merge), else the setting's folder. */
export function exportWhere(sourcePath: string, outputFolder: string, target: string | undefined): ExportWhere {
  if (target) {
    const absolute = resolve(dirname(sourcePath), target);
    return extname(absolute).toLowerCase() === '.docx' ? { folder: dirname(absolute), exactPath: absolute } : { folder: absolute };
  }
  const name = basename(sourcePath);
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(sourcePath))?.uri.fsPath;
  return {
    folder: expandOutputFolder(outputFolder, {
      fileDirname: dirname(sourcePath),
      fileBasenameNoExtension: name.slice(0, name.length - extname(name).length),
      workspaceFolder,
    }),
  };
}
