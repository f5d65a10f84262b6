/** How many signatures a PDF holds already: the editor offers the agency's seal on a signed one. */
import { findSignatureFields } from './find-field';
import { openPdf } from './open-pdf';

/** The signed signature fields of `pdf`; a file that is no readable PDF is a SignError. */
export async function countSignatures(pdf: Uint8Array): Promise<number> {
  return findSignatureFields(await openPdf(pdf)).filter((f) => f.signed).length;
}
