/**
 * Issue 31, item 1, in the editor (desktop host: the test writes a file outside
 * the workspace with Node): a list outside the workspace folder, by absolute
 * path or by a symbolic link in the folder, is refused with GM048 naming the
 * real path and nothing of the file; the user setting
 * giaymoi.lists.allowOutsideWorkspace lets it be read.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  codeOf,
  describeDiagnostics,
  discardAndCloseAll,
  openInEditor,
  setUserSetting,
  waitForDiagnostics,
  workspaceFile,
} from './support/host';

const LIST_EXAMPLE = 'hoi-nghi-khach-moi-2025.giaymoi.yaml';

describe('a list outside the workspace folder', () => {
  let outside: string;
  const written: vscode.Uri[] = [];
  beforeEach(() => {
    outside = mkdtempSync(join(tmpdir(), 'giaymoi-outside-'));
    writeFileSync(join(outside, 'secret.csv'), 'STT,Họ và tên,API_KEY\n1,Nguyễn Văn An,sk-live-0123\n');
  });
  afterEach(async () => {
    await discardAndCloseAll();
    for (const uri of written.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    rmSync(outside, { recursive: true, force: true });
  });

  async function invitationNaming(list: string, name: string): Promise<vscode.TextDocument> {
    const text = new TextDecoder()
      .decode(await vscode.workspace.fs.readFile(workspaceFile(LIST_EXAMPLE)))
      .replace('danh_sach: khach-moi.csv', `danh_sach: "${list}"`);
    written.push(workspaceFile(name));
    await vscode.workspace.fs.writeFile(workspaceFile(name), new TextEncoder().encode(text));
    return openInEditor(name);
  }

  async function assertRefused(document: vscode.TextDocument): Promise<void> {
    const list = await waitForDiagnostics(
      document.uri,
      (l) => l.some((d) => codeOf(d) === 'GM048'),
      'GM048 on danh_sach',
    );
    const message = list.find((d) => codeOf(d) === 'GM048')!.message;
    assert.ok(message.includes(join(outside, 'secret.csv')), message);
    assert.match(message, /giaymoi\.lists\.allowOutsideWorkspace/);
    assert.doesNotMatch(describeDiagnostics(list), /API_KEY|sk-live/);
  }

  it('refuses an absolute path, and reads it once the user allows lists outside', async function () {
    this.timeout(60_000);
    const document = await invitationNaming(join(outside, 'secret.csv'), 'list-outside-absolute.giaymoi.yaml');
    await assertRefused(document);
    const restore = await setUserSetting('giaymoi.lists.allowOutsideWorkspace', true);
    try {
      await waitForDiagnostics(
        document.uri,
        (l) =>
          !l.some((d) => codeOf(d) === 'GM048') &&
          l.some((d) => /API_KEY|Chức vụ/.test(d.message) || codeOf(d) === 'GM045'),
        'the list read: its columns checked',
      );
    } finally {
      await restore();
    }
  });

  it('refuses a symbolic link in the folder that leads outside', async function () {
    this.timeout(60_000);
    const link = workspaceFile('link-outside.csv');
    symlinkSync(join(outside, 'secret.csv'), link.fsPath);
    written.push(link);
    await assertRefused(await invitationNaming('link-outside.csv', 'list-outside-link.giaymoi.yaml'));
  });
});
