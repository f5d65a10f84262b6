/**
 * What differs between the desktop (Node) extension and the web one, handed to
 * the features by activate(): src/features/platform.ts is the Node side; the
 * web build swaps in platform.web.ts (scripts/web-bundle.mjs).
 */
import type * as vscode from 'vscode';
import type { ExportFileSystem } from '../export/file-system';

/** The files export writes beside a source: its file system, and how its paths map to URIs. */
export interface ExportFiles {
  readonly fs: ExportFileSystem;
  /** The path export computes with (the OS path on Node, the URI's path on the web). */
  pathOf(uri: vscode.Uri): string;
  uriOf(path: string): vscode.Uri;
}

export interface Platform {
  /** Which entry is running: dist/extension.js ('node') or dist/web/extension.js ('web'). */
  readonly name: 'node' | 'web';
  /** The file system and paths for files next to `source` (a real or would-be file). */
  exportFiles(source: vscode.Uri): ExportFiles;
  /** Where an untitled invitation exports when no folder is open (the home folder on Node; none on the web). */
  homeFolder(): vscode.Uri | undefined;
}
