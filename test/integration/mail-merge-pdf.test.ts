/**
 * "Trộn thư ra PDF" (giaymoi.exportMailMergePdf) in the editor, desktop and web: one PDF per
 * copy plus the combined file, written by the DOCX merge's flow (same set folder, same
 * replacing of an earlier set); the PDF set is kept apart from the DOCX set in one folder.
 * Only the workspace file system is used, so the same test runs in the web worker.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceFile } from './support/host';

const LIST_EXAMPLE = 'hoi-nghi-khach-moi-2025.giaymoi.yaml';

const names = async (folder: vscode.Uri) => (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);

async function mergeToPdf(folder: string): Promise<string[]> {
  return vscode.commands.executeCommand<string[]>('giaymoi.exportMailMergePdf', workspaceFile(LIST_EXAMPLE), {
    target: folder,
    open: false,
  });
}

describe('mail merge to PDF in the editor', () => {
  it('writes 30 PDFs and the combined one; a second run replaces the set, the DOCX set beside it stays @web', async function () {
    this.timeout(180_000);
    const folder = workspaceFile('pdf-merge');
    try {
      const written = await mergeToPdf('pdf-merge');
      assert.equal(written.length, 31, `30 invitations and the combined file:\n${written.join('\n')}`);
      assert.ok(written.every((path) => path.endsWith('.pdf')));
      assert.ok(written[30].endsWith('hoi-nghi-khach-moi-2025 (tất cả).pdf'), written[30]);
      const first = await vscode.workspace.fs.readFile(folder.with({ path: written[0] }));
      assert.equal(new TextDecoder('latin1').decode(first.subarray(0, 8)), '%PDF-1.7');
      const docx = await vscode.commands.executeCommand<string[]>(
        'giaymoi.exportMailMerge',
        workspaceFile(LIST_EXAMPLE),
        {
          target: 'pdf-merge',
          open: false,
        },
      );
      assert.equal(docx.length, 31);
      const again = await mergeToPdf('pdf-merge');
      assert.deepEqual(again, written, `the earlier PDF set replaced under the same names:\n${again.join('\n')}`);
      const now = await names(folder);
      assert.equal(now.filter((n) => n.endsWith('.pdf')).length, 31, now.join('\n'));
      assert.equal(now.filter((n) => n.endsWith('.docx')).length, 31, 'the DOCX set is not replaced by the PDF set');
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });
});
