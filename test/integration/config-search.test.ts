/**
 * Issue 31, item 9, in the editor (desktop host: the test writes above the
 * workspace with Node): a giaymoi.config.yaml in a folder above the workspace
 * folder does not change the rules of the invitations in it.
 */
import * as assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import {
  codeOf,
  describeDiagnostics,
  discardAndCloseAll,
  EXAMPLE,
  openInEditor,
  waitForDiagnostics,
  workspaceFile,
} from './support/host';

describe('giaymoi.config.yaml above the workspace folder', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
  const above = () => join(dirname(folder()), 'giaymoi.config.yaml');
  const copy = 'config-search/hop.giaymoi.yaml';
  afterEach(async () => {
    await discardAndCloseAll();
    rmSync(above(), { force: true });
    await vscode.workspace.fs
      .delete(workspaceFile('config-search'), { recursive: true })
      .then(undefined, () => undefined);
  });

  it('is not read: GM027, turned off there, is still reported', async function () {
    this.timeout(60_000);
    assert.ok(!existsSync(above()), `${above()} exists already`);
    writeFileSync(above(), 'quy_tac:\n  GM027: off\n');
    // A folder of its own, so no configuration found earlier for another folder is reused.
    await vscode.workspace.fs.writeFile(
      workspaceFile(copy),
      await vscode.workspace.fs.readFile(workspaceFile(EXAMPLE)),
    );
    const document = await openInEditor(copy);
    const list = await waitForDiagnostics(document.uri, (l) => l.length > 0, 'the first diagnostics');
    assert.ok(
      list.some((d) => codeOf(d) === 'GM027'),
      describeDiagnostics(list),
    );
  });
});
