/**
 * What the export command tells the user: one message per export, which
 * replaces the previous export's message, with only the buttons this host can
 * carry out. Nothing here is awaited by the command: notifications never
 * resolve in a headless test host, so offers run on their own.
 */
import * as vscode from 'vscode';
import type { WriteError } from '../export/atomic-write';
import { EXPORT_MESSAGES } from '../export/messages';
import { insteadNote } from '../export/merge-set';
import type { Written } from '../export/write-outputs';
import type { Language, Localized, Problem } from '../core/model';
import { t } from '../l10n';
import { downloadWritten } from './export-download';
import { explorerCanShow, hostAbilities, revealWritten, type HostAbilities } from './export-host';
import type { ExportFiles } from './platform-api';

/** Lists at most this many problems in a notification. */
const LISTED = 5;

type Severity = 'info' | 'warning' | 'error';
const SHOW: Record<Severity, (text: string, ...items: string[]) => Thenable<string | undefined>> = {
  info: (text, ...items) => vscode.window.showInformationMessage(text, ...items),
  warning: (text, ...items) => vscode.window.showWarningMessage(text, ...items),
  error: (text, ...items) => vscode.window.showErrorMessage(text, ...items),
};

/** Shows an export's message, first hiding the previous export's message if it is still showing. */
export type Notify = (severity: Severity, text: string, actions: readonly string[]) => Thenable<string | undefined>;

/** One per export feature: it remembers whether its last message is still on screen (the promise resolves when it is closed). */
export function exportNotifier(): Notify {
  let lastOpen = false;
  return (severity, text, actions) => {
    if (lastOpen) void vscode.commands.executeCommand('notifications.hideToasts');
    lastOpen = true;
    const shown = SHOW[severity](text, ...actions);
    shown.then(
      () => {
        lastOpen = false;
      },
      () => {
        lastOpen = false;
      },
    );
    return shown;
  };
}

/** The refusal, with the problems (line: message) and a way to the Problems panel. */
export function showRefusal(notify: Notify, header: Localized, problems: readonly Problem[], language: Language): void {
  const line = t(language, 'line');
  const lines = problems.slice(0, LISTED).map((p) => `${line} ${p.range.start.line + 1}: ${p.message[language]}`);
  const more = problems.length > LISTED ? [`… (+${problems.length - LISTED})`] : [];
  const text = [header[language], ...lines, ...more].join(' \n');
  void notify('error', text, [t(language, 'Show Problems')]).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}

/** "Exported", with `notes` and any file written under another name, and the buttons this host supports; or opens the file when asked to. */
export function showWritten(
  notify: Notify,
  written: readonly Written[],
  files: ExportFiles,
  language: Language,
  open: boolean | undefined,
  notes: readonly Localized[] = [],
  host: HostAbilities = hostAbilities(),
): void {
  const main = files.uriOf(written[written.length - 1].path);
  if (open === true) return void (host.openWithOS ? vscode.env.openExternal(main) : revealWritten(main, host));
  if (open === false) return;
  const instead = written.flatMap((w) => insteadNote(w)?.[language] ?? []);
  const text = [
    `${EXPORT_MESSAGES.written(written.length)[language]} ${whereIs(main, host)}`,
    ...notes.map((n) => n[language]),
    ...instead,
  ].join(' \n');
  const actions = writtenActions(main, host, language, () => downloadWritten(written, files));
  void notify(
    instead.length ? 'warning' : 'info',
    text,
    actions.map((a) => a.label),
  ).then((choice) => {
    actions.find((a) => a.label === choice)?.run();
  });
}

/**
 * Where the file is, as the user finds it: the OS path where the OS can show
 * it, else its place in the workspace ("folder/name.docx"), else its URI.
 */
export function whereIs(file: vscode.Uri, host: HostAbilities): string {
  if (host.revealInOS || file.scheme === 'file') return file.fsPath;
  return explorerCanShow(file) ? vscode.workspace.asRelativePath(file, true) : file.toString(true);
}

/**
 * The buttons after a successful export: "Mở" where the OS can open the file,
 * a reveal where one exists, and where the file is on another machine (a
 * browser, a remote window) "Tải về", which brings it (or the whole merge) to the user.
 */
export function writtenActions(
  file: vscode.Uri,
  host: HostAbilities,
  language: Language,
  download: () => Promise<void>,
): { label: string; run: () => void }[] {
  const actions: { label: string; run: () => void }[] = [];
  if (host.openWithOS) actions.push({ label: t(language, 'Open'), run: () => void vscode.env.openExternal(file) });
  if (host.revealInOS)
    actions.push({ label: t(language, 'Reveal in Folder'), run: () => void revealWritten(file, host) });
  else if (explorerCanShow(file)) {
    actions.push({ label: t(language, 'Download'), run: () => void download() });
    actions.push({ label: t(language, 'Reveal in Explorer'), run: () => void revealWritten(file, host) });
  }
  return actions;
}

/** A write that failed, in its own words (disk full, name too long, read-only…), with the output-folder setting offered. */
export function showWriteError(notify: Notify, error: WriteError, language: Language): void {
  const message = EXPORT_MESSAGES.writeFailed(error.failure, error.path, error.code);
  void notify('error', message[language], [t(language, 'Open Settings')]).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'giaymoi.export.outputFolder');
  });
}

/** A modal: replace the read-only file? (the editor's --force). */
export async function confirmOverwrite(path: string, language: Language): Promise<boolean> {
  const overwrite = t(language, 'Overwrite');
  const choice = await vscode.window.showWarningMessage(
    EXPORT_MESSAGES.overwriteReadOnly(path)[language],
    { modal: true },
    overwrite,
  );
  return choice === overwrite;
}

/** Runs `work` under a progress indicator; a merge's is a notification that reports each file and can be cancelled (the previous set stays whole). */
export function withExportProgress<T>(
  plan: { readonly merged: number },
  language: Language,
  work: (
    report: (done: number, total: number) => void,
    cancelled: () => boolean,
    announce: (note: string) => void,
  ) => Promise<T>,
): Promise<T> {
  const title = t(language, 'Exporting the invitation…');
  const cancellable = plan.merged > 0;
  // One file takes a moment: its progress goes in the status bar, so no "Đang xuất…" toast lingers beside "Đã xuất".
  const location = cancellable ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
  return Promise.resolve(
    vscode.window.withProgress({ location, title, cancellable }, (progress, token) => {
      let last = 0;
      let note = '';
      const report = (done: number, total: number) => {
        progress.report({ increment: ((done - last) * 100) / total, message: `${done}/${total}${note}` });
        last = done;
      };
      // A big merge's estimate stays beside the count while it writes.
      const announce = (text: string) => {
        note = ` · ${text}`;
        progress.report({ message: text });
      };
      return work(report, () => token.isCancellationRequested, announce);
    }),
  );
}
