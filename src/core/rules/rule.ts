/** The shape of a Decree 30 / meeting rule: a pure function from a parsed file to problems. */
import type { ParseResult } from '../parse';
import type { Problem, Severity } from '../problem';
import type { Invitation } from '../schema';

/** Options that change what the rules expect; the shell fills them from settings. */
export interface CheckOptions {
  /** QĐ 45/2018: invitations go out at least 3 working days ahead; offices may ask for more, never less. */
  readonly minWorkingDays: number;
  /** Extra days off (ISO dates) the office observes, besides the law's holidays. */
  readonly extraDaysOff: readonly string[];
  /** Per code: `off` drops its problems, a severity replaces the rule's (structural codes excepted). */
  readonly severities: Readonly<Record<string, Severity | 'off'>>;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { minWorkingDays: 3, extraDaysOff: [], severities: {} };

export interface RuleContext {
  readonly parsed: ParseResult;
  /** Present when the file satisfies the schema; text-level rules run without it. */
  readonly invitation: Invitation | undefined;
  readonly options: CheckOptions;
}

export interface Rule {
  /** Codes this rule can report (see catalog.ts). */
  readonly codes: readonly string[];
  readonly check: (context: RuleContext) => Problem[];
}
