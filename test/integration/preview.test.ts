import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GiaymoiApi } from '../../src/extension';
import type { PostedMessage } from '../../src/features/preview';
import {
  discardAndCloseAll,
  EXAMPLE,
  FIRST_RENDER_TIMEOUT_MS,
  giaymoiExtension,
  openInEditor,
  waitFor,
} from './support/host';

/** The preview's tab, if one is open. */
function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('giaymoi.preview'));
}

describe('preview', () => {
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

  it('opens beside the editor and the webview renders the A4 page @smoke @web', async function () {
    this.timeout(FIRST_RENDER_TIMEOUT_MS + 30_000); // a cold first webview (see host.ts)
    const document = await openInEditor(EXAMPLE);
    const editorColumn = vscode.window.activeTextEditor?.viewColumn;
    await vscode.commands.executeCommand('giaymoi.showPreviewToSide');
    const done = await waitFor(
      () => rendered.find((r) => r.uri === document.uri.toString() && r.version === document.version),
      'the webview reports the page rendered',
      { timeoutMs: FIRST_RENDER_TIMEOUT_MS },
    );
    assert.equal(done.pages, 2);
    const update = posted.find((m) => m.type === 'update' && m.version === document.version);
    assert.ok(
      update?.text.includes('GIẤY MỜI') && update.text.includes('Dự Hội nghị phân tích kết quả'),
      'the update carries the page',
    );
    const tab = await waitFor(previewTab, 'a preview tab');
    assert.notEqual(tab.group.viewColumn, editorColumn, 'the preview is beside the editor');
    assert.equal(api.preview.activeUri(), document.uri.toString());
  });

  it('after an edit, receives an update (not a reload) whose text holds the edit @smoke @web', async function () {
    this.timeout(FIRST_RENDER_TIMEOUT_MS + 30_000); // a cold first webview (see host.ts)
    const document = await openInEditor(EXAMPLE);
    await vscode.commands.executeCommand('giaymoi.showPreviewToSide');
    await waitFor(() => rendered.find((r) => r.version === document.version), 'the first render', {
      timeoutMs: FIRST_RENDER_TIMEOUT_MS,
    });
    const shells = api.preview.shellLoads();
    const edit = new vscode.WorkspaceEdit();
    const at = document.getText().indexOf('trich_yeu: ') + 'trich_yeu: '.length;
    edit.insert(document.uri, document.positionAt(at), 'Bản sửa ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const update = await waitFor(
      () => posted.find((m) => m.type === 'update' && m.version === document.version),
      'an update for the edited version',
    );
    assert.ok(update.text.includes('Bản sửa Dự Hội nghị'), update.text.slice(0, 300));
    await waitFor(() => rendered.find((r) => r.version === document.version), 'the webview applied the edit');
    assert.equal(api.preview.shellLoads(), shells, 'the shell page was not set again');
  });

  it("reveals the cursor's block and locks to its file, the title showing the lock @web", async function () {
    this.timeout(FIRST_RENDER_TIMEOUT_MS + 30_000); // a cold first webview (see host.ts)
    const document = await openInEditor(EXAMPLE);
    const editor = vscode.window.activeTextEditor!;
    await vscode.commands.executeCommand('giaymoi.showPreviewToSide');
    await waitFor(() => rendered.find((r) => r.version === document.version), 'the first render', {
      timeoutMs: FIRST_RENDER_TIMEOUT_MS,
    });
    await vscode.window.showTextDocument(document, editor.viewColumn);
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('  ho_ten:'));
    editor.selection = new vscode.Selection(line, 4, line, 4);
    await waitFor(() => posted.find((m) => m.type === 'reveal'), 'a reveal message');
    await vscode.commands.executeCommand('giaymoi.togglePreviewLock');
    assert.equal(api.preview.isLocked(), true);
    await waitFor(() => previewTab()?.label.startsWith('🔒'), 'the lock in the title');
    await vscode.commands.executeCommand('giaymoi.togglePreviewLock');
    assert.equal(api.preview.isLocked(), false);
  });

  it('follows the active invitation, and stays on its file once locked @web', async () => {
    const first = await openInEditor(EXAMPLE);
    await vscode.commands.executeCommand('giaymoi.showPreviewToSide');
    await waitFor(() => rendered.find((r) => r.uri === first.uri.toString()), 'the first file rendered');
    const second = await openInEditor('so-tai-chinh-hop-du-toan-2025.giaymoi.yaml');
    await waitFor(
      () => rendered.find((r) => r.uri === second.uri.toString()),
      'the preview follows to the second file',
    );
    assert.equal(api.preview.activeUri(), second.uri.toString());
    await vscode.commands.executeCommand('giaymoi.togglePreviewLock');
    await openInEditor('truong-thcs-hop-phu-huynh-2025.giaymoi.yaml');
    await waitFor(
      () => vscode.window.activeTextEditor?.document.fileName.endsWith('truong-thcs-hop-phu-huynh-2025.giaymoi.yaml'),
      'the third file in the editor',
    );
    assert.equal(api.preview.activeUri(), second.uri.toString(), 'the locked preview stays on its file');
    assert.ok(
      !posted.some((m) => m.type === 'update' && m.uri.endsWith('truong-thcs-hop-phu-huynh-2025.giaymoi.yaml')),
    );
  });
});
