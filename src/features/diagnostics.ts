/** Problems of every open giaymoi file, as you type (debounced) and on open; cleared on close. */
import * as vscode from 'vscode';
import { analyze, isInvitation } from './analysis';
import { toDiagnostic } from './convert';
import { onDidChangeList } from './merge-lists';
import { loadRuleSettings, reportConfigProblems } from './rule-config-files';
import type { Settings } from './settings';

const DEBOUNCE_MS = 150;

/** Old revisions shown in diff views are not the file being written: no squiggles there. */
const READ_ONLY_SCHEMES = new Set(['git', 'gitfs', 'vscode-scm', 'review']);

const wanted = (document: vscode.TextDocument) => isInvitation(document) && !READ_ONLY_SCHEMES.has(document.uri.scheme);

export interface DiagnosticsDeps {
  readonly settings: () => Settings;
  readonly onSettingsChanged: vscode.Event<Settings>;
}

export function registerDiagnostics(deps: DiagnosticsDeps): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('giaymoi');
  const timers = new Map<string, NodeJS.Timeout>();

  const publish = async (document: vscode.TextDocument) => {
    if (!wanted(document) || document.isClosed) return;
    await loadRuleSettings(document.uri, reportConfigProblems); // the folder's giaymoi.config.yaml, before the first squiggle
    if (document.isClosed) return;
    const settings = deps.settings();
    const problems = analyze(document, settings.check).problems;
    collection.set(document.uri, problems.map((p) => toDiagnostic(p, settings.language)));
  };
  const schedule = (document: vscode.TextDocument) => {
    if (!wanted(document)) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); void publish(document); }, DEBOUNCE_MS));
  };
  const forget = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    collection.delete(document.uri);
  };

  vscode.workspace.textDocuments.forEach(publish);
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument(publish),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument(forget),
    deps.onSettingsChanged(() => vscode.workspace.textDocuments.forEach(publish)),
    onDidChangeList((uri) => vscode.workspace.textDocuments.filter((d) => d.uri.toString() === uri.toString()).forEach(publish)),
    { dispose: () => timers.forEach(clearTimeout) },
  );
}
