/**
 * The four faces the page is set in (NĐ 30/2020, PL I-P.I-M.I-k.4: Times New
 * Roman), as TrueType bytes the shell found: the system's Times New Roman, or
 * the bundled, metric-compatible Liberation Serif. The renderer reads no
 * file itself, so it runs in a web worker as in Node.
 */

/** Regular, bold, italic, bold italic. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FACES: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** The bundled family's files in the extension's media/fonts (SIL OFL 1.1), read by the Node and the web shells alike. */
export const BUNDLED_FONT_FILES: Readonly<Record<Face, string>> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

/** The bundled family's name, for the export message. */
export const BUNDLED_FONT_FAMILY = 'Liberation Serif';

/** The font files of one family, and the family's name for the export message. */
export interface PdfFonts {
  readonly family: string;
  readonly faces: Readonly<Record<Face, Uint8Array>>;
}

/** The face of a run in a role's style. */
export function faceOf(bold: boolean, italic: boolean): Face {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** A parsed font (fontkit's, inside pdfkit), reused by later documents: parsing the tables is most of a render's time. */
type ParsedFont = object;

/**
 * Parsed fonts by content: a shell reads the files anew for each export, so the
 * key is the bytes' length and a sample of them, not the array.
 */
const parsed = new Map<string, ParsedFont>();

function contentKey(bytes: Uint8Array): string {
  let hash = 2166136261;
  for (let i = 0; i < bytes.length; i += 61) hash = Math.imul(hash ^ bytes[i], 16777619) >>> 0;
  return `${bytes.length}:${hash}`;
}

/** What pdfkit takes for these bytes: the font parsed before, else the bytes. */
export function fontSource(bytes: Uint8Array): string {
  return (parsed.get(contentKey(bytes)) ?? bytes) as unknown as string;
}

/** Registers the four faces on `doc`, each parsed once per process and content. */
export function registerFaces(doc: PDFKit.PDFDocument, fonts: PdfFonts): void {
  for (const face of FACES) {
    const key = contentKey(fonts.faces[face]);
    // pdfkit reads a font from a Uint8Array in Node and in a browser alike (no Buffer in a web worker), or takes a parsed one.
    doc.registerFont(face, fontSource(fonts.faces[face]));
    if (!parsed.has(key)) {
      doc.font(face);
      parsed.set(key, (doc as unknown as { _font: { font: ParsedFont } })._font.font);
    }
  }
}
