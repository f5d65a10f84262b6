import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GiaymoiApi } from '../../src/extension';
import type { PostedMessage } from '../../src/features/preview';
import {
  codeOf,
  discardAndCloseAll,
  FIRST_RENDER_TIMEOUT_MS,
  giaymoiExtension,
  openInEditor,
  waitFor,
  waitForDiagnostics,
  workspaceFile,
} from './support/host';

/** The 30-invitee example; its list khach-moi.csv sits beside it in the workspace. */
const LIST_EXAMPLE = 'hoi-nghi-khach-moi-2025.giaymoi.yaml';

describe('mail merge from a list file', () => {
  let api: GiaymoiApi;
  let posted: PostedMessage[];
  let rendered: { uri: string; version: number; pages: number }[];
  let subscriptions: vscode.Disposable[];

  beforeEach(async () => {
    api = (await giaymoiExtension().activate()) as GiaymoiApi;
    posted = [];
    rendered = [];
    subscriptions = [
      api.preview.onDidPostMessage((m) => posted.push(m)),
      api.preview.onDidRender((r) => rendered.push(r)),
    ];
  });
  afterEach(async () => {
    subscriptions.forEach((s) => s.dispose());
    await discardAndCloseAll();
  });

  it("the preview's picker shows row 17's copy, and the webview renders it @smoke @web", async function () {
    this.timeout(FIRST_RENDER_TIMEOUT_MS + 30_000); // a cold first webview (see host.ts)
    const document = await openInEditor(LIST_EXAMPLE);
    await vscode.commands.executeCommand('giaymoi.showPreviewToSide');
    const first = await waitFor(
      () => posted.find((m) => m.type === 'update' && m.invitees && m.text.includes('Nguyễn Văn An')),
      "the first invitee's copy",
    );
    assert.deepEqual(first.invitees, { count: 30, shown: 1 });
    assert.ok(!first.text.includes('{{'), 'a raw {{field}} is on the page');
    await waitFor(() => rendered.find((r) => r.uri === document.uri.toString()), 'the first render', {
      timeoutMs: FIRST_RENDER_TIMEOUT_MS,
    });
    const before = posted.length;
    api.preview.receiveFromWebview({ type: 'pickInvitee', index: 16 });
    const picked = await waitFor(
      () => posted.slice(before).find((m) => m.type === 'update' && m.invitees?.shown === 17),
      "an update with row 17's copy",
    );
    assert.ok(picked.text.includes('Ông/Bà Phan Thanh Xuân, Phó Giám đốc Sở Công Thương'), picked.text.slice(0, 600));
    assert.ok(picked.text.includes('Phiên thứ hai'), 'row 17 is in the afternoon session');
    assert.ok(!picked.text.includes('Nguyễn Văn An'), "the first invitee's name is gone");
    await waitFor(
      () => rendered.filter((r) => r.uri === document.uri.toString()).length >= 2,
      "the webview rendered row 17's copy",
    );
  });

  it('ignores a malformed pick from the webview @web', async () => {
    await openInEditor(LIST_EXAMPLE);
    await vscode.commands.executeCommand('giaymoi.showPreviewToSide');
    await waitFor(() => posted.find((m) => m.type === 'update' && m.invitees), 'a copy');
    // The copy shown before the bad picks (an earlier test may have picked another row): it stays.
    const shown = [...posted].reverse().find((m) => m.type === 'update' && m.invitees)?.invitees?.shown;
    assert.ok(shown !== undefined && shown >= 1);
    const before = posted.length;
    api.preview.receiveFromWebview({ type: 'pickInvitee', index: -1 });
    api.preview.receiveFromWebview({ type: 'pickInvitee', index: '3' });
    api.preview.receiveFromWebview({ type: 'ready' });
    const next = await waitFor(
      () => posted.slice(before).find((m) => m.type === 'update'),
      'the update the ready message asks for',
    );
    assert.equal(next.invitees?.shown, shown);
  });

  it('{{Phone}}, a column the list lacks, is an error on that text; an empty cell shows on the CSV line @web', async () => {
    const document = await openInEditor(LIST_EXAMPLE);
    const edit = new vscode.WorkspaceEdit();
    const at = document.getText().indexOf('Phiên {{Phiên}}');
    edit.insert(document.uri, document.positionAt(at), '{{Phone}} ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const list = await waitForDiagnostics(
      document.uri,
      (l) => l.some((d) => codeOf(d) === 'GM045'),
      'GM045 on {{Phone}}',
    );
    const problem = list.find((d) => codeOf(d) === 'GM045')!;
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.getText(problem.range), '{{Phone}}');

    const csv = await vscode.workspace.openTextDocument(workspaceFile('khach-moi.csv'));
    const line = csv
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('5,'));
    const cells = csv.lineAt(line).text.split(',');
    const cleared = new vscode.WorkspaceEdit();
    const start = cells.slice(0, 2).join(',').length + 1;
    cleared.replace(csv.uri, new vscode.Range(line, start, line, start + cells[2].length), '');
    assert.ok(await vscode.workspace.applyEdit(cleared));
    const onCsv = await waitForDiagnostics(
      csv.uri,
      (l) => l.some((d) => codeOf(d) === 'GM046'),
      'GM046 on the emptied cell',
    );
    assert.deepEqual(
      onCsv.filter((d) => codeOf(d) === 'GM046').map((d) => [d.range.start.line, d.range.start.character]),
      [[line, start]],
    );
  });
});
