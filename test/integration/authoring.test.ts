import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  discardAndCloseAll,
  EXAMPLE,
  giaymoiExtension,
  openInEditor,
  setUserSetting,
  waitFor,
  waitForDiagnostics,
  workspaceFile,
} from './support/host';

const UNKNOWN_KEY_FIXTURE = 'unknown-key.giaymoi.yaml';
/** Written by the test into the (temporary) workspace. */
const FIX_ALL_FIXTURE = 'fix-all-written-by-test.giaymoi.yaml';

/** Appends a blank line to the document and returns its position (the file becomes dirty; afterEach reverts it). */
async function blankLineAtEnd(document: vscode.TextDocument): Promise<vscode.Position> {
  const end = document.lineAt(document.lineCount - 1).range.end;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, end, document.lineAt(document.lineCount - 1).text === '' ? '' : '\n');
  assert.ok(await vscode.workspace.applyEdit(edit));
  return new vscode.Position(document.lineCount - 1, 0);
}

async function completions(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Property);
}

async function hoverText(document: vscode.TextDocument, needle: string, offset: number): Promise<string> {
  const position = document.positionAt(document.getText().indexOf(needle) + offset);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Polls an async probe until `accept` holds (or 5 s pass) and returns its last value. */
async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('authoring', () => {
  // The providers exist once activate() has run (the web bundle takes a moment longer to load).
  before(() => giaymoiExtension().activate());
  afterEach(discardAndCloseAll);

  it('completes the missing keys at a blank root line, with Vietnamese details @web', async () => {
    const document = await openInEditor(EXAMPLE);
    const items = await completions(document, await blankLineAtEnd(document));
    const labels = items.map(labelOf);
    assert.ok(labels.includes('chu_tri') && labels.includes('dau_moi_lien_he'), labels.join(', '));
    assert.ok(!labels.includes('co_quan') && !labels.includes('noi_nhan'), 'keys already present are not offered');
    assert.match(items.find((i) => labelOf(i) === 'chu_tri')?.detail ?? '', /Người chủ trì/);
  });

  it('shows the weekday of a date on hover @web', async () => {
    const document = await openInEditor(EXAMPLE);
    assert.match(await hoverText(document, '2024-05-17 14:00', 3), /thứ Sáu/);
  });

  it('applies a quick fix that removes its diagnostic and changes nothing else @web', async () => {
    const document = await openInEditor(UNKNOWN_KEY_FIXTURE);
    const [diagnostic] = (
      await waitForDiagnostics(document.uri, (l) => l.some((d) => codeOf(d) === 'GM003'), 'GM003')
    ).filter((d) => codeOf(d) === 'GM003');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.edit && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
    assert.ok(fix?.edit, `a quick fix for GM003 among: ${actions.map((a) => a.title).join(', ')}`);
    const before = document.getText();
    const [start, end] = [document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end)];
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const after = document.getText();
    assert.equal(after.slice(0, start), before.slice(0, start), 'nothing before the range changed');
    assert.equal(
      after.slice(after.length - (before.length - end)),
      before.slice(end),
      'nothing after the range changed',
    );
    await waitForDiagnostics(document.uri, (l) => !l.some((d) => codeOf(d) === 'GM003'), 'GM003 to go');
  });

  it('fixes every safe problem at once through source.fixAll.giaymoi @web', async () => {
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(UNKNOWN_KEY_FIXTURE)));
    const broken = source
      .replace('trich_yue:', 'trich_yeu:')
      .replace('  - Như thành phần mời;', '  - Như thành phần mời\n  - Phòng Nội vụ,')
      .replace('chuc_vu: CHỦ TỊCH', 'chuc_vu: Chủ tịch');
    await vscode.workspace.fs.writeFile(workspaceFile(FIX_ALL_FIXTURE), new TextEncoder().encode(broken));
    const document = await openInEditor(FIX_ALL_FIXTURE);
    const fixable = ['GM021', 'GM025'];
    await waitForDiagnostics(
      document.uri,
      (l) => fixable.every((c) => l.some((d) => codeOf(d) === c)),
      fixable.join(' and '),
    );
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      'source.fixAll.giaymoi',
    );
    assert.equal(actions.length, 1, actions.map((a) => a.title).join(', '));
    assert.ok(actions[0].edit && (await vscode.workspace.applyEdit(actions[0].edit)));
    await waitForDiagnostics(
      document.uri,
      (l) => !l.some((d) => fixable.includes(codeOf(d))),
      'the fixable problems to go',
    );
    assert.match(document.getText(), /- Như thành phần mời;\n {2}- Phòng Nội vụ;\n/);
    assert.match(document.getText(), /chuc_vu: CHỦ TỊCH\n/);
  });

  it('lists the agency, the sections, the signature and nơi nhận in the outline @web', async () => {
    const document = await openInEditor(EXAMPLE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    const names = symbols.map((s) => s.name);
    for (const name of ['Cơ quan', '1. Thành phần', '2. Thời gian', 'Người ký', 'Nơi nhận'])
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    assert.equal(symbols.find((s) => s.name.startsWith('4.'))?.children.length, 2);
  });

  it('opens a new untitled invitation from the whole template, dated today, on its first tab stop @smoke @web', async () => {
    await vscode.commands.executeCommand('giaymoi.newInvitation', 'giay_moi');
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return (
        active?.document.isUntitled &&
        active.document.languageId === 'giaymoi' &&
        active.document.getText().startsWith('co_quan:') &&
        active
      );
    }, 'an untitled giaymoi editor with the template');
    try {
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      assert.match(editor.document.getText(), new RegExp(`^ngay: ${today}$`, 'm'));
      assert.equal(
        editor.document.getText(editor.selection),
        'TÊN CƠ QUAN BAN HÀNH',
        'the first placeholder is selected',
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('speaks English in hover and completion when giaymoi.language is en @web', async () => {
    const restore = await setUserSetting('giaymoi.language', 'en');
    try {
      const document = await openInEditor(EXAMPLE);
      assert.match(
        await eventually(
          () => hoverText(document, 'trich_yeu:', 2),
          (t) => /Subject line/.test(t),
        ),
        /Subject line under "GIẤY MỜI"/,
      );
      assert.match(await hoverText(document, '2024-05-17 14:00', 3), /Friday, 17 May 2024/);
      const items = await completions(document, await blankLineAtEnd(document));
      assert.match(items.find((i) => labelOf(i) === 'chu_tri')?.detail ?? '', /Who chairs/);
    } finally {
      await restore();
    }
  });
});
