/**
 * The web platform (vscode.dev, github.dev, code-server's browser host): every
 * file through `vscode.workspace.fs`, addressed by its URI's path, in the
 * source's own file system. No home folder: an untitled invitation needs an
 * open folder to export into.
 */
import type { Platform } from './platform-api';
import { uriExportFiles } from './workspace-file-system';

export const platform: Platform = {
  name: 'web',
  exportFiles: uriExportFiles,
  homeFolder: () => undefined,
};
