/**
 * What the editor's "Ký số PDF" signs as, asked before the certificate: the
 * document (into its signature field), an attachment sent as its own file
 * (NĐ 30/2020, Phụ lục I, Phần I, Mục II, k.8-b: no image, the document's
 * number and ký hiệu and the signing time at the top right of page 1), or, on
 * a file signed already, the agency's seal over the signer's image (k.8-a).
 */
import * as vscode from 'vscode';
import type { Language } from '../core/model';
import { t } from '../l10n';
import type { Signing } from '../sign/load-signing';

/** What signPdf takes beyond the certificate and the time. */
export interface SignRole {
  readonly attachment?: string;
  readonly sealImage?: Uint8Array;
}

type Choice = 'document' | 'seal' | 'attachment';

/** The role picked (the seal first on a signed file), with what it needs; undefined on cancel. */
export async function askSignRole(lang: Language, sign: Signing, signedAlready: number): Promise<SignRole | undefined> {
  const items: (vscode.QuickPickItem & { choice: Choice })[] = [
    { label: t(lang, 'Sign the document'), description: t(lang, 'into its signature field'), choice: 'document' },
    {
      label: t(lang, 'Sign an attachment sent with it'),
      description: t(lang, 'no image: number, ký hiệu and signing time at the top right of page 1'),
      choice: 'attachment',
    },
  ];
  if (signedAlready > 0)
    items.unshift({
      label: t(lang, 'Seal the signed document'),
      description: t(lang, "the agency's seal image over the left third of the signer's image"),
      choice: 'seal',
    });
  const picked = await vscode.window.showQuickPick(items, { title: t(lang, 'Sign PDF'), ignoreFocusOut: true });
  if (picked?.choice === 'document') return {};
  if (picked?.choice === 'attachment') return askAttachment(lang, sign);
  if (picked?.choice === 'seal') return askSeal(lang, sign);
  return undefined;
}

async function askAttachment(lang: Language, sign: Signing): Promise<SignRole | undefined> {
  const number = await vscode.window.showInputBox({
    title: t(lang, 'Sign an attachment sent with it'),
    prompt: t(lang, 'Number and ký hiệu of the document it is attached to'),
    placeHolder: '12/GM-UBND',
    ignoreFocusOut: true,
    validateInput: (text) => {
      try {
        sign.checkDocumentNumber(text);
        return undefined;
      } catch (error) {
        return error instanceof sign.SignError ? error.reason[lang] : String(error);
      }
    },
  });
  return number === undefined ? undefined : { attachment: sign.checkDocumentNumber(number) };
}

async function askSeal(lang: Language, sign: Signing): Promise<SignRole | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: t(lang, 'Use this seal'),
    filters: { [t(lang, 'Seal image (PNG)')]: ['png'] },
  });
  const path = picked?.[0]?.fsPath;
  if (!path) return undefined;
  return { sealImage: sign.blaming(path, () => sign.readInput(path, sign.MAX_SMALL_MB)) };
}
