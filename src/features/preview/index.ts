/**
 * The preview feature: commands (open, open beside, lock), the serializer that
 * brings previews back after a restart, editor → preview sync, and the test
 * hook that lets the integration suite observe what the webview receives.
 */
import * as vscode from 'vscode';
import { parsePreviewState } from '../../protocol';
import { isInvitation } from '../analysis';
import type { ExtensionDeps } from '../deps';
import { PreviewManager } from './manager';
import type { PostedMessage } from './message';
import { VIEW_TYPE } from './panel';

export type { PostedMessage } from './message';

/** Test hook (README, "Kiểm thử · Testing"): observable state of the preview, no private fields. */
export interface PreviewApi {
  /** Every message the extension posts to a preview webview: type, document version, the page's plain text for updates. */
  readonly onDidPostMessage: vscode.Event<PostedMessage>;
  /** A webview applied an update: its version and the number of sheets it paginated into. */
  readonly onDidRender: vscode.Event<{ readonly uri: string; readonly version: number; readonly pages: number }>;
  /** URI of the file the active (or last active) preview shows. */
  activeUri(): string | undefined;
  /** Whether that preview is locked to its file. */
  isLocked(): boolean | undefined;
  /** How many times a shell page was set: once per panel, so an edit that reloaded the webview would show here. */
  shellLoads(): number;
  /** Hands the active preview a message as its webview would send it (e.g. the invitee picker's `pickInvitee`). */
  receiveFromWebview(raw: unknown): void;
}

/** Registers everything the preview needs; the returned object also carries the test hook. */
export function registerPreview(deps: ExtensionDeps): vscode.Disposable & { readonly api: PreviewApi } {
  const posted = new vscode.EventEmitter<PostedMessage>();
  const rendered = new vscode.EventEmitter<{ uri: string; version: number; pages: number }>();
  let shells = 0;
  const manager = new PreviewManager({
    extensionUri: deps.context.extensionUri,
    settings: deps.settings,
    state: deps.state,
    posted,
    rendered,
    shellLoaded: () => {
      shells += 1;
    },
  });
  const disposables: vscode.Disposable[] = [
    posted,
    rendered,
    manager,
    ...commands(manager),
    ...listeners(manager, deps),
  ];
  disposables.push(
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state) {
        const saved = parsePreviewState(state);
        const uri = saved ? vscode.Uri.parse(saved.uri, true) : undefined;
        if (saved && uri && userCouldOpen(uri)) manager.revive(panel, uri, saved.locked);
        else panel.dispose();
      },
    }),
  );
  const api: PreviewApi = {
    onDidPostMessage: posted.event,
    onDidRender: rendered.event,
    activeUri: () => manager.active()?.uri.toString(),
    isLocked: () => manager.active()?.locked,
    shellLoads: () => shells,
    receiveFromWebview: (raw) => manager.active()?.receive(raw),
  };
  return { api, dispose: () => disposables.forEach((d) => d.dispose()) };
}

/**
 * A restored preview shows only what the user could open anyway: a file in
 * one of the workspace's folders, or one open in an editor tab (VS Code
 * restores the tabs the user had opened, wherever the file is).
 */
function userCouldOpen(uri: vscode.Uri): boolean {
  if (vscode.workspace.getWorkspaceFolder(uri)) return true;
  const same = (other: unknown) => other instanceof vscode.Uri && other.toString() === uri.toString();
  return (
    vscode.window.tabGroups.all.some((group) =>
      group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && same(tab.input.uri)),
    ) || vscode.workspace.textDocuments.some((d) => same(d.uri))
  );
}

/** The file a command acts on: its argument (editor title button, explorer) or the active giaymoi editor. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const editor = vscode.window.activeTextEditor;
  return editor && isInvitation(editor.document) ? editor.document.uri : undefined;
}

function commands(manager: PreviewManager): vscode.Disposable[] {
  const open = (sideBySide: boolean) => (arg?: unknown) => {
    const uri = targetUri(arg);
    if (uri) manager.show(uri, sideBySide);
  };
  return [
    vscode.commands.registerCommand('giaymoi.showPreview', open(false)),
    vscode.commands.registerCommand('giaymoi.showPreviewToSide', open(true)),
    vscode.commands.registerCommand('giaymoi.togglePreviewLock', () => manager.toggleLock()),
  ];
}

function listeners(manager: PreviewManager, deps: ExtensionDeps): vscode.Disposable[] {
  return [
    vscode.window.onDidChangeActiveTextEditor((editor) => manager.follow(editor)),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (isInvitation(e.textEditor.document)) manager.revealCursor(e.textEditor);
    }),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      if (isInvitation(e.textEditor.document)) manager.revealTop(e.textEditor);
    }),
    deps.state.onDidAnalyze((document) => manager.refreshPreviewsOf(document)),
  ];
}
