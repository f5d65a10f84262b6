/**
 * The rules reference in the editor: each diagnostic's code links here
 * (`Diagnostic.code.target`, a command URI the Problems panel and hovers open),
 * and `giaymoi.showRule` shows the shipped docs/rules.md, rendered and read-only, at that code's entry.
 */
import * as vscode from 'vscode';
import { CATALOG, catalogEntry, referenceAnchor } from '../core/check';
import type { ExtensionDeps } from './deps';
import { markdownSlug } from './markdown-slug';

export const SHOW_RULE_COMMAND = 'giaymoi.showRule';

/** The link target of a code: opens its entry; undefined for an undocumented code. */
export function ruleTarget(code: string): vscode.Uri | undefined {
  if (!catalogEntry(code)) return undefined;
  return vscode.Uri.parse(`command:${SHOW_RULE_COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`);
}

/**
 * Shows the shipped docs/rules.md rendered, read-only, at the entry of `code`:
 * VS Code's own Markdown preview (links and anchors work there), opened on
 * the file's URI with the entry heading's id as fragment, where it starts.
 * Only where no Markdown preview exists is the file opened in an editor.
 */
async function showRule(extensionUri: vscode.Uri, code: string): Promise<vscode.Uri> {
  const rules = vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md');
  const document = await vscode.workspace.openTextDocument(rules);
  const heading = entryHeading(document, code);
  const entry = rules.with({ fragment: markdownSlug(document.lineAt(heading).text.replace(/^#+\s*/, '')) });
  const shown = await Promise.resolve(vscode.commands.executeCommand('markdown.showPreview', entry)).then(
    () => true,
    () => false,
  );
  if (!shown) await showInEditor(document, heading);
  return entry;
}

/** The line of the heading under `<a id="gm012"></a>`. */
function entryHeading(document: vscode.TextDocument, code: string): number {
  const anchor = `<a id="${referenceAnchor(code)}"></a>`;
  const line = Math.max(
    0,
    document
      .getText()
      .split('\n')
      .findIndex((l) => l.trim() === anchor),
  );
  return Math.min(line + 1, document.lineCount - 1);
}

/** The fallback: docs/rules.md in an editor, the entry's heading at its top. */
async function showInEditor(document: vscode.TextDocument, line: number): Promise<void> {
  const heading = document.lineAt(line).range;
  const editor = await vscode.window.showTextDocument(document, { preview: true, selection: heading });
  editor.revealRange(heading, vscode.TextEditorRevealType.AtTop);
}

/** Without a code (from the palette), the user picks one from the catalog. */
async function pickCode(): Promise<string | undefined> {
  const items = CATALOG.map((e) => ({
    label: e.code,
    description: e.title.vi,
    detail: `${e.title.en} — ${e.locator}`,
  }));
  return (await vscode.window.showQuickPick(items, { matchOnDescription: true, matchOnDetail: true }))?.label;
}

export function registerRulesReference(deps: ExtensionDeps): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_RULE_COMMAND, async (code?: unknown) => {
    const chosen = typeof code === 'string' && catalogEntry(code) ? code : await pickCode();
    return chosen ? showRule(deps.context.extensionUri, chosen) : undefined;
  });
}
