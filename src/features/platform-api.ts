/**
 * What differs between the desktop (Node) extension and the web one, built once
 * by each entry file (src/extension.ts: node-platform.ts; src/web-extension.ts:
 * web-platform.ts) and handed to the features in ExtensionDeps.
 */
import type * as vscode from 'vscode';
import type { Localized } from '../core/model';
import type { DocxRenderer } from '../export/load-renderer';
import type { ExportFileSystem } from '../export/file-system';
import type { PdfRenderer } from '../export/pdf-renderer';
import type { PdfFonts } from '../render/pdf';
import type { ZipCodec } from '../render/docx/zip-codec';
import type { LocalListReads } from './list-access';
import type { ReadLocal } from './rule-config-files';

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
  /** How DOCX parts are deflated: Node's native zlib, or the renderer's fflate in a browser. */
  readonly zipCodec: ZipCodec;
  /** The DOCX renderer, loaded on the first export. */
  loadDocxRenderer(): DocxRenderer;
  /** The PDF renderer, loaded on the first PDF export. */
  loadPdfRenderer(): PdfRenderer;
  /** The PDF's fonts: the system's Times New Roman on the desktop when installed, else the extension's Liberation Serif. */
  pdfFonts(extensionUri: vscode.Uri): Promise<PdfFonts>;
  /** A Word 97–2003 file made a .docx (LibreOffice on the desktop; a browser asks for a .docx instead). */
  convertDocToDocx(file: string): { data: Uint8Array } | { reason: Localized };
  /** Reads a `file:` configuration from the host's own disk through the guarded reader, bypassing the window (desktop only). */
  readonly readLocal?: ReadLocal;
  /** Resolves and reads `file:` lists on the host's own disk: real paths after links, the guarded read (desktop only). */
  readonly localListReads?: LocalListReads;
}
