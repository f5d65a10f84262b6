/** The one entry point the shell, the CLI and the renderers use to read a file. */
import { parseInvitation, type ParseResult } from './parse';
import type { Problem } from './problem';
import { RULES } from './rules';
import { catalogEntry } from './rules/catalog';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from './rules/rule';

export interface CheckResult extends ParseResult {
  /** Parser, schema and rule problems together, sorted by position. */
  readonly problems: Problem[];
}

/** Parses, validates and applies every rule; never throws on any input text. */
export function checkInvitation(text: string, options: Partial<CheckOptions> = {}): CheckResult {
  const parsed = parseInvitation(text);
  const resolved: CheckOptions = {
    ...DEFAULT_CHECK_OPTIONS,
    ...options,
    severities: options.severities ?? {},
    minWorkingDays: Math.max(3, options.minWorkingDays ?? DEFAULT_CHECK_OPTIONS.minWorkingDays) };
  const context = { parsed, invitation: parsed.invitation, options: resolved };
  const ruleProblems = RULES.flatMap((rule) => safely(() => rule.check(context)));
  const problems = [...parsed.problems, ...ruleProblems].flatMap((p) => configured(p, resolved.severities));
  return { ...parsed, problems: sortProblems(problems) };
}

/**
 * The problem as the office configured it: dropped when `off`, at its
 * configured severity, with the catalog's legal locator. Structural problems
 * (the file cannot be read) keep theirs whatever the configuration says.
 */
function configured(problem: Problem, severities: CheckOptions['severities']): Problem[] {
  const entry = catalogEntry(problem.code);
  const level = entry?.structural ? undefined : severities[problem.code];
  if (level === 'off') return [];
  return [{ ...problem, severity: level ?? problem.severity, locator: entry?.locator ?? problem.locator }];
}

/** A bug in one rule must not hide the others' findings or reach the user as a crash. */
function safely(run: () => Problem[]): Problem[] {
  try {
    return run();
  } catch (error) {
    console.error('giaymoi: a rule failed', error);
    return [];
  }
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** True when any problem is an error (export refuses such a file). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
