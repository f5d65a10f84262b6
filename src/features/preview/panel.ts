/**
 * One preview panel: the shell set once, then `update` messages (immediately
 * on open, when the extension's state says the check is due), each tagged with the document version;
 * the webview's messages validated as untrusted input.
 */
import * as vscode from 'vscode';
import { pageDelta, parseFromWebview, type FromWebview, type PageBase, type ToWebview } from '../../protocol';
import type { ExtensionState } from '../extension-state';
import type { Settings } from '../settings';
import { describe, updateFor, type PostedMessage } from './message';
import { makeNonce, shellHtml } from './shell';
import { EchoGuard, editorsOf, openSourceAt, scrollEditorsTo } from './sync';
import { t } from '../../l10n';

export const VIEW_TYPE = 'giaymoi.preview';

/** Exhaustiveness: a new message type that is not handled fails to compile here. */
const unreachable = (message: never): void => void message;

/** What a panel needs from the rest of the extension. */
export interface PanelDeps {
  readonly extensionUri: vscode.Uri;
  readonly settings: () => Settings;
  /** The shared analysis and invitee lists. */
  readonly state: ExtensionState;
  readonly posted: vscode.EventEmitter<PostedMessage>;
  readonly rendered: vscode.EventEmitter<{ uri: string; version: number; pages: number }>;
  /** Called each time a panel's shell page is set (once per panel: later renders are messages). */
  readonly shellLoaded: () => void;
}

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  readonly echo = new EchoGuard();
  /** The last page posted: the next update sends only the units that changed since (see pageDelta). */
  private sent: PageBase | undefined;
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resource: vscode.Uri,
    private lockedFlag: boolean,
    private readonly deps: PanelDeps,
  ) {
    const media = vscode.Uri.joinPath(deps.extensionUri, 'media');
    panel.webview.options = { enableScripts: true, enableForms: false, localResourceRoots: [media] };
    panel.webview.html = this.shell(media);
    deps.shellLoaded();
    this.retitle();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw) => this.receive(raw)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get uri(): vscode.Uri {
    return this.resource;
  }
  get locked(): boolean {
    return this.lockedFlag;
  }

  isPreviewOf(uri: vscode.Uri): boolean {
    return uri.toString() === this.resource.toString();
  }

  /** Shows another file (the preview follows the active editor). */
  show(uri: vscode.Uri): void {
    if (this.isPreviewOf(uri)) return;
    this.resource = uri;
    this.retitle();
    void this.refresh();
  }

  toggleLock(): void {
    this.lockedFlag = !this.lockedFlag;
    this.retitle();
    this.post({ type: 'lock', locked: this.lockedFlag });
  }

  /** Posts the page as it is now. */
  async refresh(): Promise<void> {
    const document = await this.document();
    if (document) this.refreshWith(document);
  }

  /** Posts the page of `document` (this panel's file, already open) now, without a round trip to find it. */
  refreshWith(document: vscode.TextDocument): void {
    if (this.disposed) return;
    this.retitle();
    const line = editorsOf(this.resource)[0]?.selection.active.line;
    this.post(updateFor(document, this.deps.state.analyze(document), this.deps.settings(), this.lockedFlag, line));
  }

  post(message: ToWebview.Message): void {
    if (this.disposed) return;
    let posted = message;
    if (message.type === 'update') [posted, this.sent] = pageDelta(this.sent, message);
    void this.panel.webview.postMessage(posted);
    this.deps.posted.fire(describe(message, this.resource.toString()));
  }

  private async document(): Promise<vscode.TextDocument | undefined> {
    try {
      return await vscode.workspace.openTextDocument(this.resource);
    } catch {
      return undefined;
    }
  }

  /** A raw message from the webview (the test hook feeds the same path), validated first. */
  receive(raw: unknown): void {
    this.onMessage(parseFromWebview(raw));
  }

  private onMessage(message: FromWebview.Message | undefined): void {
    if (!message) return;
    switch (message.type) {
      case 'ready': // a new page (the webview loaded or reloaded), or one that lacks the base of a delta: the whole page next
        this.sent = undefined;
        return void this.refresh();
      case 'rendered':
        return this.deps.rendered.fire({
          uri: this.resource.toString(),
          version: message.version,
          pages: message.pages,
        });
      case 'revealLine':
        return this.onPreviewScrolled(message);
      case 'openSource':
        return void this.onOpenSource(message);
      case 'pickInvitee':
        return this.deps.state.lists.pickRow(this.resource, message.index);
      default:
        return unreachable(message);
    }
  }

  private onPreviewScrolled(message: FromWebview.RevealLine): void {
    const editor = editorsOf(this.resource)[0];
    if (!this.deps.settings().preview.scrollEditorWithPreview || !editor || editor.document.version !== message.version)
      return;
    scrollEditorsTo(this.resource, message.line, this.echo);
  }

  private async onOpenSource(message: FromWebview.OpenSource): Promise<void> {
    await openSourceAt(this.resource, message.line, message.character, vscode.ViewColumn.One);
  }

  private shell(media: vscode.Uri): string {
    const webview = this.panel.webview;
    const s = this.deps.settings();
    const state = {
      uri: this.resource.toString(),
      locked: this.lockedFlag,
      options: { language: s.language, ...s.preview },
    };
    return shellHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      state,
      lang: s.language,
    });
  }

  private retitle(): void {
    const name = this.resource.path.split('/').pop() ?? '';
    const base = t(this.deps.settings().language, 'Preview: {0}', name);
    this.panel.title = this.lockedFlag ? `🔒 ${base}` : base;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    this.disposables.forEach((d) => d.dispose());
    this.panel.dispose();
  }
}
