/**
 * Problems in an invitee list, shown on the list file itself: for a CSV on the
 * cell's own line and column (open it to see them), for a spreadsheet at its
 * start with the cell named ("C20: …"). Refreshed each time the check of the
 * invitation using the list is due.
 */
import * as vscode from 'vscode';
import { cellLabel } from '../core/merge';
import { isInvitation } from './analysis';
import type { ExtensionState } from './extension-state';
import type { Settings } from './settings';

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
} as const;

export interface ListDiagnosticsDeps {
  readonly settings: () => Settings;
  readonly state: ExtensionState;
}

/** Publishes each open list invitation's list findings on the list's URI. */
export function registerListDiagnostics(deps: ListDiagnosticsDeps): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('giaymoi-list');
  const owners = new Map<string, string>();
  const publish = (invitation: vscode.TextDocument) => {
    const listUri = deps.state.lists.listUriOf(invitation.uri);
    const settings = deps.settings();
    const merge = deps.state.analyze(invitation).merge;
    const previous = owners.get(invitation.uri.toString());
    if (previous && previous !== listUri?.toString()) collection.delete(vscode.Uri.parse(previous));
    if (!listUri || !merge?.kind) return;
    owners.set(invitation.uri.toString(), listUri.toString());
    collection.set(
      listUri,
      merge.findings.map((f) => {
        const csv = merge.kind === 'csv';
        const range = csv
          ? new vscode.Range(f.line, f.character, f.line, f.character + f.length)
          : new vscode.Range(0, 0, 0, 0);
        const text = f.message[settings.language];
        const diagnostic = new vscode.Diagnostic(
          range,
          csv ? text : `${cellLabel({ name: merge.listName, kind: merge.kind! }, f)}: ${text}`,
          SEVERITY[f.severity],
        );
        diagnostic.source = 'giaymoi';
        diagnostic.code = f.code;
        return diagnostic;
      }),
    );
  };
  const forget = (document: vscode.TextDocument) => {
    const owned = owners.get(document.uri.toString());
    owners.delete(document.uri.toString());
    if (owned && ![...owners.values()].includes(owned)) collection.delete(vscode.Uri.parse(owned));
  };
  return vscode.Disposable.from(
    collection,
    deps.state.onDidAnalyze((document) => {
      if (isInvitation(document) && !document.isClosed) publish(document);
    }),
    vscode.workspace.onDidCloseTextDocument(forget),
  );
}
