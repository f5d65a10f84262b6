/**
 * What the export command tells the user. Nothing here is awaited by the
 * command: notifications never resolve in a headless test host, so offers
 * ("Mở", "Hiện trong thư mục") run on their own.
 */
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

/** A write that failed, in its own words (disk full, name too long, read-only…), with the output-folder setting offered. */
export function showWriteError(error: WriteError, language: Language): void {
  const message = EXPORT_MESSAGES.writeFailed(error.failure, error.path, error.code);
  const settings = { vi: 'Mở cài đặt', en: 'Open Settings' }[language];
  void vscode.window.showErrorMessage(message[language], settings).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'giaymoi.export.outputFolder');
  });
}

/** A modal: replace the read-only file? (the editor's --force). */
export async function confirmOverwrite(path: string, language: Language): Promise<boolean> {
  const overwrite = { vi: 'Ghi đè', en: 'Overwrite' }[language];
  const choice = await vscode.window.showWarningMessage(EXPORT_MESSAGES.overwriteReadOnly(path)[language], { modal: true }, overwrite);
  return choice === overwrite;
}

/** Runs `work` under a progress notification; a merge reports each file and can be cancelled (the previous set stays whole). */
export function withExportProgress<T>(
  plan: { readonly merged: number },
  language: Language,
  work: (report: (done: number, total: number) => void, cancelled: () => boolean) => Promise<T>,
): Promise<T> {
  const title = { vi: 'Đang xuất giấy mời…', en: 'Exporting the invitation…' }[language];
  const cancellable = plan.merged > 0;
  return Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable }, (progress, token) => {
    let last = 0;
    const report = (done: number, total: number) => {
      progress.report({ increment: ((done - last) * 100) / total, message: `${done}/${total}` });
      last = done;
    };
    return work(report, () => token.isCancellationRequested);
  }));
}
