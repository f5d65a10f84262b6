/** What every feature may depend on, handed over by activate() in extension.ts. */
import type * as vscode from 'vscode';
import type { Platform } from './platform-api';
import type { Settings } from './settings';

export interface ExtensionDeps {
  readonly context: vscode.ExtensionContext;
  readonly settings: () => Settings;
  readonly onSettingsChanged: vscode.Event<Settings>;
  /** Node (desktop, remote) or web: the file system and paths export uses. */
  readonly platform: Platform;
}
