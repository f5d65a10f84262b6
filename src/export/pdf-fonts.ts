/**
 * The one system-font lookup where Node runs, for the PDF renderer and the
 * signer alike: Times New Roman from the system when it is installed (Windows'
 * Fonts folder, macOS's, Linux's core fonts), else the Liberation Serif shipped
 * in media/fonts (metric-compatible, SIL OFL 1.1). Read at each use (a few
 * milliseconds; nothing is kept between exports).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Face, PdfFonts } from '../render/pdf';
// the file, not render/pdf's door: a value through the door would bundle pdfkit into the CLI and the extension
import { BUNDLED_FONT_FAMILY, BUNDLED_FONT_FILES } from '../render/pdf/fonts';

/** File names of the four faces, as Microsoft ships them. */
const TIMES_FILES: Readonly<Record<Face, string>> = {
  regular: 'times.ttf',
  bold: 'timesbd.ttf',
  italic: 'timesi.ttf',
  boldItalic: 'timesbi.ttf',
};

/** macOS names them by style. */
const MAC_FILES: Readonly<Record<Face, string>> = {
  regular: 'Times New Roman.ttf',
  bold: 'Times New Roman Bold.ttf',
  italic: 'Times New Roman Italic.ttf',
  boldItalic: 'Times New Roman Bold Italic.ttf',
};

/** Folders that may hold Times New Roman; Linux's core fonts live in one sub-folder of /usr/share/fonts. */
function systemFolders(): string[] {
  const windows = process.env.WINDIR ? [join(process.env.WINDIR, 'Fonts')] : [];
  const mac = ['/Library/Fonts', '/System/Library/Fonts/Supplemental'];
  const linux = ['/usr/share/fonts/truetype/msttcorefonts', '/usr/share/fonts/TTF', '/usr/share/fonts/truetype'];
  return [...windows, ...mac, ...linux];
}

/** The four faces found in `folder` under `names` (any case), or undefined when one is missing. */
function facesIn(folder: string, names: Readonly<Record<Face, string>>): Record<Face, string> | undefined {
  let listing: string[];
  try {
    listing = readdirSync(folder);
  } catch {
    return undefined;
  }
  const byLower = new Map(listing.map((name) => [name.toLowerCase(), name]));
  const found = Object.entries(names).map(([face, name]) => [face, byLower.get(name.toLowerCase())] as const);
  if (found.some(([, name]) => !name)) return undefined;
  return Object.fromEntries(found.map(([face, name]) => [face, join(folder, name!)])) as Record<Face, string>;
}

/** Where a Node bundle finds the extension's media folder: beside dist/, or two up from a source file run by tsx. */
export function mediaFoldersNear(bundleDir: string): string[] {
  return [join(bundleDir, '..', 'media'), join(bundleDir, '..', '..', 'media')];
}

/** The four faces' files: Times New Roman's on the system, else the bundled family's in the first of `mediaFolders` that holds it. */
export function findPdfFontFiles(mediaFolders: readonly string[]): { family: string; files: Record<Face, string> } {
  for (const folder of systemFolders()) {
    const files = facesIn(folder, TIMES_FILES) ?? facesIn(folder, MAC_FILES);
    if (files) return { family: 'Times New Roman', files };
  }
  for (const media of mediaFolders) {
    const files = facesIn(join(media, 'fonts'), BUNDLED_FONT_FILES);
    if (files && existsSync(files.regular)) return { family: BUNDLED_FONT_FAMILY, files };
  }
  throw new Error(`giaymoi: the bundled fonts are missing from ${mediaFolders.join(', ')}`);
}

/** The four faces read, for the PDF renderer. */
export function nodePdfFonts(mediaFolders: readonly string[]): PdfFonts {
  const { family, files } = findPdfFontFiles(mediaFolders);
  const faces = Object.fromEntries(Object.entries(files).map(([face, path]) => [face, readFileSync(path)]));
  return { family, faces: faces as unknown as Record<Face, Uint8Array> };
}

/** The regular face alone, for the signer's text (the appearance's "Ký bởi", an attachment's stamp). */
export function nodeRegularFont(mediaFolders: readonly string[]): Uint8Array {
  return readFileSync(findPdfFontFiles(mediaFolders).files.regular);
}
