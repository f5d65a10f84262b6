/**
 * The PDF's fonts where Node runs: Times New Roman from the system when it is
 * installed (Windows' Fonts folder, macOS's, Linux's core fonts), else the
 * Liberation Serif shipped in media/fonts (metric-compatible, SIL OFL 1.1).
 * Read at each export (a few milliseconds; nothing is kept between exports).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Face, PdfFonts } from '../render/pdf';

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

const LIBERATION_FILES: Readonly<Record<Face, string>> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
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

/** Times New Roman from the system, else the bundled Liberation Serif from the first of `mediaFolders` that holds it. */
export function nodePdfFonts(mediaFolders: readonly string[]): PdfFonts {
  for (const folder of systemFolders()) {
    const files = facesIn(folder, TIMES_FILES) ?? facesIn(folder, MAC_FILES);
    if (files) return read('Times New Roman', files);
  }
  for (const media of mediaFolders) {
    const files = facesIn(join(media, 'fonts'), LIBERATION_FILES);
    if (files && existsSync(files.regular)) return read('Liberation Serif', files);
  }
  throw new Error(`giaymoi: the bundled fonts are missing from ${mediaFolders.join(', ')}`);
}

function read(family: string, files: Record<Face, string>): PdfFonts {
  const faces = Object.fromEntries(Object.entries(files).map(([face, path]) => [face, readFileSync(path)]));
  return { family, faces: faces as unknown as Record<Face, Uint8Array> };
}
