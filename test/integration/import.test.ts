import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { checkInvitation } from '../../src/core/check/check';
import type { GiaymoiApi } from '../../src/extension';
import { discardAndCloseAll, EXAMPLE, giaymoiExtension, waitFor, workspaceFile } from './support/host';

describe('import from Word', () => {
  let dir: string;
  let api: GiaymoiApi;
  beforeEach(async () => {
    api = (await giaymoiExtension().activate()) as GiaymoiApi;
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-import-'));
  });
  afterEach(async () => {
    await discardAndCloseAll();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The example exported by the extension itself: a DOCX as a clerk has one. */
  async function exportedExample(): Promise<string> {
    const target = join(dir, 'giay-moi.docx');
    await vscode.commands.executeCommand('giaymoi.exportDocx', workspaceFile(EXAMPLE), { target, open: false });
    return target;
  }

  it('writes the source beside the DOCX, opens it with its preview, and never overwrites @smoke', async () => {
    const docx = await exportedExample();
    const first = await vscode.commands.executeCommand<vscode.Uri>('giaymoi.importDocx', vscode.Uri.file(docx));
    assert.equal(first?.fsPath, join(dir, 'giay-moi.giaymoi.yaml'));
    const text = readFileSync(first.fsPath, 'utf8');
    assert.match(text, /trich_yeu: Dự Hội nghị phân tích kết quả Chỉ số hài lòng/);
    assert.deepEqual(
      checkInvitation(text).problems.filter((p) => p.severity === 'error'),
      [],
    );
    await waitFor(
      () =>
        vscode.window.activeTextEditor?.document.uri.fsPath === first.fsPath ||
        vscode.window.visibleTextEditors.some((e) => e.document.uri.fsPath === first.fsPath),
      'the imported source in an editor',
    );
    await waitFor(() => api.preview.activeUri() === first.toString(), 'the preview showing the imported source');
    const second = await vscode.commands.executeCommand<vscode.Uri>('giaymoi.importDocx', vscode.Uri.file(docx), {
      preview: false,
    });
    assert.equal(second?.fsPath, join(dir, 'giay-moi-1.giaymoi.yaml'));
    assert.equal(readFileSync(first.fsPath, 'utf8'), text, 'the first import is untouched');
  });

  it('says why a file that is not a DOCX cannot be imported, and writes nothing', async () => {
    const bad = join(dir, 'not-word.docx');
    writeFileSync(bad, 'plain text, not a zip');
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'giaymoi.importDocx',
      vscode.Uri.file(bad),
    );
    assert.equal(result, undefined);
    assert.equal(existsSync(join(dir, 'not-word.giaymoi.yaml')), false);
  });

  it('is offered on .docx files in the Explorer menu', () => {
    const menu = (
      giaymoiExtension().packageJSON.contributes.menus['explorer/context'] as { command: string; when: string }[]
    ).find((m) => m.command === 'giaymoi.importDocx');
    assert.ok(menu, 'an explorer/context entry');
    assert.ok(new RegExp(menu.when.replace(/^resourceExtname =~ \/(.*)\/i$/, '$1'), 'i').test('.docx'));
  });
});
