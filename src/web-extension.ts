/** The browser entry, dist/web/extension.js (package.json "browser"): the web platform, then the wiring table (features/activate.ts). */
import type * as vscode from 'vscode';
import { activateOn, type GiaymoiApi } from './features/activate';
import { webPlatform } from './features/web-platform';

export type { GiaymoiApi } from './features/activate';

export function activate(context: vscode.ExtensionContext): GiaymoiApi {
  return activateOn(context, webPlatform());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
