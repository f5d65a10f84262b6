/**
 * The wiring table both entry files run (src/extension.ts on the desktop,
 * src/web-extension.ts in a browser) with the platform each builds: the settings,
 * the one state object, then every feature. Features share nothing but what
 * ExtensionDeps hands them, so the order of the table does not matter.
 */
import * as vscode from 'vscode';
import { registerCodeActions } from './code-actions';
import { registerCompletion } from './completion';
import type { ExtensionDeps } from './deps';
import { registerDiagnostics } from './diagnostics';
import { registerExport } from './export';
import { registerExportPdf } from './export-pdf';
import { ExtensionState } from './extension-state';
import { registerHover } from './hover';
import { registerImportDocx } from './import-docx';
import { registerListDiagnostics } from './list-diagnostics';
import { registerMergePicker } from './merge-picker';
import { registerNewInvitation } from './new-invitation';
import { registerOutline } from './outline';
import type { Platform } from './platform-api';
import { registerPreview, type PreviewApi } from './preview';
import { registerRulesReference } from './rules-reference';
import { onSettingsChanged, readSettings, type Settings } from './settings';
import { registerStatusBar } from './status-bar';

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

/** Every feature but the preview (whose registration also returns the test hook). */
export const FEATURES: readonly ((deps: ExtensionDeps) => vscode.Disposable)[] = [
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
  registerExportPdf,
  registerImportDocx,
  registerRulesReference,
];

/** The settings and the state every feature shares, made once per activation. */
export function extensionDeps(context: vscode.ExtensionContext, platform: Platform): ExtensionDeps {
  let current = readSettings();
  const changed = new vscode.EventEmitter<Settings>();
  context.subscriptions.push(
    changed,
    onSettingsChanged((s) => {
      current = s;
      changed.fire(s);
    }),
  );
  const settings = () => current;
  const state = new ExtensionState({ settings, onSettingsChanged: changed.event, platform });
  context.subscriptions.push(state);
  return { context, settings, onSettingsChanged: changed.event, platform, state };
}

/** Activates the extension on `platform`. */
export function activateOn(context: vscode.ExtensionContext, platform: Platform): GiaymoiApi {
  const deps = extensionDeps(context, platform);
  // The preview subscribes first: after a typing pause its page is posted before the squiggles and the status bar do their part.
  const preview = registerPreview(deps);
  context.subscriptions.push(preview);
  for (const register of FEATURES) context.subscriptions.push(register(deps));
  return {
    version: String(context.extension.packageJSON.version),
    platform: platform.name,
    settings: deps.settings,
    preview: preview.api,
  };
}
