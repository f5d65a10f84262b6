/** What every feature may depend on, handed over by activate() in extension.ts (or web-extension.ts). */
import type * as vscode from 'vscode';
import type { ExtensionState } from './extension-state';
import type { Platform } from './platform-api';
import type { Settings } from './settings';

export interface ExtensionDeps {
  readonly context: vscode.ExtensionContext;
  readonly settings: () => Settings;
  readonly onSettingsChanged: vscode.Event<Settings>;
  /** Node (desktop, remote) or web: the file system, paths, zip codec and lazily loaded modules export and import use. */
  readonly platform: Platform;
  /** The analysis cache, the invitee lists, the rule configuration and `onDidAnalyze`: the only state features share. */
  readonly state: ExtensionState;
}
