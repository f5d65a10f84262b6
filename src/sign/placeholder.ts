/**
 * The signature dictionary, put into the chosen field with room for the CMS:
 * /ByteRange and /Contents placeholders in @signpdf's form (its signing step
 * finds and fills them), subfilter ETSI.CAdES.detached (PAdES baseline), the
 * signing time in /M. Written as raw bytes (a PDFInvalidObject) so pdf-lib
 * never packs it into a compressed object stream where nobody could fill it.
 */
import {
  DEFAULT_BYTE_RANGE_PLACEHOLDER,
  SIG_FLAGS,
  SUBFILTER_ETSI_CADES_DETACHED,
  ANNOTATION_FLAGS,
} from '@signpdf/utils';
import { PDFArray, PDFHexString, PDFInvalidObject, PDFName, PDFNumber, PDFString, type PDFDocument } from 'pdf-lib';
import { acroForm } from './add-field';
import type { SignatureField } from './find-field';
import type { SignerIdentity } from './signer';

/** Bytes kept for the CMS beyond the certificates it carries: signed attributes, signature, structure. */
const CMS_ROOM = 4096;

/** Puts the unsigned signature into `field` and marks the form as signed (append only from now on). */
export function addSignaturePlaceholder(
  doc: PDFDocument,
  field: SignatureField,
  identity: SignerIdentity,
  signingTime: Date,
): void {
  const byteRange = PDFArray.withContext(doc.context);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i += 1) byteRange.push(PDFName.of(DEFAULT_BYTE_RANGE_PLACEHOLDER));
  const certificates = [identity.certificate, ...identity.chain].reduce((sum, c) => sum + c.length, 0);
  const signature = doc.context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: SUBFILTER_ETSI_CADES_DETACHED,
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(2 * (certificates + CMS_ROOM))),
    M: PDFString.fromDate(signingTime),
    Name: PDFHexString.fromText(identity.commonName),
    Prop_Build: { App: { Name: PDFName.of('giaymoi') } },
  });
  const bytes = new Uint8Array(signature.sizeInBytes());
  signature.copyBytesInto(bytes, 0);
  field.field.set(PDFName.of('V'), doc.context.register(PDFInvalidObject.of(bytes)));
  field.widget.set(PDFName.of('F'), PDFNumber.of(ANNOTATION_FLAGS.PRINT));
  field.widget.set(PDFName.of('P'), field.page.ref);
  const form = acroForm(doc);
  const flags = form.lookupMaybe(PDFName.of('SigFlags'), PDFNumber)?.asNumber() ?? 0;
  form.set(PDFName.of('SigFlags'), PDFNumber.of(flags | SIG_FLAGS.SIGNATURES_EXIST | SIG_FLAGS.APPEND_ONLY));
}
