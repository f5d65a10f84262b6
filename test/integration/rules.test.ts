import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  describeDiagnostics,
  discardAndCloseAll,
  EXAMPLE,
  giaymoiDiagnostics,
  openInEditor,
  waitFor,
  waitForDiagnostics,
  workspaceFile,
} from './support/host';

/** An invitation with a "Kính gửi" line (GM029) and a number without its 0 (GM011, the sign that checks ran). */
const KINH_GUI = [
  'co_quan: { ten: ỦY BAN NHÂN DÂN HUYỆN BẮC SƠN, viet_tat: UBND }',
  'so: 5',
  'dia_danh: Bắc Sơn',
  'ngay: 2024-05-10',
  'trich_yeu: Dự Hội nghị cải cách hành chính',
  'mo_dau: "Kính gửi: Các phòng, ban chuyên môn thuộc UBND huyện."',
  'nguoi_ky: { chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn An }',
  'noi_nhan: [Như trên;, "Lưu: VT."]',
  '',
].join('\n');

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

describe('rules: reference links and giaymoi.config.yaml', () => {
  afterEach(discardAndCloseAll);

  it("links a diagnostic's code to its entry, and opening the link shows that entry @smoke @web", async () => {
    const document = await openInEditor(EXAMPLE);
    const list = await waitForDiagnostics(
      document.uri,
      (l) => l.some((d) => codeOf(d) === 'GM012'),
      'GM012 on the draft',
    );
    const code = list.find((d) => codeOf(d) === 'GM012')?.code;
    assert.ok(code && typeof code === 'object', `the code carries a target: ${JSON.stringify(code)}`);
    const target = code.target;
    assert.equal(target.scheme, 'command');
    assert.equal(target.path, 'giaymoi.showRule');
    // What the Problems panel's link does: open the command URI with its arguments.
    const args = JSON.parse(decodeURIComponent(target.query)) as unknown[];
    await vscode.commands.executeCommand(target.path, ...args);
    // Rendered and read-only (issue 32, item 7): VS Code's Markdown preview of the shipped file, never an editor on it.
    const preview = await waitFor(
      () =>
        vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview')),
      'the Markdown preview of docs/rules.md',
    );
    assert.match(preview.label, /rules\.md/);
    assert.ok(
      !vscode.window.visibleTextEditors.some((e) => e.document.uri.path.endsWith('/docs/rules.md')),
      'docs/rules.md is not open in an editor',
    );
  });

  it('GM029: off in giaymoi.config.yaml above the file silences it; a wrong entry is reported on the configuration @web', async () => {
    const folder = workspaceFile('cau-hinh-tam');
    const config = vscode.Uri.joinPath(folder, 'giaymoi.config.yaml');
    const invitation = vscode.Uri.joinPath(folder, 'con', 'kinh-gui.giaymoi.yaml');
    try {
      await write(config, 'quy_tac:\n  GM029: off\n');
      await write(invitation, KINH_GUI);
      const document = await openInEditor('cau-hinh-tam/con/kinh-gui.giaymoi.yaml');
      const quiet = await waitForDiagnostics(
        document.uri,
        (l) => l.some((d) => codeOf(d) === 'GM011'),
        'the checks to run (GM011)',
      );
      assert.ok(!quiet.some((d) => codeOf(d) === 'GM029'), `GM029 is off:\n${describeDiagnostics(quiet)}`);

      await write(config, 'quy_tac:\n  GM29: off\n'); // a typo: the rule is back, and the file says why
      await waitForDiagnostics(
        document.uri,
        (l) => l.some((d) => codeOf(d) === 'GM029'),
        'GM029 back after the configuration changed',
      );
      const onConfig = await waitFor(
        () => giaymoiDiagnostics(config).find((d) => codeOf(d) === 'GM036'),
        'GM036 on giaymoi.config.yaml',
      );
      assert.deepEqual(
        [onConfig.range.start.line, onConfig.range.start.character, onConfig.range.end.character],
        [1, 2, 6],
      );
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
});
