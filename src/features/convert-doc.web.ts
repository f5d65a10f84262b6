/**
 * The web build's src/node/convert-doc.ts: a browser has no LibreOffice, so a
 * .doc cannot be converted there; the import asks for a .docx instead.
 */
import { UI } from '../core/authoring/texts';
import type { Localized } from '../core/problem';

export function convertDocToDocx(_file: string): { data: Uint8Array } | { reason: Localized } {
  return { reason: UI.importDocNeedsDesktop };
}
