import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { checkInvitation } from '../../src/core/check/check';
import { layoutInvitation } from '../../src/core/layout/invitation';
import {
  discardAndCloseAll,
  EXAMPLE,
  giaymoiExtension,
  openInEditor,
  setUserSetting,
  workspaceFile,
} from './support/host';

/** The trích yếu as the page prints it. */
function subjectOf(text: string): string {
  const checked = checkInvitation(text);
  assert.ok(checked.invitation);
  return layoutInvitation(checked.invitation, checked.source).subject;
}

const documentXml = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']);

describe('export', () => {
  let dir: string;
  beforeEach(async () => {
    await giaymoiExtension().activate();
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-export-'));
  });
  afterEach(async () => {
    await discardAndCloseAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a DOCX with the trích yếu to { target } and leaves the source byte for byte @smoke', async () => {
    const source = workspaceFile(EXAMPLE);
    const before = await vscode.workspace.fs.readFile(source);
    const target = join(dir, 'giay-moi.docx');
    const written = await vscode.commands.executeCommand<string[]>('giaymoi.exportDocx', source, {
      target,
      open: false,
    });
    assert.deepEqual(written, [target]);
    assert.ok(documentXml(target).includes(subjectOf(new TextDecoder().decode(before))));
    assert.deepEqual(Buffer.from(await vscode.workspace.fs.readFile(source)), Buffer.from(before));
  });

  it("exports the editor's unsaved text, not the file on disk", async () => {
    const document = await openInEditor(EXAMPLE);
    const onDisk = await vscode.workspace.fs.readFile(document.uri);
    const edit = new vscode.WorkspaceEdit();
    const at = document.getText().indexOf('trich_yeu: ') + 'trich_yeu: '.length;
    edit.insert(document.uri, document.positionAt(at), 'Bản sửa ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const [written] = await vscode.commands.executeCommand<string[]>('giaymoi.exportDocx', undefined, {
      target: join(dir, 'x.docx'),
      open: false,
    });
    assert.ok(documentXml(written).includes('Bản sửa Dự Hội nghị'));
    assert.deepEqual(Buffer.from(await vscode.workspace.fs.readFile(document.uri)), Buffer.from(onDisk));
  });

  it('writes to the output-folder setting when called from the explorer menu (uri, [uris])', async () => {
    const restore = await setUserSetting('giaymoi.export.outputFolder', join(dir, '${fileBasenameNoExtension}'));
    try {
      const source = workspaceFile(EXAMPLE);
      const written = await vscode.commands.executeCommand<string[]>('giaymoi.exportDocx', source, [source]);
      assert.deepEqual(written, [join(dir, 'hoi-nghi-sipas-2024.giaymoi', 'hoi-nghi-sipas-2024.docx')]);
      assert.ok(unzipSync(readFileSync(written[0]))['word/document.xml']);
    } finally {
      await restore();
    }
  });

  it('refuses a file with errors and writes nothing', async () => {
    const document = await openInEditor(EXAMPLE);
    const edit = new vscode.WorkspaceEdit();
    const start = document.getText().indexOf('  ho_ten:');
    edit.delete(
      document.uri,
      new vscode.Range(document.positionAt(start), document.positionAt(document.getText().indexOf('\n', start) + 1)),
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    const written = await vscode.commands.executeCommand<string[]>('giaymoi.exportDocx', undefined, {
      target: join(dir, 'x.docx'),
      open: false,
    });
    assert.deepEqual(written, []);
  });

  it('writes a mail merge as one set into a folder (no staging folder or temp file left), with progress', async () => {
    const source = workspaceFile('so-tai-chinh-hop-du-toan-2025.giaymoi.yaml');
    const written = await vscode.commands.executeCommand<string[]>('giaymoi.exportMailMerge', source, {
      target: dir,
      open: false,
    });
    assert.equal(written.length, 8, written.join('\n'));
    const names = readdirSync(dir);
    assert.equal(names.filter((n) => n.endsWith('.docx')).length, 8);
    assert.deepEqual(
      names.filter((n) => n.startsWith('.')).map((n) => n.replace(/[0-9a-f]{8}/, 'X')),
      ['.giaymoi-merge-X.json'],
    );
  });

  it('exports a list invitation (khach-moi.csv, 30 rows) as a mail merge, as the web host test does', async () => {
    // The desktop's half of issue 32's paired figure: this test's time beside the web host's own.
    const written = await vscode.commands.executeCommand<string[]>(
      'giaymoi.exportMailMerge',
      workspaceFile('hoi-nghi-khach-moi-2025.giaymoi.yaml'),
      { target: dir, open: false },
    );
    assert.equal(written.length, 31, `30 invitations and the combined file:\n${written.join('\n')}`);
  });

  it('replaces a read-only target only when forced (the modal\'s "Overwrite")', async () => {
    const target = join(dir, 'khoa.docx');
    writeFileSync(target, 'protected');
    chmodSync(target, 0o444);
    const forced = await vscode.commands.executeCommand<string[]>('giaymoi.exportDocx', workspaceFile(EXAMPLE), {
      target,
      open: false,
      force: true,
    });
    assert.deepEqual(forced, [target]);
    assert.ok(documentXml(target).includes(subjectOf(readFileSync(workspaceFile(EXAMPLE).fsPath, 'utf8'))));
  });
});
