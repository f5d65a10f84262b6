/** Problems of every open giaymoi file, each time its check is due (typing paused, opened, list or settings changed); cleared on close. */
import * as vscode from 'vscode';
import { isInvitation } from './analysis';
import { toDiagnostic } from './convert';
import { READ_ONLY_SCHEMES, type ExtensionState } from './extension-state';
import type { Settings } from './settings';

const wanted = (document: vscode.TextDocument) =>
  isInvitation(document) && !READ_ONLY_SCHEMES.includes(document.uri.scheme);

export interface DiagnosticsDeps {
  readonly settings: () => Settings;
  readonly state: ExtensionState;
}

export function registerDiagnostics(deps: DiagnosticsDeps): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('giaymoi');
  const publish = (document: vscode.TextDocument) => {
    if (!wanted(document) || document.isClosed) return;
    const language = deps.settings().language;
    const problems = deps.state.analyze(document).problems;
    collection.set(
      document.uri,
      problems.map((p) => toDiagnostic(p, language)),
    );
  };
  return vscode.Disposable.from(
    collection,
    deps.state.onDidAnalyze(publish),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
  );
}
