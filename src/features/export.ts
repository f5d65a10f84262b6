/**
 * `giaymoi.exportDocx` and `giaymoi.exportMailMerge`: the current text
 * (unsaved edits included) → check → layout → DOCX, written atomically beside
 * the source or where the setting says. Args `(uri?, options?: { target?, open? })`;
 * returns the written paths (empty when refused or failed). The source is never written.
 */
import * as vscode from 'vscode';
import { WriteError } from '../export/atomic-write';
import { loadDocxRenderer } from '../export/load-renderer';
import { EXPORT_MESSAGES } from '../export/messages';
import { planExport } from '../export/plan-export';
import { writeOutputs } from '../export/write-outputs';
import { loadListOf, rowOf } from './merge-lists';
import type { Settings } from './settings';
import { documentToExport, exportWhere, sourcePathOf } from './export-target';
import { showRefusal, showWriteError, showWritten } from './export-ui';

export interface ExportDeps {
  readonly settings: () => Settings;
}

export interface ExportCommandOptions {
  /** A .docx path (or a folder for a mail merge); skips the output-folder setting. */
  readonly target?: string;
  /** true: open the file with the OS when written; false: say nothing. */
  readonly open?: boolean;
}

export function registerExport(deps: ExportDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('giaymoi.exportDocx', (uri?: unknown, options?: unknown) => runExport(deps, uri, optionsOf(options), false)),
    vscode.commands.registerCommand('giaymoi.exportMailMerge', (uri?: unknown, options?: unknown) => runExport(deps, uri, optionsOf(options), true)),
  );
}

/** Menus pass their own second argument (the explorer a list of URIs, editor/title a group id): keep only our options. */
function optionsOf(value: unknown): ExportCommandOptions {
  const o = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  return { target: typeof o.target === 'string' ? o.target : undefined, open: typeof o.open === 'boolean' ? o.open : undefined };
}

async function runExport(deps: ExportDeps, uri: unknown, options: ExportCommandOptions, mailMerge: boolean): Promise<string[]> {
  const settings = deps.settings();
  const language = settings.language;
  const document = await documentToExport(uri);
  if (!document) {
    void vscode.window.showErrorMessage({ vi: 'Mở một tệp .giaymoi.yaml để xuất.', en: 'Open a .giaymoi.yaml file to export it.' }[language]);
    return [];
  }
  const title = { vi: 'Đang xuất giấy mời…', en: 'Exporting the invitation…' }[language];
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, async () => {
    const sourcePath = sourcePathOf(document);
    const plan = await planExport(document.getText(), sourcePath, {
      margins: settings.margins, bodySize: settings.bodySize, allowWarnings: settings.export.allowDrafts,
      mailMerge, asciiNames: settings.export.asciiFileNames, checkOptions: settings.check,
      list: await loadListOf(document), row: rowOf(document.uri), namePattern: settings.export.fileNamePattern,
    }, loadDocxRenderer());
    if (!plan.ok && plan.refused === 'pattern') {
      void vscode.window.showErrorMessage(EXPORT_MESSAGES.unknownPatternFields(plan.unknownFields.join(', '))[language]);
      return [];
    }
    if (!plan.ok) {
      const header = (plan.refused === 'errors' ? EXPORT_MESSAGES.refusedErrors : EXPORT_MESSAGES.refusedWarnings)(vscode.workspace.asRelativePath(document.uri), plan.problems.length);
      showRefusal(header, plan.problems, language);
      return [];
    }
    if (mailMerge && plan.merged === 0) void vscode.window.showInformationMessage(EXPORT_MESSAGES.singleInvitee()[language]);
    return write(plan.files, exportWhere(sourcePath, settings.export.outputFolder, options.target), options, language);
  });
}

async function write(files: Parameters<typeof writeOutputs>[0], where: ReturnType<typeof exportWhere>, options: ExportCommandOptions, language: Settings['language']): Promise<string[]> {
  try {
    const written = await writeOutputs(files, where);
    showWritten(written, language, options.open);
    return written.map((w) => w.path);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    showWriteError(error, language);
    return [];
  }
}
