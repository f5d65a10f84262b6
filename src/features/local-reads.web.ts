/**
 * The web build's local-reads.ts (swapped in by scripts/web-bundle.mjs): a web
 * worker has no disk beside it, so giaymoi.config.yaml stays read through
 * `vscode.workspace.fs`, as rule-config-files.ts does by default.
 */
import type * as vscode from 'vscode';

export function registerLocalReads(): vscode.Disposable {
  return { dispose: () => undefined };
}
