/** The desktop (and remote) entry, dist/extension.js: the Node platform, then the wiring table (features/activate.ts). */
import type * as vscode from 'vscode';
import { activateOn, type GiaymoiApi } from './features/activate';
import { nodePlatform } from './features/node-platform';

export type { GiaymoiApi } from './features/activate';

export function activate(context: vscode.ExtensionContext): GiaymoiApi {
  return activateOn(context, nodePlatform());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
