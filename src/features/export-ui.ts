/**
 * What the export command tells the user. Nothing here is awaited by the
 * command: notifications never resolve in a headless test host, so offers
 * ("Mở", "Hiện trong thư mục") run on their own.
 */
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { WriteError } from '../export/atomic-write';
import { EXPORT_MESSAGES } from '../export/messages';
import type { Written } from '../export/write-outputs';
import type { Language, Localized, Problem } from '../core/problem';

const ACTIONS = {
  open: { vi: 'Mở', en: 'Open' },
  reveal: { vi: 'Hiện trong thư mục', en: 'Reveal in Folder' },
  problems: { vi: 'Xem các lỗi', en: 'Show Problems' },
} as const;

/** Lists at most this many problems in a notification. */
const LISTED = 5;

/** The refusal, with the problems (line: message) and a way to the Problems panel. */
export function showRefusal(header: Localized, problems: readonly Problem[], language: Language): void {
  const line = { vi: 'dòng', en: 'line' }[language];
  const lines = problems.slice(0, LISTED).map((p) => `${line} ${p.range.start.line + 1}: ${p.message[language]}`);
  const more = problems.length > LISTED ? [`… (+${problems.length - LISTED})`] : [];
  const text = [header[language], ...lines, ...more].join(' \n');
  void vscode.window.showErrorMessage(text, ACTIONS.problems[language]).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}

/** "Exported", with Open and Reveal offered; or opens the file right away when asked to. */
export function showWritten(written: readonly Written[], language: Language, open: boolean | undefined): void {
  for (const w of written) if (w.instead) void vscode.window.showWarningMessage(EXPORT_MESSAGES.wroteInstead(w.path, w.instead)[language]);
  const main = vscode.Uri.file(written[written.length - 1].path);
  if (open === true) return void vscode.env.openExternal(main);
  if (open === false) return;
  const text = `${EXPORT_MESSAGES.written(written.length)[language]} ${main.fsPath}`;
  void vscode.window.showInformationMessage(text, ACTIONS.open[language], ACTIONS.reveal[language]).then((choice) => {
    if (choice === ACTIONS.open[language]) void vscode.env.openExternal(main);
    else if (choice) void vscode.commands.executeCommand('revealFileInOS', main);
  });
}

/** A write that failed: the folder (choose another in settings) or the target held open. */
export function showWriteError(error: WriteError, language: Language): void {
  const folder = dirname(error.path);
  const message = error.failure === 'folder' ? EXPORT_MESSAGES.folderNotWritable(folder, error.code ?? '?') : EXPORT_MESSAGES.targetBusy(error.path, error.code ?? '?');
  const settings = { vi: 'Mở cài đặt', en: 'Open Settings' }[language];
  void vscode.window.showErrorMessage(message[language], settings).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'giaymoi.export.outputFolder');
  });
}
