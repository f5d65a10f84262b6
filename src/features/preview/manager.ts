/**
 * The previews: one dynamic preview that follows the active giaymoi editor,
 * plus any locked to a file (as VS Code's Markdown preview does); revived after
 * a restart by the serializer.
 */
import * as vscode from 'vscode';
import { isInvitation } from '../analysis';
import { PreviewPanel, VIEW_TYPE, type PanelDeps } from './panel';
import { topVisibleLine } from './sync';

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<PreviewPanel>();
  private lastActive: PreviewPanel | undefined;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  private scrolled: vscode.TextEditor | undefined;

  constructor(private readonly deps: PanelDeps) {}

  /** Opens (or reveals) the preview of `uri`, in the editor's group or beside it. */
  show(uri: vscode.Uri, sideBySide: boolean): void {
    const column = sideBySide
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
    const all = [...this.previews];
    const existing = all.find((p) => p.locked && p.isPreviewOf(uri)) ?? all.find((p) => !p.locked);
    if (existing) {
      existing.show(uri);
      existing.panel.reveal(sideBySide ? existing.panel.viewColumn : column, sideBySide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      '',
      { viewColumn: column, preserveFocus: sideBySide },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    this.track(new PreviewPanel(panel, uri, false, this.deps));
  }

  /** Brings back a preview VS Code kept across a restart. */
  revive(panel: vscode.WebviewPanel, uri: vscode.Uri, locked: boolean): void {
    this.track(new PreviewPanel(panel, uri, locked, this.deps));
  }

  /** Locks the active preview to its file, or unlocks it. */
  toggleLock(): void {
    const target = this.active();
    target?.toggleLock();
    if (target && !target.locked) this.follow(vscode.window.activeTextEditor);
  }

  /** The preview the user last looked at. */
  active(): PreviewPanel | undefined {
    return [...this.previews].find((p) => p.panel.active) ?? this.lastActive;
  }

  /** Unlocked previews show the active giaymoi editor. */
  follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.viewColumn === undefined || !isInvitation(editor.document)) return;
    for (const p of this.previews) if (!p.locked) p.show(editor.document.uri);
  }

  /** The cursor moved: bring its block into view (only when it is off screen). */
  revealCursor(editor: vscode.TextEditor): void {
    this.reveal(editor, editor.selection.active.line, 'cursor');
  }

  /** The editor scrolled: align the block of its top line with the preview's top (at most every 50 ms, as Markdown's preview). */
  revealTop(editor: vscode.TextEditor): void {
    this.scrolled = editor;
    this.scrollTimer ??= setTimeout(() => {
      this.scrollTimer = undefined;
      const line = this.scrolled && topVisibleLine(this.scrolled);
      if (this.scrolled && line !== undefined) this.reveal(this.scrolled, line, 'scroll');
    }, 50);
  }

  private reveal(editor: vscode.TextEditor, line: number, mode: 'cursor' | 'scroll'): void {
    if (!this.deps.settings().preview.scrollPreviewWithEditor) return;
    const uri = editor.document.uri;
    for (const p of this.previews) {
      if (!p.isPreviewOf(uri) || (mode === 'scroll' && p.echo.active)) continue;
      p.post({ type: 'reveal', uri: uri.toString(), version: editor.document.version, line, mode });
    }
  }

  /**
   * The check of `document` is due again (typing paused, its list, configuration or the settings changed):
   * its previews re-render at once, in the same turn as the check (no await between the check and the post).
   */
  refreshPreviewsOf(document: vscode.TextDocument): void {
    this.previews.forEach((p) => {
      if (p.isPreviewOf(document.uri)) p.refreshWith(document);
    });
  }

  private track(preview: PreviewPanel): void {
    this.previews.add(preview);
    this.lastActive = preview;
    preview.panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) this.lastActive = preview;
    });
    preview.onDidDispose(() => {
      this.previews.delete(preview);
      if (this.lastActive === preview) this.lastActive = undefined;
    });
  }

  dispose(): void {
    clearTimeout(this.scrollTimer);
    [...this.previews].forEach((p) => p.dispose());
  }
}
