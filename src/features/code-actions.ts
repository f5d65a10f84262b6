/** Quick fixes: each problem's own fixes become WorkspaceEdits; "fix all" where the core says it is safe. */
import * as vscode from 'vscode';
import {
  ACTION_KINDS,
  fixAllAction,
  kindRequested,
  problemsFor,
  quickFixes,
  type DiagnosticRef,
  type FixAction,
} from '../core/authoring';
import { LANGUAGE_ID } from './analysis';
import type { ExtensionState } from './extension-state';
import { toVsRange } from './convert';
import type { Settings } from './settings';

/** `source.fixAll.giaymoi`: usable in `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = vscode.CodeActionKind.Empty.append(ACTION_KINDS.fixAll);

/** What quick fixes need from activate: the settings snapshot and the shared analysis. */
export interface CodeActionsDeps {
  readonly settings: () => Settings;
  readonly state: ExtensionState;
}

/** Registers quick fixes and `source.fixAll.giaymoi` for giaymoi files. */
export function registerCodeActions(deps: CodeActionsDeps): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, context) {
      const settings = deps.settings();
      const problems = deps.state.analyze(document).problems;
      // Only the kinds asked for (the lightbulb asks for quick fixes, save for source.fixAll).
      const only = context.only?.value;
      const ours = context.diagnostics.filter((d) => d.source === 'giaymoi');
      const matched = kindRequested(only, 'quickfix') ? problemsFor(problems, ours.map(toRef)) : [];
      const actions = quickFixes(problems, matched, settings.language).map((a) => toCodeAction(document, a, ours));
      return kindRequested(only, 'fixAll') ? [...actions, ...fixAll(document, problems, settings)] : actions;
    },
  };
  return vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, provider, {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  });
}

function fixAll(
  document: vscode.TextDocument,
  problems: Parameters<typeof fixAllAction>[0],
  settings: Settings,
): vscode.CodeAction[] {
  const action = fixAllAction(problems, settings.language);
  return action ? [toCodeAction(document, action, [])] : [];
}

function toRef(diagnostic: vscode.Diagnostic): DiagnosticRef {
  const r = diagnostic.range;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return {
    code: String(code),
    range: {
      start: { line: r.start.line, character: r.start.character },
      end: { line: r.end.line, character: r.end.character },
    },
  };
}

function toCodeAction(
  document: vscode.TextDocument,
  action: FixAction,
  diagnostics: readonly vscode.Diagnostic[],
): vscode.CodeAction {
  const kind = action.kind === 'fixAll' ? FIX_ALL_KIND : vscode.CodeActionKind.QuickFix;
  const codeAction = new vscode.CodeAction(action.title, kind);
  const edit = new vscode.WorkspaceEdit();
  for (const e of action.edits) edit.replace(document.uri, toVsRange(e.range), e.newText);
  codeAction.edit = edit;
  codeAction.isPreferred = action.preferred;
  const problem = action.problem;
  const diagnostic =
    problem && diagnostics.find((d) => toRef(d).code === problem.code && d.range.isEqual(toVsRange(problem.range)));
  if (diagnostic) codeAction.diagnostics = [diagnostic];
  return codeAction;
}
