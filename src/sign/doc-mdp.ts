/**
 * A certification signature (DocMDP, PDF 32000-1, 12.8.2.2) states which
 * changes may follow it: P=1 none at all, P=2 form filling and signing, P=3
 * annotations too. Another signature is a change, so a document certified with
 * P=1 is refused rather than signed into a file every validator reports as
 * altered after certification.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFDocument } from 'pdf-lib';
import { say } from '../core/messages';
import { SignError } from './sign-error';

/** Throws a SignError when the document is certified with no changes allowed. */
export function assertChangesAllowed(doc: PDFDocument): void {
  if (docMdpPermission(doc) === 1) throw new SignError(say('sign.pdf.certifiedNoChanges'));
}

/** The /P of the certification signature's DocMDP transform (2 when it names none), undefined when not certified. */
export function docMdpPermission(doc: PDFDocument): number | undefined {
  const perms = doc.catalog.lookupMaybe(PDFName.of('Perms'), PDFDict);
  const signature = perms?.lookupMaybe(PDFName.of('DocMDP'), PDFDict);
  if (!signature) return undefined;
  const references = signature.lookupMaybe(PDFName.of('Reference'), PDFArray)?.asArray() ?? [];
  for (const item of references) {
    const reference = doc.context.lookupMaybe(item, PDFDict);
    if (reference?.lookupMaybe(PDFName.of('TransformMethod'), PDFName)?.decodeText() !== 'DocMDP') continue;
    const params = reference.lookupMaybe(PDFName.of('TransformParams'), PDFDict);
    return params?.lookupMaybe(PDFName.of('P'), PDFNumber)?.asNumber() ?? 2;
  }
  return 2;
}
