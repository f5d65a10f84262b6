/**
 * Signing a prepared PDF in Node: @signpdf computes the byte range (the whole
 * file but the /Contents hole) and puts the CMS there; our Signer makes the
 * CMS, so a hardware token can stand in for the .p12 without touching this.
 */
import { createHash } from 'node:crypto';
import { SignPdf } from '@signpdf/signpdf';
import { Signer as SignPdfSigner } from '@signpdf/utils';
import { buildCms } from './cms';
import { preparePdf, type PrepareOptions, type Prepared } from './prepare-pdf';
import type { Signer } from './signer';

/** Adapts our Signer to @signpdf's: it is handed the signed bytes and returns the CMS. */
class CmsSigner extends SignPdfSigner {
  constructor(private readonly signer: Signer) {
    super();
  }

  override async sign(content: Buffer): Promise<Buffer> {
    const digest = createHash('sha256').update(content).digest();
    return Buffer.from(await buildCms(digest, this.signer));
  }
}

/** The signed PDF and where its signature is; bad input is one SignError. */
export async function signPdf(
  pdf: Uint8Array,
  signer: Signer,
  options: Omit<PrepareOptions, 'identity'>,
): Promise<Prepared> {
  const prepared = await preparePdf(pdf, { ...options, identity: signer.identity });
  const signed = await new SignPdf().sign(Buffer.from(prepared.bytes), new CmsSigner(signer), options.signingTime);
  return { ...prepared, bytes: new Uint8Array(signed) };
}
