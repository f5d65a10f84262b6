/** The only place core ranges and problems become VS Code objects. */
import * as vscode from 'vscode';
import type { Language, Problem, Range, Severity } from '../core/problem';

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
  const diagnostic = new vscode.Diagnostic(toVsRange(problem.range), problem.message[language], SEVERITY[problem.severity]);
  diagnostic.source = 'giaymoi';
  diagnostic.code = problem.code;
  return diagnostic;
}
