/**
 * The four faces the page is set in (NĐ 30/2020, PL I-P.I-M.I-k.4: Times New
 * Roman), as TrueType bytes the shell found: the system's Times New Roman, or
 * the bundled, metric-compatible Liberation Serif. The renderer reads no
 * file itself, so it runs in a web worker as in Node.
 */

/** Regular, bold, italic, bold italic. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FACES: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

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
