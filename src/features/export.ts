/**
 * `giaymoi.exportDocx`, `giaymoi.exportMailMerge` and `giaymoi.exportMailMergePdf`: the current
 * text (unsaved edits included) → check → layout → DOCX (or PDF), written atomically beside
 * the source or where the setting says. Args `(uri?, options?: { target?, open? })`;
 * returns the written paths (empty when refused or failed). The source is never written.
 * A mail merge the user runs goes into its own folder, "<name> (trộn thư)", after a modal
 * that says how many files and where; a caller that passes `target` chose the folder itself.
 * The PDF merge is this same flow with another plan (pdf-plan.ts): same confirmation, row
 * picker, progress, cancel and "Tải về" zip; its set is kept apart from the DOCX set.
 */
import * as vscode from 'vscode';
import { mergeRuleSettings, type CheckOptions } from '../core/check';
import type { Localized } from '../core/model';
import { WriteError } from '../export/atomic-write';
import { EXPORT_MESSAGES } from '../export/messages';
import { mergeEstimate } from '../export/merge-limits';
import { MergeCancelled, MergeRefused, recoverMergeSets, setPrefix, writeMergeSet } from '../export/merge-set';
import { pdfSetKey } from '../export/pdf-merge';
import { pdfFontMessage, planPdfExport } from '../export/pdf-plan';
import { planExport, type ExportPlan, type ExportSettings } from '../export/plan-export';
import { mergeFolder } from '../export/targets';
import { writeOutput, type Written } from '../export/write-outputs';
import type { ExtensionState } from './extension-state';
import type { Settings } from './settings';
import { documentToExport, exportWhere, sourceUriOf, type ExportWhere } from './export-target';
import { confirmMerge } from './merge-confirm';
import type { ExportFiles, Platform } from './platform-api';
import {
  confirmOverwrite,
  exportNotifier,
  showRefusal,
  showWriteError,
  showWritten,
  withExportProgress,
  type Notify,
} from './export-ui';
import { t } from '../l10n';

export interface ExportDeps {
  readonly context: vscode.ExtensionContext;
  readonly settings: () => Settings;
  readonly platform: Platform;
  readonly state: ExtensionState;
}

/** The export feature's own: its deps and the notifier that keeps one export message on screen. */
interface Exporter extends ExportDeps {
  readonly notify: Notify;
}

export interface ExportCommandOptions {
  /** A .docx path (or a folder for a mail merge); skips the output-folder setting. */
  readonly target?: string;
  /** true: open the file with the OS when written; false: say nothing. */
  readonly open?: boolean;
  /** Replace a read-only target without asking (what the modal's "Overwrite" does). */
  readonly force?: boolean;
}

export function registerExport(exportDeps: ExportDeps): vscode.Disposable {
  const deps: Exporter = { ...exportDeps, notify: exportNotifier() };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('giaymoi.exportDocx', (uri?: unknown, options?: unknown) =>
      runExport(deps, uri, optionsOf(options), false),
    ),
    vscode.commands.registerCommand('giaymoi.exportMailMerge', (uri?: unknown, options?: unknown) =>
      runExport(deps, uri, optionsOf(options), true),
    ),
    vscode.commands.registerCommand('giaymoi.exportMailMergePdf', (uri?: unknown, options?: unknown) =>
      runExport(deps, uri, optionsOf(options), true, 'pdf'),
    ),
  );
}

/** Menus pass their own second argument (the explorer a list of URIs, editor/title a group id): keep only our options. */
function optionsOf(value: unknown): ExportCommandOptions {
  const o = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  return {
    target: typeof o.target === 'string' ? o.target : undefined,
    open: typeof o.open === 'boolean' ? o.open : undefined,
    force: o.force === true,
  };
}

async function runExport(
  deps: Exporter,
  uri: unknown,
  options: ExportCommandOptions,
  mailMerge: boolean,
  format: ExportFormat = 'docx',
): Promise<string[]> {
  const settings = deps.settings();
  const language = settings.language;
  const document = await documentToExport(uri, deps.platform);
  if (!document) {
    void vscode.window.showErrorMessage(t(language, 'Open a .giaymoi.yaml file to export it.'));
    return [];
  }
  const sourceUri = sourceUriOf(document, deps.platform);
  if (!sourceUri) {
    void vscode.window.showErrorMessage(EXPORT_MESSAGES.saveFirst()[language]);
    return [];
  }
  const files = deps.platform.exportFiles(sourceUri);
  const sourcePath = files.pathOf(sourceUri);
  const exportSettings: ExportSettings = {
    margins: settings.margins,
    bodySize: settings.bodySize,
    allowWarnings: settings.export.allowDrafts,
    mailMerge,
    asciiNames: settings.export.asciiFileNames,
    checkOptions: await checkOptionsFor(deps.state, document.uri, settings),
    list: await deps.state.lists.loadListOf(document),
    row: deps.state.lists.rowOf(document.uri),
    namePattern: settings.export.fileNamePattern,
    codec: deps.platform.zipCodec,
    maxRows: { max: settings.export.maxMergeRows, allowMore: EXPORT_MESSAGES.maxRowsSetting },
  };
  const notes: Localized[] = [];
  const plan = await planFor(deps, format, document.getText(), sourcePath, exportSettings, notes, files);
  if (!plan.ok && (plan.refused === 'rows' || plan.refused === 'images')) {
    void vscode.window.showErrorMessage(plan.message[language]);
    return [];
  }
  if (!plan.ok && plan.refused === 'pattern') {
    void vscode.window.showErrorMessage(EXPORT_MESSAGES.unknownPatternFields(plan.unknownFields.join(', '))[language]);
    return [];
  }
  if (!plan.ok) {
    const header = (plan.refused === 'errors' ? EXPORT_MESSAGES.refusedErrors : EXPORT_MESSAGES.refusedWarnings)(
      vscode.workspace.asRelativePath(document.uri),
      plan.problems.length,
    );
    showRefusal(deps.notify, header, plan.problems, language);
    return [];
  }
  if (mailMerge && plan.merged === 0) notes.push(EXPORT_MESSAGES.singleInvitee());
  const where = mergeWhere(plan, exportWhere(sourcePath, settings.export.outputFolder, options.target, files), {
    sourcePath,
    targeted: options.target !== undefined,
    ascii: settings.export.asciiFileNames,
  });
  if (
    plan.merged > 0 &&
    !options.target &&
    !(await confirmMerge(plan.files.length, where.folder, files, language, format))
  )
    return [];
  const sourceId = document.isUntitled ? undefined : (await files.fs.info(sourcePath).catch(() => undefined))?.id;
  return write(
    plan,
    { where, sourcePath, sourceId, force: options.force === true, files, format },
    { ...options, notes, notify: deps.notify },
    language,
  );
}

type ExportFormat = 'docx' | 'pdf';

/** The DOCX plan, or the PDF plan in the fonts the platform found (said in `notes`), its images read through `files`. */
async function planFor(
  deps: Exporter,
  format: ExportFormat,
  text: string,
  sourcePath: string,
  settings: ExportSettings,
  notes: Localized[],
  files: ExportFiles,
): Promise<ExportPlan> {
  if (format === 'docx') return planExport(text, sourcePath, settings, deps.platform.loadDocxRenderer());
  const fonts = await deps.platform.pdfFonts(deps.context.extensionUri);
  notes.push(pdfFontMessage(fonts));
  return planPdfExport(
    text,
    sourcePath,
    settings,
    deps.platform.loadPdfRenderer(),
    () => fonts,
    (path) => files.fs.read(path),
  );
}

/** A merge the user runs (no `target` from a caller) goes into its own folder inside the output folder. */
function mergeWhere(
  plan: OkPlan,
  where: ExportWhere,
  source: { sourcePath: string; targeted: boolean; ascii: boolean },
): ExportWhere {
  if (plan.merged === 0 || source.targeted) return where;
  return { folder: mergeFolder(where.folder, source.sourcePath, source.ascii) };
}

/** The folder's giaymoi.config.yaml with the editor's settings on top, as the diagnostics use them. */
async function checkOptionsFor(
  state: ExtensionState,
  uri: vscode.Uri,
  settings: Settings,
): Promise<Partial<CheckOptions>> {
  return mergeRuleSettings(await state.ruleConfig.loadRuleSettings(uri), settings.check);
}

interface WriteTarget {
  readonly where: ReturnType<typeof exportWhere>;
  readonly sourcePath: string;
  readonly sourceId?: string;
  readonly force: boolean;
  readonly files: ExportFiles;
  readonly format: ExportFormat;
}

/**
 * Writes with a progress notification (Cancel stops a merge cleanly), then says so in one
 * message with `notes`; a read-only target is replaced only after a modal "Overwrite".
 */
async function write(
  plan: OkPlan,
  target: WriteTarget,
  options: ExportCommandOptions & { notes: readonly Localized[]; notify: Notify },
  language: Settings['language'],
): Promise<string[]> {
  try {
    const written = await withExportProgress(plan, language, async (report, cancelled, announce) => {
      const estimate = plan.merged > 0 ? await mergeEstimate(plan.files, EXPORT_MESSAGES.stopWithCancel()) : undefined;
      if (estimate) announce(estimate[language]);
      return writePlan(plan, target, report, cancelled, language);
    });
    showWritten(options.notify, written, target.files, language, options.open, options.notes);
    return written.map((w) => w.path);
  } catch (error) {
    if (error instanceof MergeCancelled) return [];
    if (error instanceof MergeRefused) return (void vscode.window.showWarningMessage(error.reason[language]), []);
    if (!(error instanceof WriteError)) throw error;
    if (error.failure === 'readOnlyTarget' && !target.force && (await confirmOverwrite(error.path, language))) {
      return write(plan, { ...target, force: true }, options, language);
    }
    showWriteError(options.notify, error, language);
    return [];
  }
}

function writePlan(
  plan: OkPlan,
  target: WriteTarget,
  report: (done: number, total: number) => void,
  cancelled: () => boolean,
  language: Settings['language'],
): Promise<Written[]> {
  const writeOptions = { force: target.force, sourceId: target.sourceId, fs: target.files.fs };
  if (plan.merged === 0)
    return recoverMergeSets(target.where.folder, target.files.fs)
      .then(() => writeOutput(plan.files[0], target.where, writeOptions))
      .then((w) => [w]);
  const prefix = setPrefix(target.format === 'pdf' ? pdfSetKey(target.sourcePath) : target.sourcePath);
  const onNotice = (message: Localized) => void vscode.window.showWarningMessage(message[language]);
  return writeMergeSet(plan.files, target.where.folder, prefix, {
    ...writeOptions,
    onProgress: report,
    cancelled,
    onNotice,
  });
}

type OkPlan = Extract<ExportPlan, { ok: true }>;
