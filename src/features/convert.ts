/** The only place core ranges and problems become VS Code objects. */
import * as vscode from 'vscode';
import type { Language, Problem, Range, Severity } from '../core/model';
import { ruleTarget } from './rules-reference';

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function fromVsPosition(position: vscode.Position): { line: number; character: number } {
  return { line: position.line, character: position.character };
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(problem: Problem, language: Language): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    toVsRange(problem.range),
    problem.message[language],
    SEVERITY[problem.severity],
  );
  diagnostic.source = 'giaymoi';
  const target = ruleTarget(problem.code);
  diagnostic.code = target ? { value: problem.code, target } : problem.code; // the code links to its entry in docs/rules.md
  return diagnostic;
}
