/** activate/deactivate: a wiring table, nothing else (style rule 3). */
import * as vscode from 'vscode';
import { registerCodeActions } from './features/code-actions';
import { registerCompletion } from './features/completion';
import type { ExtensionDeps } from './features/deps';
import { registerDiagnostics } from './features/diagnostics';
import { registerExport } from './features/export';
import { registerHover } from './features/hover';
import { registerImportDocx } from './features/import-docx';
import { registerListDiagnostics } from './features/list-diagnostics';
import { registerLocalReads } from './features/local-reads';
import { registerMergeLists } from './features/merge-lists';
import { registerMergePicker } from './features/merge-picker';
import { registerNewInvitation } from './features/new-invitation';
import { registerOutline } from './features/outline';
import { platform } from './features/platform'; // the web build swaps in platform.web.ts
import { registerStatusBar } from './features/status-bar';
import { registerPreview, type PreviewApi } from './features/preview';
import { registerRuleConfigFiles } from './features/rule-config-files';
import { registerRulesReference } from './features/rules-reference';
import { onSettingsChanged, readSettings, type Settings } from './features/settings';

/** Test hook (see README, "Testing"): features expose observable state here for the integration suite. */
export interface GiaymoiApi {
  readonly version: string;
  /** Which entry runs: 'node' (dist/extension.js) or 'web' (dist/web/extension.js, the browser entry). */
  readonly platform: 'node' | 'web';
  /** The settings snapshot the features use now (tests check every contributed setting is read). */
  readonly settings: () => Settings;
  /** The preview: what it posts to its webview, what the webview rendered, which file it shows. */
  readonly preview: PreviewApi;
}

export function activate(context: vscode.ExtensionContext): GiaymoiApi {
  let current = readSettings();
  const changed = new vscode.EventEmitter<Settings>();
  context.subscriptions.push(changed, onSettingsChanged((s) => { current = s; changed.fire(s); }));
  const deps: ExtensionDeps = { context, settings: () => current, onSettingsChanged: changed.event, platform };
  context.subscriptions.push(registerLocalReads()); // desktop: configurations read from disk, not through the window (a no-op on the web)
  // A changed giaymoi.config.yaml re-checks open invitations exactly as a changed setting does.
  context.subscriptions.push(registerRuleConfigFiles({ settings: () => current, onReload: () => changed.fire(current) }));

  const features: ((deps: ExtensionDeps) => vscode.Disposable)[] = [
    registerMergeLists,
    registerDiagnostics,
    registerListDiagnostics,
    registerMergePicker,
    registerCompletion,
    registerHover,
    registerCodeActions,
    registerOutline,
    registerStatusBar,
    registerNewInvitation,
    registerExport,
    registerImportDocx,
    registerRulesReference,
  ];
  for (const register of features) context.subscriptions.push(register(deps));
  const preview = registerPreview(deps);
  context.subscriptions.push(preview);
  return { version: String(context.extension.packageJSON.version), platform: platform.name, settings: () => current, preview: preview.api };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
