/** Settings, read in one place as an immutable snapshot (style rule 6). */
import * as vscode from 'vscode';
import type { Language } from '../core/problem';
import type { CheckOptions } from '../core/rules/rule';
import type { BodySize, Margins } from '../core/measures';

export interface Settings {
  readonly language: Language;
  readonly check: CheckOptions;
  readonly margins: Margins;
  readonly bodySize: BodySize;
  readonly export: { readonly outputFolder: string; readonly allowDrafts: boolean; readonly asciiFileNames: boolean; readonly fileNamePattern: string };
  readonly preview: { readonly scrollPreviewWithEditor: boolean; readonly scrollEditorWithPreview: boolean; readonly doubleClickToSwitchToEditor: boolean };
}

/** Every key under `giaymoi.` that package.json contributes; a test checks each is read here. */
export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('giaymoi');
  return Object.freeze({
    language: resolveLanguage(c.get<string>('language', 'vi')),
    check: { minWorkingDays: Math.max(3, c.get<number>('rules.minWorkingDays', 3)), extraDaysOff: c.get<string[]>('rules.extraDaysOff', []) },
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
    },
    preview: {
      scrollPreviewWithEditor: c.get<boolean>('preview.scrollPreviewWithEditor', true),
      scrollEditorWithPreview: c.get<boolean>('preview.scrollEditorWithPreview', true),
      doubleClickToSwitchToEditor: c.get<boolean>('preview.doubleClickToSwitchToEditor', true),
    },
  });
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
