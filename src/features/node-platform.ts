/**
 * The Node (desktop, remote) platform, built by src/extension.ts: local files
 * through Node's fs, the rest through workspace.fs; zlib's DEFLATE; .doc through
 * LibreOffice; giaymoi.config.yaml read from the host's own disk.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { loadDocxRenderer } from '../export/load-renderer';
import { nodeFileSystem } from '../export/node-file-system';
import { nodeZipCodec } from '../export/node-zip-codec';
import type { ExportFiles, Platform } from './platform-api';
import { uriExportFiles } from './workspace-file-system';

type ConvertDoc = typeof import('../node/convert-doc');

const localFiles: ExportFiles = { fs: nodeFileSystem, pathOf: (uri) => uri.fsPath, uriOf: (path) => vscode.Uri.file(path) };

/** The desktop's platform. */
export function nodePlatform(): Platform {
  return {
    name: 'node',
    exportFiles: (source) => (source.scheme === 'file' ? localFiles : uriExportFiles(source)),
    homeFolder: () => vscode.Uri.file(homedir()),
    zipCodec: nodeZipCodec,
    loadDocxRenderer,
    // Required on first use (child_process and LibreOffice's paths are not needed to activate).
    convertDocToDocx: (file) => (require('../node/convert-doc') as ConvertDoc).convertDocToDocx(file),
    // The desktop's extension host runs beside the files of `file:` URIs: read them with Node's fs, not through the window.
    readLocal: (path) => readFile(path),
  };
}
