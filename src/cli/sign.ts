/**
 * `giaymoi sign FILE.pdf --p12 CERT.p12 [-o OUT.pdf] [--password P] [--anh chu-ky.png]
 * [--dau con-dau.png] [--rect x,y,w,h] [--phu-luc "12/GM-UBND"]`: a PAdES signature
 * into the PDF's empty signature field (the one `giaymoi export --pdf` leaves
 * where the decree puts the signer's image), written to OUT.pdf (default:
 * FILE.signed.pdf beside it). A signed PDF is countersigned (the seal alone goes
 * over the signer's image, k.8-a). --phu-luc signs an attachment sent as its own
 * file: no image, the document's number and ký hiệu and the signing time at the
 * top right of page 1 (k.8-b); the number is given, not read from the source,
 * because the văn thư assigns it when the document is issued, after the source
 * was written.
 * The password: --password, else GIAYMOI_P12_PASSWORD, else asked on a terminal.
 * Exit 0 when signed, 2 on bad input (one line naming the file and why).
 */
import { basename, dirname, extname, join } from 'node:path';
import { say } from '../core/messages';
import { mediaFoldersNear, nodeRegularFont } from '../export/pdf-fonts';
import { loadSigning, type Signing } from '../sign/load-signing';
import type { Signer } from '../sign/signer';
import type { CliContext } from './context';

export async function runSign(files: string[], cli: CliContext): Promise<number> {
  if (files.length !== 1) return cli.usage();
  const [file] = files;
  const sign = loadSigning();
  const { MAX_PDF_MB, SignError, blaming, parseRect, readInput, signPdf } = sign;
  const out = given(cli, 'o') ?? join(dirname(file), `${basename(file, extname(file))}.signed.pdf`);
  try {
    if (extname(out).toLowerCase() !== '.pdf') throw new SignError(say('cli.sign.outNeedsPdf'), out);
    const attachment = attachmentOf(cli, sign);
    const pdf = blaming(file, () => readInput(file, MAX_PDF_MB));
    const [signatureImage, sealImage] = [image(cli, 'anh', sign), image(cli, 'dau', sign)];
    const signer = await openSigner(cli, file, sign);
    const rectText = given(cli, 'rect');
    const options = { signatureImage, sealImage, attachment, font: () => nodeRegularFont(mediaFoldersNear(__dirname)) };
    const rect = rectText === undefined ? undefined : parseRect(rectText);
    const signed = await signPdf(pdf, signer, { ...options, rect, signingTime: new Date() }).catch((error) => {
      throw error instanceof SignError && !error.file ? new SignError(error.reason, file) : error;
    });
    blaming(out, () => sign.writeAtomically(out, signed.bytes));
    const { name, page, added } = signed.field;
    if (added && rect) cli.err(cli.say(say('cli.sign.fieldAdded', { field: name })));
    if (signed.signatures > 1) cli.err(cli.say(say('cli.sign.countersigned', { count: signed.signatures })));
    cli.err(cli.say(say('cli.sign.done', { out, field: name, page, name: signer.identity.commonName })));
    return 0;
  } catch (error) {
    if (!(error instanceof SignError)) throw error;
    cli.err(`${error.file ?? file}: ${cli.say(error.reason)}`);
    return 2;
  }
}

/** The option's value, or undefined when absent or left without a value (the parser reads that as 'true'). */
function given(cli: CliContext, name: string): string | undefined {
  const value = cli.options[name];
  return value && value !== 'true' ? value : undefined;
}

/** --phu-luc's number and ký hiệu, checked, and refused beside an image or --rect before any is read (k.8-b). */
function attachmentOf(cli: CliContext, sign: Signing): string | undefined {
  const text = given(cli, 'phu-luc');
  if (text === undefined) return undefined;
  const attachment = sign.checkDocumentNumber(text);
  if (['anh', 'dau', 'rect'].some((o) => given(cli, o) !== undefined))
    throw new sign.SignError(say('sign.attachment.noImages'));
  return attachment;
}

/** The PNG of --anh or --dau, checked to be one (a warning when it is opaque); a SignError names the image file. */
function image(cli: CliContext, option: 'anh' | 'dau', sign: Signing): Uint8Array | undefined {
  const path = given(cli, option);
  if (path === undefined) return undefined;
  const which = say(option === 'anh' ? 'sign.image.signature' : 'sign.image.seal');
  return sign.blaming(path, () => {
    const bytes = sign.readInput(path, sign.MAX_SMALL_MB);
    if (!sign.readPng(bytes, which).transparent) cli.err(`${path}: ${cli.say(say('sign.image.opaque', { which }))}`);
    return bytes;
  });
}

/** The .p12 of --p12 opened with its password, in force today; a SignError names the .p12 (or the PDF, when --p12 is missing). */
async function openSigner(cli: CliContext, file: string, sign: Signing): Promise<Signer> {
  const { MAX_SMALL_MB, SignError, assertCertificateInForce, blaming, openP12, readInput } = sign;
  const path = given(cli, 'p12');
  if (!path) throw new SignError(say('cli.sign.needsP12'), file);
  const bytes = blaming(path, () => readInput(path, MAX_SMALL_MB));
  const secret = await password(path, cli, sign);
  return blaming(path, () => {
    const signer = openP12(bytes, secret);
    assertCertificateInForce(signer.identity, new Date());
    return signer;
  });
}

/** --password, else the variable, else a hidden prompt on a terminal, else none (a .p12 may have an empty one). */
async function password(p12Path: string, cli: CliContext, { canPrompt, promptHidden }: Signing): Promise<string> {
  const option = cli.options.password;
  if (option !== undefined && option !== 'true') return option; // '' too: a .p12 may have an empty password
  const variable = process.env.GIAYMOI_P12_PASSWORD;
  if (variable !== undefined) return variable;
  if (!canPrompt()) return '';
  return promptHidden(say('cli.sign.passwordPrompt', { file: basename(p12Path) }), cli.language);
}
