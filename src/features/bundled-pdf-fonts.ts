/**
 * The Liberation Serif shipped with the extension (media/fonts, SIL OFL 1.1,
 * metric-compatible with Times New Roman), read through workspace.fs: what
 * the web extension sets its PDFs in, a browser having no font files to read.
 */
import * as vscode from 'vscode';
import type { Face, PdfFonts } from '../render/pdf';
// the file, not render/pdf's door: a value through the door would bundle pdfkit into the extension
import { BUNDLED_FONT_FAMILY, BUNDLED_FONT_FILES } from '../render/pdf/fonts';

/** The four faces from the extension's media/fonts. */
export async function bundledPdfFonts(extensionUri: vscode.Uri): Promise<PdfFonts> {
  const read = async ([face, file]: [string, string]) =>
    [face, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'fonts', file))] as const;
  const faces = Object.fromEntries(await Promise.all(Object.entries(BUNDLED_FONT_FILES).map(read)));
  return { family: BUNDLED_FONT_FAMILY, faces: faces as Record<Face, Uint8Array> };
}
