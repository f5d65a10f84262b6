/**
 * The desktop's Node extension host runs beside the files of `file:` URIs, so
 * giaymoi.config.yaml is read with Node's fs there, not through the window (see
 * rule-config-files.ts). A browser build leaves this out and keeps workspace.fs.
 */
import { readFile } from 'node:fs/promises';
import type * as vscode from 'vscode';
import { useLocalReads } from './rule-config-files';

export function registerLocalReads(): vscode.Disposable {
  useLocalReads((path) => readFile(path));
  return { dispose: () => useLocalReads(undefined) };
}
