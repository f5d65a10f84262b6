/**
 * The editor's side of scroll sync: scroll the editor to a line the preview
 * reports (and ignore the editor's echo for a moment), put the cursor on a
 * double-clicked block's source.
 */
import * as vscode from 'vscode';

const ECHO_WINDOW_MS = 300;

/** Remembers when we last scrolled an editor, so its visible-range event is not sent back to the preview. */
export class EchoGuard {
  private until = 0;

  /** Marks the start of our own scrolling. */
  hold(): void {
    this.until = Date.now() + ECHO_WINDOW_MS;
  }

  /** True while editor scroll events are our own echo. */
  get active(): boolean {
    return Date.now() < this.until;
  }
}

const sameUri = (a: vscode.Uri, b: vscode.Uri) => a.toString() === b.toString();

/** Visible editors showing `uri`. */
export function editorsOf(uri: vscode.Uri): vscode.TextEditor[] {
  return vscode.window.visibleTextEditors.filter((e) => sameUri(e.document.uri, uri));
}

/**
 * Shows source `line` (fractional) at the top of every visible editor of `uri`, or the
 * document's last line at the bottom for 'end'; the cursor stays where it is.
 */
export function scrollEditorsTo(uri: vscode.Uri, line: number | 'end', guard: EchoGuard): void {
  for (const editor of editorsOf(uri)) {
    const last = editor.document.lineCount - 1;
    const target = line === 'end' ? last : Math.min(Math.floor(line), last);
    const column = keptColumn(editor, target);
    guard.hold();
    const how = line === 'end' ? vscode.TextEditorRevealType.Default : vscode.TextEditorRevealType.AtTop;
    editor.revealRange(new vscode.Range(target, column, target, column), how);
  }
}

/**
 * The column to reveal on `line` so the editor moves vertically only. Revealing a range also
 * scrolls it into view horizontally: with wrapping there is nothing to scroll sideways (and a
 * later column would put a continuation row at the top); without it, the cursor's column is
 * the one the horizontal scroll already shows (VS Code keeps the cursor in view).
 */
function keptColumn(editor: vscode.TextEditor, line: number): number {
  const wrap = vscode.workspace.getConfiguration('editor', editor.document).get<string>('wordWrap', 'off');
  if (wrap !== 'off') return 0;
  return Math.min(editor.selection.active.character, editor.document.lineAt(line).text.length);
}

/** Focuses the editor of `uri` (opening it when none is visible) with the cursor at `line:character`. */
export async function openSourceAt(
  uri: vscode.Uri,
  line: number,
  character: number,
  fallbackColumn: vscode.ViewColumn,
): Promise<void> {
  const visible = editorsOf(uri)[0];
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const position = document.validatePosition(new vscode.Position(line, character));
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? fallbackColumn,
    preserveFocus: false,
    selection: new vscode.Selection(position, position),
  });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The first visible line of an editor (fractional, as Markdown's preview computes it). */
export function topVisibleLine(editor: vscode.TextEditor): number | undefined {
  const first = editor.visibleRanges[0]?.start;
  if (!first) return undefined;
  const text = editor.document.lineAt(first.line).text;
  return first.line + first.character / (text.length + 2);
}
