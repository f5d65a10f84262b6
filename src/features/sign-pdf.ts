/**
 * "Ký số PDF · Sign PDF" (`giaymoi.signPdf`), desktop only: a PDF (from the
 * explorer's context menu, or picked) signed with a .p12 certificate picked in
 * a file dialog and its password typed in a password box, into the empty
 * ChuKySo field `giaymoi export --pdf` leaves; written beside it as
 * x.signed.pdf. First it asks what it signs as (sign-role.ts): the document,
 * an attachment, or on a signed file the agency's seal, added by an
 * incremental update. The signing code (pdf-lib, node-forge) is loaded on first use
 * and never reaches the web extension: only the desktop entry registers this.
 */
import * as vscode from 'vscode';
import { say as coreSay } from '../core/messages';
import type { Language, Localized } from '../core/model';
import { nodeRegularFont } from '../export/pdf-fonts';
import { t } from '../l10n';
import { loadSigning, type Signing } from '../sign/load-signing';
import type { Signer } from '../sign/signer';
import { askSignRole } from './sign-role';

export const SIGN_PDF_COMMAND = 'giaymoi.signPdf';

/** Registers the command (the bundled font found in `extensionUri`'s media); its result is the signed file's URI (for tests), or undefined. */
export function registerSignPdf(language: () => Language, extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(SIGN_PDF_COMMAND, async (uri?: vscode.Uri) => {
    const lang = language();
    const pdf = uri instanceof vscode.Uri ? uri : await pick(t(lang, 'Sign'), { PDF: ['pdf'] });
    if (!pdf || pdf.scheme !== 'file') return undefined;
    const sign = loadSigning();
    try {
      const bytes = sign.blaming(pdf.fsPath, () => sign.readInput(pdf.fsPath, sign.MAX_PDF_MB));
      const signedAlready = await sign.countSignatures(bytes).catch((error: unknown) => {
        throw error instanceof sign.SignError ? new sign.SignError(error.reason, pdf.fsPath) : error;
      });
      const role = await askSignRole(lang, sign, signedAlready);
      const signer = role && (await askSigner(lang, sign));
      if (!signer) return undefined;
      const target = vscode.Uri.file(pdf.fsPath.replace(/(\.pdf)?$/i, '.signed.pdf'));
      const options = {
        ...role,
        signingTime: new Date(),
        font: () => nodeRegularFont([vscode.Uri.joinPath(extensionUri, 'media').fsPath]),
      };
      const signed = await sign.signPdf(bytes, signer, options);
      sign.writeAtomically(target.fsPath, signed.bytes);
      void announce(lang, target, signed.field, signer.identity.commonName);
      return target;
    } catch (error) {
      if (!(error instanceof sign.SignError)) throw error;
      void vscode.window.showErrorMessage(t(lang, 'Could not sign "{0}": {1}', basename(pdf), say(error.reason, lang)));
      return undefined;
    }
  });
}

/** The .p12 from a file dialog and its password from a password box, asked again after a wrong one; undefined on cancel. */
async function askSigner(lang: Language, sign: Signing): Promise<Signer | undefined> {
  const p12 = await pick(t(lang, 'Use this certificate'), { [t(lang, 'Certificate')]: ['p12', 'pfx'] });
  if (!p12) return undefined;
  const bytes = sign.blaming(p12.fsPath, () => sign.readInput(p12.fsPath, sign.MAX_SMALL_MB));
  const wrong = coreSay('sign.p12.wrongPassword');
  for (let attempt = 1; ; attempt += 1) {
    const password = await vscode.window.showInputBox({
      password: true,
      ignoreFocusOut: true,
      title: t(lang, 'Sign PDF'),
      // after a wrong password, the prompt says so
      prompt: attempt > 1 ? wrong[lang] : t(lang, 'Password of {0}', basename(p12)),
    });
    if (password === undefined) return undefined;
    try {
      const signer = sign.blaming(p12.fsPath, () => sign.openP12(bytes, password));
      sign.assertCertificateInForce(signer.identity, new Date());
      return signer;
    } catch (error) {
      if (attempt >= 3 || !(error instanceof sign.SignError) || error.reason.en !== wrong.en) throw error;
    }
  }
}

async function pick(openLabel: string, filters: Record<string, string[]>) {
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel, filters });
  return picked?.[0];
}

async function announce(lang: Language, target: vscode.Uri, field: { name: string; page: number }, signer: string) {
  const open = t(lang, 'Open');
  const choice = await vscode.window.showInformationMessage(
    t(lang, 'Signed: {0} (field {1}, page {2}, signer {3})', basename(target), field.name, field.page, signer),
    open,
  );
  if (choice === open) await vscode.commands.executeCommand('vscode.open', target);
}

const basename = (uri: vscode.Uri) => uri.path.split('/').pop() ?? '';
const say = (text: Localized, lang: Language) => text[lang];
