/** Settings, read in one place as an immutable snapshot (style rule 6). */
import * as vscode from 'vscode';
import type { Language } from '../core/model';
import { ruleLevel, type RuleLevel, type RuleSettings } from '../core/check';
import type { BodySize, Margins } from '../core/layout';
import { DEFAULT_MAX_MERGE_ROWS } from '../export/merge-limits';

export interface Settings {
  readonly language: Language;
  /** The editor's layer of rule settings, applied on top of the folder's giaymoi.config.yaml. */
  readonly check: RuleSettings;
  readonly margins: Margins;
  readonly bodySize: BodySize;
  readonly export: {
    readonly outputFolder: string;
    readonly allowDrafts: boolean;
    readonly asciiFileNames: boolean;
    readonly fileNamePattern: string;
    readonly maxMergeRows: number;
  };
  /** Lists outside the invitation's workspace folder are read only when the user allowed it (a user setting, never a folder's). */
  readonly lists: { readonly allowOutsideWorkspace: boolean };
  readonly preview: {
    readonly scrollPreviewWithEditor: boolean;
    readonly scrollEditorWithPreview: boolean;
    readonly doubleClickToSwitchToEditor: boolean;
  };
}

/** Every key under `giaymoi.` that package.json contributes; a test checks each is read here. */
export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('giaymoi');
  return Object.freeze({
    language: resolveLanguage(c.get<string>('language', 'vi')),
    check: {
      minWorkingDays: workingDays(c.get<number | null>('rules.minWorkingDays', null)),
      extraDaysOff: c.get<string[]>('rules.extraDaysOff', []),
      severities: severities(c.get<LevelTable>('rules.severity', {})),
    },
    margins: {
      top: c.get<number>('page.marginTop', 20),
      bottom: c.get<number>('page.marginBottom', 20),
      left: c.get<number>('page.marginLeft', 30),
      right: c.get<number>('page.marginRight', 15),
    },
    bodySize: c.get<number>('page.bodyFontSize', 14) === 13 ? 13 : 14,
    export: {
      outputFolder: c.get<string>('export.outputFolder', '${fileDirname}'),
      allowDrafts: c.get<boolean>('export.allowDrafts', true),
      asciiFileNames: c.get<boolean>('export.asciiFileNames', false),
      fileNamePattern: c.get<string>('export.fileNamePattern', ''),
      maxMergeRows: wholeAtLeastOne(
        c.get<number>('export.maxMergeRows', DEFAULT_MAX_MERGE_ROWS),
        DEFAULT_MAX_MERGE_ROWS,
      ),
    },
    lists: { allowOutsideWorkspace: c.get<boolean>('lists.allowOutsideWorkspace', false) },
    preview: {
      scrollPreviewWithEditor: c.get<boolean>('preview.scrollPreviewWithEditor', true),
      scrollEditorWithPreview: c.get<boolean>('preview.scrollEditorWithPreview', true),
      doubleClickToSwitchToEditor: c.get<boolean>('preview.doubleClickToSwitchToEditor', true),
    },
  });
}

/** Unset (null) leaves the number to the configuration file; the law's floor is 3. */
function workingDays(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(3, Math.round(value)) : undefined;
}

/** A whole number ≥ 1 (a mail merge's row limit), else the default. */
function wholeAtLeastOne(value: number | null | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : fallback;
}

type LevelTable = Record<string, string>;

/** `{ "GM029": "off" }` with unknown level words dropped (structural codes are ignored by the core). */
function severities(table: LevelTable | null | undefined): Record<string, RuleLevel> {
  const entries = Object.entries(table ?? {}).map(([code, word]) => [code.toUpperCase(), ruleLevel(word)] as const);
  return Object.fromEntries(entries.filter(([, level]) => level !== undefined)) as Record<string, RuleLevel>;
}

/** `auto` follows VS Code's display language; anything but Vietnamese reads English. */
function resolveLanguage(setting: string): Language {
  if (setting === 'en' || setting === 'vi') return setting;
  return vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** Calls `listener` with a fresh snapshot whenever a giaymoi setting changes. */
export function onSettingsChanged(listener: (settings: Settings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('giaymoi')) listener(readSettings());
  });
}
