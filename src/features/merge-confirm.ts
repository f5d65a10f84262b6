/**
 * A mail merge says what it will write before it writes: how many files and
 * into which folder, and whether that folder already holds an earlier merge
 * (whose files this one replaces; files the user put there are kept). A
 * modal, so a merge run by mistake from the palette writes nothing.
 */
import * as vscode from 'vscode';
import type { Language } from '../core/model';
import { t } from '../l10n';
import type { ExportFiles } from './platform-api';

/** Asks before a merge of `count` files into `folder`; true when the user chose to write them. */
export async function confirmMerge(
  count: number,
  folder: string,
  files: ExportFiles,
  language: Language,
  format: 'docx' | 'pdf' = 'docx',
): Promise<boolean> {
  const exists = (await files.fs.info(folder).catch(() => undefined))?.kind === 'directory';
  const where = files.uriOf(folder);
  const shown = where.scheme === 'file' ? where.fsPath : vscode.workspace.asRelativePath(where, true);
  const text =
    format === 'pdf'
      ? t(language, 'Mail merge: write {0} PDF files into the folder "{1}"?', count, shown)
      : t(language, 'Mail merge: write {0} DOCX files into the folder "{1}"?', count, shown);
  const detail = exists
    ? t(language, 'The folder already holds an earlier mail merge: its files are replaced, other files are kept.')
    : t(language, 'The folder is created; nothing outside it is written.');
  const write = t(language, 'Write {0} files', count);
  const choice = await vscode.window.showInformationMessage(text, { modal: true, detail }, write);
  return choice === write;
}
