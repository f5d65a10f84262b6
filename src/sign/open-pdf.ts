/** A PDF read for signing: anything else (a DOCX renamed .pdf, a damaged or encrypted file) is one SignError. */
import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import { say } from '../core/messages';
import { SignError } from './sign-error';

const HEADER = '%PDF-';
/** The header may follow a little junk (PDF 32000-1, 7.5.2; readers accept it within the first KB). */
const HEADER_WITHIN = 1024;

/** The document, loaded without touching its metadata (what is signed is what was exported). */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocument> {
  const head = String.fromCharCode(...bytes.subarray(0, HEADER_WITHIN));
  if (!head.includes(HEADER)) throw new SignError(say('sign.pdf.notPdf'));
  let doc: PDFDocument;
  try {
    // a damaged object is an error, not a guess: what is signed must be what was exported
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    if (error instanceof EncryptedPDFError) throw new SignError(say('sign.pdf.encrypted'));
    throw new SignError(say('sign.pdf.damaged', { detail: firstLine(error) }));
  }
  if (doc.getPageCount() === 0) throw new SignError(say('sign.pdf.damaged', { detail: '0 pages' }));
  return doc;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
