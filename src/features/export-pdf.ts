/**
 * `giaymoi.exportPdf` ("Xuất PDF"): the current text (unsaved edits included)
 * → check → layout → PDF with an empty signature field, written atomically
 * beside the source or where the setting says, in the desktop and the web
 * extension alike (no Word or LibreOffice needed). Args `(uri?, options?:
 * { target?: a .pdf path or a folder, open? })`; returns the written paths.
 * The message says which font the PDF is set in.
 */
import { dirname, extname, resolve } from 'node:path';
import * as vscode from 'vscode';
import { mergeRuleSettings } from '../core/check';
import { WriteError } from '../export/atomic-write';
import { EXPORT_MESSAGES } from '../export/messages';
import { pdfFontMessage, planPdfExport } from '../export/pdf-plan';
import { writeOutput } from '../export/write-outputs';
import { t } from '../l10n';
import type { ExtensionDeps } from './deps';
import { documentToExport, exportWhere, sourceUriOf } from './export-target';
import { confirmOverwrite, exportNotifier, showRefusal, showWriteError, showWritten, type Notify } from './export-ui';

export function registerExportPdf(deps: ExtensionDeps): vscode.Disposable {
  const notify = exportNotifier();
  return vscode.commands.registerCommand('giaymoi.exportPdf', (uri?: unknown, options?: unknown) =>
    exportPdf(deps, notify, uri, optionsOf(options)),
  );
}

interface PdfCommandOptions {
  readonly target?: string;
  readonly open?: boolean;
  readonly force?: boolean;
}

/** Menus pass their own second argument: keep only our options. */
function optionsOf(value: unknown): PdfCommandOptions {
  const o = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  return {
    target: typeof o.target === 'string' ? o.target : undefined,
    open: typeof o.open === 'boolean' ? o.open : undefined,
    force: o.force === true,
  };
}

async function exportPdf(
  deps: ExtensionDeps,
  notify: Notify,
  uri: unknown,
  options: PdfCommandOptions,
): Promise<string[]> {
  const settings = deps.settings();
  const language = settings.language;
  const document = await documentToExport(uri, deps.platform);
  if (!document)
    return (void vscode.window.showErrorMessage(t(language, 'Open a .giaymoi.yaml file to export it.')), []);
  const sourceUri = sourceUriOf(document, deps.platform);
  if (!sourceUri) return (void vscode.window.showErrorMessage(EXPORT_MESSAGES.saveFirst()[language]), []);
  const files = deps.platform.exportFiles(sourceUri);
  const sourcePath = files.pathOf(sourceUri);
  const fonts = await deps.platform.pdfFonts(deps.context.extensionUri);
  const plan = await planPdfExport(
    document.getText(),
    sourcePath,
    {
      margins: settings.margins,
      bodySize: settings.bodySize,
      allowWarnings: settings.export.allowDrafts,
      asciiNames: settings.export.asciiFileNames,
      checkOptions: mergeRuleSettings(await deps.state.ruleConfig.loadRuleSettings(document.uri), settings.check),
      list: await deps.state.lists.loadListOf(document),
      row: deps.state.lists.rowOf(document.uri),
    },
    deps.platform.loadPdfRenderer(),
    () => fonts,
    (path) => files.fs.read(path),
  );
  if (!plan.ok && 'message' in plan) return (void vscode.window.showErrorMessage(plan.message[language]), []);
  if (!plan.ok) {
    const refused = plan.refused === 'errors' ? EXPORT_MESSAGES.refusedErrors : EXPORT_MESSAGES.refusedWarnings;
    showRefusal(
      notify,
      refused(vscode.workspace.asRelativePath(document.uri), plan.problems.length),
      plan.problems,
      language,
    );
    return [];
  }
  const where = pdfTarget(sourcePath, settings.export.outputFolder, options.target, files);
  const sourceId = document.isUntitled ? undefined : (await files.fs.info(sourcePath).catch(() => undefined))?.id;
  for (let force = options.force === true; ; force = true) {
    try {
      const written = await writeOutput(plan.files[0], where, { force, sourceId, fs: files.fs });
      showWritten(notify, [written], files, language, options.open, [pdfFontMessage(fonts)]);
      return [written.path];
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      if (error.failure === 'readOnlyTarget' && !force && (await confirmOverwrite(error.path, language))) continue;
      showWriteError(notify, error, language);
      return [];
    }
  }
}

/** A target ending in .pdf is the file itself; anything else is the folder's, as for the DOCX. */
function pdfTarget(
  sourcePath: string,
  outputFolder: string,
  target: string | undefined,
  files: Parameters<typeof exportWhere>[3],
) {
  if (target && extname(target).toLowerCase() === '.pdf') {
    const absolute = resolve(dirname(sourcePath), target);
    return { folder: dirname(absolute), exactPath: absolute };
  }
  return exportWhere(sourcePath, outputFolder, target, files);
}
