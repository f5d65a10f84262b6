/** Which document an export command acts on, and where its files go (setting `giaymoi.export.outputFolder`). */
import { basename, dirname, extname, isAbsolute, resolve } from 'node:path';
import * as vscode from 'vscode';
import { expandOutputFolder } from '../export/targets';
import { isInvitation } from './analysis';
import type { ExportFiles, Platform } from './platform-api';

/** The document of `uri` (open or not; unsaved edits included), else the active giaymoi editor's. */
export async function documentToExport(uri: unknown, platform: Platform): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  if (typeof uri === 'string' && uri)
    return vscode.workspace.openTextDocument(
      isAbsolute(uri) && platform.name === 'node' ? vscode.Uri.file(uri) : vscode.Uri.parse(uri),
    );
  const active = vscode.window.activeTextEditor?.document;
  return active && isInvitation(active) ? active : undefined;
}

/**
 * The source's location for naming and for the files beside it: the file
 * itself, or "giay-moi.giaymoi.yaml" in the workspace (else home) folder for an
 * untitled one; undefined when there is nowhere to write (the web, no folder).
 */
export function sourceUriOf(document: vscode.TextDocument, platform: Platform): vscode.Uri | undefined {
  if (document.uri.scheme !== 'untitled') return document.uri;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? platform.homeFolder();
  return folder && vscode.Uri.joinPath(folder, 'giay-moi.giaymoi.yaml');
}

export interface ExportWhere {
  readonly folder: string;
  readonly exactPath?: string;
}

/** `target` from the command's options (a .docx file, or a folder for a mail merge), else the setting's folder. */
export function exportWhere(
  sourcePath: string,
  outputFolder: string,
  target: string | undefined,
  files: ExportFiles,
): ExportWhere {
  if (target) {
    const absolute = resolve(dirname(sourcePath), target);
    return extname(absolute).toLowerCase() === '.docx'
      ? { folder: dirname(absolute), exactPath: absolute }
      : { folder: absolute };
  }
  const name = basename(sourcePath);
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(files.uriOf(sourcePath))?.uri;
  return {
    folder: expandOutputFolder(outputFolder, {
      fileDirname: dirname(sourcePath),
      fileBasenameNoExtension: name.slice(0, name.length - extname(name).length),
      workspaceFolder: workspaceFolder && files.pathOf(workspaceFolder),
    }),
  };
}
