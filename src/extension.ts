/** The desktop (and remote) entry, dist/extension.js: the Node platform, then the wiring table (features/activate.ts). */
import type * as vscode from 'vscode';
import { activateOn, type GiaymoiApi } from './features/activate';
import { nodePlatform } from './features/node-platform';
import { readSettings } from './features/settings';
import { registerSignPdf } from './features/sign-pdf';

export type { GiaymoiApi } from './features/activate';

export function activate(context: vscode.ExtensionContext): GiaymoiApi {
  const api = activateOn(context, nodePlatform());
  context.subscriptions.push(registerSignPdf(() => readSettings().language, context.extensionUri)); // desktop only: signing needs Node
  return api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
