/**
 * The Node (desktop, remote) platform, built by src/extension.ts: local files
 * through Node's fs, the rest through workspace.fs; zlib's DEFLATE; .doc through
 * LibreOffice; giaymoi.config.yaml read from the host's own disk.
 */
import { realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { loadDocxRenderer } from '../export/load-renderer';
import { nodeFileSystem } from '../export/node-file-system';
import { nodePdfFonts } from '../export/pdf-fonts';
import { loadPdfRenderer } from '../export/pdf-renderer';
import { nodeZipCodec } from '../export/node-zip-codec';
import { convertDocToDocx } from '../node/convert-doc';
import { readGuarded } from '../node/guarded-read';
import { readConfigWithin } from '../node/read-config-within';
import { refusedList, type LocalListReads } from './list-access';
import type { ExportFiles, Platform } from './platform-api';
import { uriExportFiles } from './workspace-file-system';

const localFiles: ExportFiles = {
  fs: nodeFileSystem,
  pathOf: (uri) => uri.fsPath,
  uriOf: (path) => vscode.Uri.file(path),
};

/** The desktop's platform. */
export function nodePlatform(): Platform {
  return {
    name: 'node',
    exportFiles: (source) => (source.scheme === 'file' ? localFiles : uriExportFiles(source)),
    homeFolder: () => vscode.Uri.file(homedir()),
    zipCodec: nodeZipCodec,
    loadDocxRenderer,
    loadPdfRenderer,
    pdfFonts: (extension) => Promise.resolve(nodePdfFonts([join(extension.fsPath, 'media')])),
    convertDocToDocx,
    // The desktop's extension host runs beside the files of `file:` URIs: read them with Node's fs, not through the window,
    // through the guarded reader (a FIFO or a device refused, the size limit enforced while reading), never a link out of the workspace.
    readLocal: async (path, folder) => {
      const read = readConfigWithin(path, folder);
      if (!read.ok) throw new Error(read.reason.en); // absent or refused: not a configuration
      return read.bytes;
    },
    localListReads,
  };
}

const localListReads: LocalListReads = {
  realPath: realPathOf,
  read: async (path) => {
    const read = readGuarded(path, 'list');
    if (read.ok) return read.bytes;
    if (read.why === 'missing') return undefined;
    throw refusedList(read.reason);
  },
};

/** A missing file's real place is its folder's real place and its name, so a refusal does not tell whether it exists. */
async function realPathOf(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    return realpath(dirname(path)).then(
      (folder) => join(folder, basename(path)),
      () => undefined,
    );
  }
}
