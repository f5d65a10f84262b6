/** The one entry point the shell, the CLI and the renderers use to read a file. */
import { checkMerge, type MergeResult } from '../merge/check-merge';
import type { LoadedList } from '../merge/table';
import { parseInvitation, type ParseResult } from '../parse/parse';
import { rulesInput } from './despite-errors';
import type { Problem } from '../model/problem';
import { RULES } from '../rules';
import { catalogEntry } from '../rules/catalog';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '../rules/rule';

export interface CheckResult extends ParseResult {
  /** Parser, schema and rule problems together, sorted by position. */
  readonly problems: Problem[];
  /** Set for an invitation whose invitees come from a list file; `invitation` is then the selected copy. */
  readonly merge?: MergeResult;
}

/** Rule options, and for a list invitation its list (read by the shell) and the copy to show. */
export interface CheckInput extends Partial<CheckOptions> {
  readonly list?: LoadedList;
  /** Index of the list's row whose copy `invitation` holds (0-based; the first by default). */
  readonly row?: number;
}

/** Parses, validates and applies every rule; never throws on any input text. */
export function checkInvitation(text: string, options: CheckInput = {}): CheckResult {
  const parsed = parseInvitation(text);
  const { list, row, ...rest } = options;
  const resolved: CheckOptions = {
    ...DEFAULT_CHECK_OPTIONS,
    ...rest,
    severities: rest.severities ?? {},
    minWorkingDays: Math.max(3, rest.minWorkingDays ?? DEFAULT_CHECK_OPTIONS.minWorkingDays),
  };
  const runRules = (p: ParseResult) => {
    const { parsed: read, invitation, placeBack, revealed } = rulesInput(p); // a structural error hides no rule that can still run
    const found = RULES.flatMap((rule) => safely(() => rule.check({ parsed: read, invitation, options: resolved })));
    return [...revealed, ...found.map(placeBack)];
  };
  const finish = (problems: Problem[]) => sortProblems(problems.flatMap((p) => configured(p, resolved.severities)));
  if (parsed.template) {
    const merged = checkMerge(parsed, parsed.template, list, runRules, row);
    return {
      ...parsed,
      invitation: merged.invitation,
      merge: merged.merge,
      problems: finish([...parsed.problems, ...merged.problems]),
    };
  }
  return { ...parsed, problems: finish([...parsed.problems, ...runRules(parsed)]) };
}

/**
 * The problem as the office configured it: dropped when `off`, at its
 * configured severity, with the legal locator its code's definition gives (the
 * only place a locator is written; rules report none). Structural problems
 * (the file cannot be read) keep their severity whatever the configuration says.
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
  return problems.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** True when any problem is an error (export refuses such a file). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
