/** The Node (desktop, remote) platform: local files through Node's fs, the rest through workspace.fs. */
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { nodeFileSystem } from '../export/node-file-system';
import type { ExportFiles, Platform } from './platform-api';
import { uriExportFiles } from './workspace-file-system';

const localFiles: ExportFiles = { fs: nodeFileSystem, pathOf: (uri) => uri.fsPath, uriOf: (path) => vscode.Uri.file(path) };

export const platform: Platform = {
  name: 'node',
  exportFiles: (source) => (source.scheme === 'file' ? localFiles : uriExportFiles(source)),
  homeFolder: () => vscode.Uri.file(homedir()),
};
