/**
 * Issue 32, item 8: the office's giaymoi.config.yaml is edited as YAML that
 * indents — Enter after `quy_tac:` starts the rule list two spaces in, as in an
 * invitation (VS Code's own YAML language leaves the cursor at the margin).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { discardAndCloseAll, openInEditor, waitFor, workspaceFile } from './support/host';

describe('giaymoi.config.yaml in the editor', () => {
  const file = 'config-editing/giaymoi.config.yaml';
  afterEach(async () => {
    await discardAndCloseAll();
    await vscode.workspace.fs
      .delete(workspaceFile('config-editing'), { recursive: true })
      .then(undefined, () => undefined);
  });

  it('indents the line after `quy_tac:` on Enter', async function () {
    this.timeout(30_000);
    await vscode.workspace.fs.writeFile(workspaceFile(file), new TextEncoder().encode('quy_tac:'));
    const document = await openInEditor(file);
    assert.equal(document.languageId, 'giaymoi-config');
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: '\n' });
    await waitFor(() => document.lineCount === 2, 'Enter to make a second line', { timeoutMs: 5_000 });
    assert.equal(JSON.stringify(document.getText()), JSON.stringify('quy_tac:\n  '));
  });
});
