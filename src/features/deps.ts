/** What every feature may depend on, handed over by activate() in extension.ts. */
import type * as vscode from 'vscode';
import type { Settings } from './settings';

export interface ExtensionDeps {
  readonly context: vscode.ExtensionContext;
  readonly settings: () => Settings;
  readonly onSettingsChanged: vscode.Event<Settings>;
}
