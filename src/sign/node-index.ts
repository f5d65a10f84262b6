/**
 * Signing on Node, as one module: the CLI and the desktop extension load it
 * on first use through load-signing.ts, and the build keeps it in its own
 * bundle (dist/sign.js), so `giaymoi check` and activation never parse pdf-lib,
 * node-forge or fontkit. Everything the callers use comes from here, SignError
 * included: a class from a second copy of this code would fail `instanceof`.
 */
export { parseRect } from './add-field';
export { checkDocumentNumber } from './attachment-stamp';
export { assertCertificateInForce } from './certificate-validity';
export { countSignatures } from './count-signatures';
export { MAX_PDF_MB, MAX_SMALL_MB, readInput, writeAtomically } from './node-files';
export { canPrompt, promptHidden } from './node-password';
export { signPdf } from './node-sign-pdf';
export { openP12 } from './p12-signer';
export { readPng } from './png';
export { blaming, SignError } from './sign-error';
