/**
 * "Giấy mời: Mở từ tệp Word…" (`giaymoi.importDocx`): a .docx (or .doc) becomes
 * a source file beside it — never over an existing file — opened with its
 * preview; the import's notes show as information in the Problems panel until
 * the file is edited. Files go through `vscode.workspace.fs`, so remote and
 * browser hosts work too (.doc needs LibreOffice on a desktop host).
 */
import * as vscode from 'vscode';
import { UI, ui } from '../core/authoring';
import type { Language } from '../core/model';
import type { ImportResult } from '../import';
import { fidelityShares, type Fidelity } from '../import/fidelity-shares';
import { loadDocxRenderer } from '../export/load-renderer';
import { ImportError } from '../import/errors';
import { loadDocxImporter } from '../import/load-import';
import { READ_LIMITS } from '../node/read-limits';
import type { Platform } from './platform-api';
import type { Settings } from './settings';
import { say } from '../core/messages';

export const IMPORT_DOCX_COMMAND = 'giaymoi.importDocx';

export interface ImportDocxDeps {
  readonly settings: () => Settings;
  /** Converts a .doc where the host can (the desktop's LibreOffice). */
  readonly platform: Pick<Platform, 'convertDocToDocx'>;
}

/** Registers the command; its result is the new file's URI (for tests), or undefined. */
export function registerImportDocx(deps: ImportDocxDeps): vscode.Disposable {
  const notes = vscode.languages.createDiagnosticCollection('giaymoi.import');
  const command = vscode.commands.registerCommand(
    IMPORT_DOCX_COMMAND,
    async (uri?: vscode.Uri, options?: { preview?: boolean }) => {
      const language = deps.settings().language;
      const source = uri instanceof vscode.Uri ? uri : await pickDocx(language);
      if (!source) return undefined;
      try {
        const { importDocx, measureFidelity } = loadDocxImporter(); // loaded on first use: activation stays free of the zip and XML readers
        const bytes = await readBytes(source, deps.platform);
        const result = importDocx(bytes, { fileName: source.path.split('/').pop() });
        const fidelity = await measureFidelity(bytes, result.yaml, loadDocxRenderer());
        const target = await freeTarget(source);
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.yaml));
        await show(target, { ...result, fidelity }, notes, options?.preview !== false, language);
        return target;
      } catch (error) {
        const reason = isImportError(error) ? ui(error.reason, language) : String(error);
        void vscode.window.showErrorMessage(
          ui(UI.importFailed, language, { file: source.path.split('/').pop() ?? '', detail: reason }),
        );
        return undefined;
      }
    },
  );
  const clear = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.contentChanges.length) notes.delete(e.document.uri);
  });
  return vscode.Disposable.from(command, notes, clear);
}

/** An ImportError from this bundle or from dist/import.js (its own copy of the class, so instanceof alone misses it). */
function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError || (error instanceof Error && error.name === 'ImportError' && 'reason' in error);
}

async function pickDocx(language: Language): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: ui(UI.importOpenLabel, language),
    filters: { Word: ['docx', 'doc'] },
  });
  return picked?.[0];
}

/** The DOCX bytes; a .doc is converted by LibreOffice where the host has it (desktop only). */
async function readBytes(source: vscode.Uri, platform: Pick<Platform, 'convertDocToDocx'>): Promise<Uint8Array> {
  const stat = await vscode.workspace.fs.stat(source);
  if (stat.type & vscode.FileType.Directory) throw new ImportError(say('import.error.folder'));
  if (!(stat.type & vscode.FileType.File)) throw new ImportError(say('import.error.notRegularFile'));
  if (stat.size > READ_LIMITS.word) throw new ImportError(say('import.error.tooLargeForInvitation'));
  if (!/\.doc$/i.test(source.path)) return vscode.workspace.fs.readFile(source);
  if (source.scheme !== 'file') throw new ImportError(UI.importDocNeedsDesktop);
  const converted = platform.convertDocToDocx(source.fsPath);
  if ('reason' in converted) throw new ImportError(converted.reason);
  return converted.data;
}

/** "x.giaymoi.yaml" beside the document, or "x-1.giaymoi.yaml" when that exists. */
async function freeTarget(source: vscode.Uri): Promise<vscode.Uri> {
  const stem = source.path.replace(/\.docx?$/i, '');
  for (let i = 0; ; i += 1) {
    const candidate = source.with({ path: `${stem}${i ? `-${i}` : ''}.giaymoi.yaml` });
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}

async function show(
  target: vscode.Uri,
  result: ImportResult & { readonly fidelity: Fidelity },
  notes: vscode.DiagnosticCollection,
  preview: boolean,
  language: Language,
): Promise<void> {
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document);
  const lines = result.yaml.split('\n');
  notes.set(
    target,
    result.notes.map((n) => {
      const line = Math.max(
        0,
        lines.findIndex((l) => l.includes(n.message.vi)),
      );
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(line, 0, line, lines[line]?.length ?? 0),
        ui(n.message, language),
        vscode.DiagnosticSeverity.Information,
      );
      diagnostic.source = 'giaymoi import';
      return diagnostic;
    }),
  );
  if (preview) await vscode.commands.executeCommand('giaymoi.showPreviewToSide');
  void vscode.window.showInformationMessage(importMessage(target, result, language));
}

/** The measured figure (fidelity.ts), and the first passage the export does not print again. */
function importMessage(target: vscode.Uri, result: ImportResult & { readonly fidelity: Fidelity }, language: Language) {
  const f = result.fidelity;
  const file = target.path.split('/').pop() ?? '';
  if (f.errors) return ui(say('cli.import.notExported', { errors: f.errors, total: f.total }), language);
  const shares = fidelityShares(f);
  const done = ui(UI.importDone, language, {
    file,
    words: f.total,
    share: shares.kept,
    fields: shares.fields,
    moved: f.moved,
    lost: f.total - f.kept - f.moved,
    notes: result.notes.length,
  });
  return f.firstLost ? `${done} ${ui(say('cli.import.firstLost', { passage: f.firstLost }), language)}` : done;
}
