import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  describeDiagnostics,
  describeRange,
  discardAndCloseAll,
  EXAMPLE,
  giaymoiDiagnostics,
  openInEditor,
  waitFor,
  waitForDiagnostics,
} from './support/host';

const WEEKDAY_FIXTURE = 'weekday-in-text.giaymoi.yaml';
const UNKNOWN_KEY_FIXTURE = 'unknown-key.giaymoi.yaml';

describe('diagnostics', () => {
  afterEach(discardAndCloseAll);

  it('reports a draft (no number, no day of signing) with information only @smoke @web', async () => {
    const document = await openInEditor(EXAMPLE);
    const draftCodes = ['GM012', 'GM013'];
    const list = await waitForDiagnostics(
      document.uri,
      (l) => draftCodes.every((c) => l.some((d) => codeOf(d) === c)),
      'GM012 (no number) and GM013 (no day)',
    );
    const louder = list.filter((d) => d.severity !== vscode.DiagnosticSeverity.Information);
    assert.equal(louder.length, 0, `a draft is information only, got:\n${describeDiagnostics(list)}`);
  });

  it('flags "(thứ Năm)" after 17/5/2024, a Friday, as GM015 on exactly the weekday; undo clears it @web', async () => {
    const document = await openInEditor(WEEKDAY_FIXTURE);
    const original = document.getText();
    assert.equal(
      giaymoiDiagnostics(document.uri).filter((d) => codeOf(d) === 'GM015').length,
      0,
      'no GM015 before the edit',
    );

    const inserted = await insertAfter(document, 'ngày 17/5/2024', ' (thứ Năm)');
    // The wrong part is the weekday itself (what the quick fix rewrites), not the brackets.
    const expected = new vscode.Range(inserted.start.translate(0, ' ('.length), inserted.end.translate(0, -')'.length));
    assert.equal(document.getText(expected), 'thứ Năm');
    const list = await waitForDiagnostics(
      document.uri,
      (l) => l.some((d) => codeOf(d) === 'GM015'),
      'GM015 after the edit',
    );
    const gm015 = list.filter((d) => codeOf(d) === 'GM015');
    assert.equal(gm015.length, 1, `one GM015:\n${describeDiagnostics(list)}`);
    assert.equal(
      describeRange(gm015[0].range),
      describeRange(expected),
      `GM015 covers "${document.getText(gm015[0].range)}", expected "${document.getText(expected)}"`,
    );

    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === original, 'undo to restore the text');
    await waitForDiagnostics(document.uri, (l) => !l.some((d) => codeOf(d) === 'GM015'), 'GM015 to clear after undo');
  });

  it("clears a file's diagnostics when it is closed @web", async () => {
    const document = await openInEditor(UNKNOWN_KEY_FIXTURE);
    await waitForDiagnostics(document.uri, (l) => l.some((d) => codeOf(d) === 'GM003'), 'GM003 on the misspelt key');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(() => document.isClosed, 'the document to close');
    await waitForDiagnostics(document.uri, (l) => l.length === 0, 'no diagnostics after closing');
  });
});

/** Inserts `text` right after the only `anchor` through a WorkspaceEdit; returns the inserted range. */
async function insertAfter(document: vscode.TextDocument, anchor: string, text: string): Promise<vscode.Range> {
  const offset = document.getText().indexOf(anchor);
  assert.ok(offset >= 0 && document.getText().indexOf(anchor, offset + 1) < 0, `the fixture contains "${anchor}" once`);
  const at = document.positionAt(offset + anchor.length);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, at, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
  return new vscode.Range(at, at.translate(0, text.length));
}
