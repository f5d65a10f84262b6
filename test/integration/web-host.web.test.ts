/**
 * What only the web build must prove (run by `npm run test:web` alone, in
 * code-server's web-worker extension host): that its browser entry is the one
 * running, and that export writes real files into the workspace through
 * `vscode.workspace.fs` (the driver reads the DOCX back with LibreOffice).
 */
import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { checkInvitation } from '../../src/core/check/check';
import { layoutInvitation } from '../../src/core/layout/invitation';
import type { GiaymoiApi } from '../../src/extension';
import { discardAndCloseAll, EXAMPLE, giaymoiExtension, openInEditor, waitFor, workspaceFile } from './support/host';
import { webOptions } from './support/web-options';

/** The DOCX the driver converts with LibreOffice after the suite (test/vscode-host/run-web.mjs). */
export const WEB_EXPORT = 'web-export/giay-moi.docx';

const read = (uri: vscode.Uri) => vscode.workspace.fs.readFile(uri);
const exists = (uri: vscode.Uri) =>
  vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);

function subjectOf(text: string): string {
  const checked = checkInvitation(text);
  assert.ok(checked.invitation);
  return layoutInvitation(checked.invitation, checked.source).subject;
}

describe('web extension', () => {
  afterEach(discardAndCloseAll);

  it('runs from its browser entry (dist/web/extension.js) in the web-worker extension host @smoke @web', async () => {
    await openInEditor(EXAMPLE);
    const extension = giaymoiExtension();
    await waitFor(() => extension.isActive, 'the extension to activate');
    assert.equal(extension.packageJSON.browser, './dist/web/extension.js');
    assert.equal(
      (extension.exports as GiaymoiApi).platform,
      'web',
      'activate() came from the web bundle (src/web-extension.ts, features/web-platform.ts)',
    );
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI, 'a web-worker extension runs on the UI side');
    const root = webOptions()?.extensionRoot;
    assert.ok(
      root && extension.extensionUri.path.startsWith(root),
      `loaded from ${extension.extensionUri.path}, expected under ${root}`,
    );
  });

  it('exports a DOCX into the workspace (real file, written atomically) and leaves the source byte for byte @smoke @web', async () => {
    const source = workspaceFile(EXAMPLE);
    const before = await read(source);
    const target = workspaceFile(WEB_EXPORT);
    const written = await vscode.commands.executeCommand<string[]>('giaymoi.exportDocx', source, {
      target: WEB_EXPORT,
      open: false,
    });
    assert.deepEqual(written, [target.path]);
    assert.ok(documentXml(await read(target)).includes(subjectOf(new TextDecoder().decode(before))));
    assert.deepEqual([...(await read(source))], [...before]);
    const left = (await vscode.workspace.fs.readDirectory(workspaceFile('web-export'))).map(([name]) => name);
    assert.deepEqual(left, ['giay-moi.docx'], 'no temp file is left beside it');
  });

  it('exports a PDF with its signature field in the browser (pdfkit, the bundled fonts), leaving the source @web', async () => {
    const source = workspaceFile(EXAMPLE);
    const before = await read(source);
    const target = workspaceFile('web-pdf/giay-moi.pdf');
    const written = await vscode.commands.executeCommand<string[]>('giaymoi.exportPdf', source, {
      target: 'web-pdf/giay-moi.pdf',
      open: false,
    });
    assert.deepEqual(written, [target.path]);
    const pdf = new TextDecoder('latin1').decode(await read(target));
    assert.ok(pdf.startsWith('%PDF-1.7'), 'a PDF 1.7 file');
    assert.match(pdf, /\/FT \/Sig/, 'with the empty signature field');
    assert.match(pdf, /LiberationSerif/, 'set in the bundled font');
    assert.deepEqual([...(await read(source))], [...before]);
  });

  it('exports beside the source by default, and a second export replaces the file @web', async () => {
    const beside = workspaceFile('hoi-nghi-sipas-2024.docx');
    try {
      const first = await vscode.commands.executeCommand<string[]>('giaymoi.exportDocx', workspaceFile(EXAMPLE), {
        open: false,
      });
      assert.deepEqual(first, [beside.path]);
      const second = await vscode.commands.executeCommand<string[]>('giaymoi.exportDocx', workspaceFile(EXAMPLE), {
        open: false,
      });
      assert.deepEqual(second, [beside.path]);
      assert.ok(unzipSync(await read(beside))['word/document.xml']);
    } finally {
      await vscode.workspace.fs.delete(beside).then(undefined, () => undefined);
    }
  });

  it('writes a mail merge from a CSV list as one set into a folder, nothing staged left @web', async () => {
    const folder = workspaceFile('web-merge');
    try {
      const source = workspaceFile('so-tai-chinh-hop-du-toan-2025.giaymoi.yaml');
      const written = await vscode.commands.executeCommand<string[]>('giaymoi.exportMailMerge', source, {
        target: 'web-merge',
        open: false,
      });
      assert.equal(written.length, 8, written.join('\n'));
      const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
      assert.equal(names.filter((n) => n.endsWith('.docx')).length, 8);
      assert.deepEqual(
        names.filter((n) => n.startsWith('.')).map((n) => n.replace(/[0-9a-f]{8}/, 'X')),
        ['.giaymoi-merge-X.json'],
      );
      for (const path of written) assert.ok(await exists(source.with({ path })), path);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('imports a DOCX from Word in the browser (fflate and saxes, no LibreOffice), beside it @web', async () => {
    const folder = workspaceFile('web-import');
    try {
      await vscode.commands.executeCommand<string[]>('giaymoi.exportDocx', workspaceFile(EXAMPLE), {
        target: 'web-import/cu.docx',
        open: false,
      });
      const created = await vscode.commands.executeCommand<vscode.Uri | undefined>(
        'giaymoi.importDocx',
        workspaceFile('web-import/cu.docx'),
        { preview: false },
      );
      assert.equal(created?.path, workspaceFile('web-import/cu.giaymoi.yaml').path);
      const text = new TextDecoder().decode(await read(created!));
      const original = new TextDecoder().decode(await read(workspaceFile(EXAMPLE)));
      assert.equal(subjectOf(text), subjectOf(original), 'the trích yếu comes back');
    } finally {
      await discardAndCloseAll();
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('exports a list invitation (khach-moi.csv, 30 rows) as a mail merge @web', async () => {
    const folder = workspaceFile('web-list');
    try {
      const written = await vscode.commands.executeCommand<string[]>(
        'giaymoi.exportMailMerge',
        workspaceFile('hoi-nghi-khach-moi-2025.giaymoi.yaml'),
        { target: 'web-list', open: false },
      );
      assert.equal(written.length, 31, `30 invitations and the combined file:\n${written.join('\n')}`);
      assert.ok(unzipSync(await read(source(written[0])))['word/document.xml']);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('exports the same list from a spreadsheet (khach-moi.xlsx, read in the browser) @web', async () => {
    const copy = workspaceFile('web-xlsx.giaymoi.yaml');
    const folder = workspaceFile('web-xlsx');
    try {
      const text = new TextDecoder().decode(await read(workspaceFile('hoi-nghi-khach-moi-2025.giaymoi.yaml')));
      assert.match(text, /danh_sach: khach-moi\.csv/);
      await vscode.workspace.fs.writeFile(
        copy,
        new TextEncoder().encode(text.replace('danh_sach: khach-moi.csv', 'danh_sach: khach-moi.xlsx')),
      );
      const written = await vscode.commands.executeCommand<string[]>('giaymoi.exportMailMerge', copy, {
        target: 'web-xlsx',
        open: false,
      });
      assert.equal(written.length, 31, written.join('\n'));
    } finally {
      await vscode.workspace.fs.delete(copy).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });
});

function source(path: string): vscode.Uri {
  return workspaceFile(EXAMPLE).with({ path });
}
