/**
 * The web platform (vscode.dev, github.dev, code-server's browser host), built
 * by src/web-extension.ts: every file through `vscode.workspace.fs`, addressed
 * by its URI's path, in the source's own file system; fflate's DEFLATE (no zlib
 * in a web worker). No home folder: an untitled invitation needs an open folder
 * to export into. No LibreOffice: a .doc is refused with a request for a .docx.
 */
import { UI } from '../core/authoring';
import { loadDocxRenderer } from '../export/load-renderer';
import { loadPdfRenderer } from '../export/pdf-renderer';
import { bundledPdfFonts } from './bundled-pdf-fonts';
import { FFLATE_CODEC } from '../render/docx/zip-codec';
import type { Platform } from './platform-api';
import { uriExportFiles } from './workspace-file-system';

/** The browser's platform. */
export function webPlatform(): Platform {
  return {
    name: 'web',
    exportFiles: uriExportFiles,
    homeFolder: () => undefined,
    zipCodec: FFLATE_CODEC,
    loadDocxRenderer,
    loadPdfRenderer,
    pdfFonts: bundledPdfFonts,
    convertDocToDocx: () => ({ reason: UI.importDocNeedsDesktop }),
  };
}
