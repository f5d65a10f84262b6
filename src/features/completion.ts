/** Completion in giaymoi files: the core decides what to offer, this adapts it to VS Code. */
import * as vscode from 'vscode';
import { collectHints, NO_HINTS, type WorkspaceHints, completionsAt, type CompletionEntry } from '../core/authoring';
import { READ_LIMITS } from '../node/read-limits';
import { LANGUAGE_ID } from './analysis';
import { fromVsPosition, toVsRange } from './convert';
import type { Settings } from './settings';

/** How many other invitations are read for abbreviations and place names. */
const MAX_HINT_FILES = 50;

/** What completion needs from activate: the settings snapshot. */
export interface CompletionDeps {
  readonly settings: () => Settings;
}

/** Registers the completion provider for giaymoi files (triggered by typing, space and colon). */
export function registerCompletion(deps: CompletionDeps): vscode.Disposable {
  const hints = workspaceHints();
  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position) {
      const options = { language: deps.settings().language, hints: await hints.get(), today: localToday() };
      return completionsAt(document.getText(), fromVsPosition(position), options).map(toItem);
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider({ language: LANGUAGE_ID }, provider, ' ', ':'),
    hints,
  );
}

function toItem(entry: CompletionEntry): vscode.CompletionItem {
  const kind = entry.kind === 'field' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.Value;
  const item = new vscode.CompletionItem(entry.label, kind);
  item.detail = entry.detail;
  item.documentation = new vscode.MarkdownString(entry.documentation);
  item.insertText = new vscode.SnippetString(entry.insertText);
  item.range = toVsRange(entry.range);
  item.sortText = entry.sortText;
  item.filterText = entry.filterText;
  if (entry.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: '' };
  return item;
}

/** The local calendar date (an invitation's dates are local, core/calendar/dates.ts). */
function localToday(): { year: number; month: number; day: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Hints from the workspace's giaymoi files, read on first use and again after a giaymoi file is saved. */
function workspaceHints(): vscode.Disposable & { get: () => Promise<WorkspaceHints> } {
  let pending: Promise<WorkspaceHints> | undefined;
  const saved = vscode.workspace.onDidSaveTextDocument((d) => {
    if (d.languageId === LANGUAGE_ID) pending = undefined;
  });
  const get = () => (pending ??= readHints().catch(() => NO_HINTS));
  return { get, dispose: () => saved.dispose() };
}

async function readHints(): Promise<WorkspaceHints> {
  const files = await vscode.workspace.findFiles('**/*.giaymoi.{yaml,yml}', '**/node_modules/**', MAX_HINT_FILES);
  const texts = await Promise.all(files.map(hintSourceText));
  return collectHints(texts);
}

/** A giaymoi file's text when it is a regular file within the source limit (a link to /dev/zero must not fill memory). */
async function hintSourceText(uri: vscode.Uri): Promise<string> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (!(stat.type & vscode.FileType.File) || stat.size > READ_LIMITS.source) return '';
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}
