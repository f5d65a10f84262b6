/** The shape of a Decree 30 / meeting rule and of what its check reads. */
import type { ParseResult } from '../parse/parse';
import type { Problem, RuleCode, Severity } from '../model/problem';
import type { CatalogEntry } from '../codes/entry';
import type { Invitation } from '../schema/schema';

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

/** The check of a rule: a pure function from a parsed file to problems. */
export type RuleCheck = (context: RuleContext) => Problem[];

/** A rule as defineRule (define.ts) builds it from its one definition. */
export interface Rule<N extends Readonly<Record<string, RuleCode>> = Readonly<Record<string, RuleCode>>> {
  /** Its codes by name, e.g. `{ weekdayMismatch: 'GM015' }`. */
  readonly names: N;
  /** Codes this rule can report. */
  readonly codes: readonly RuleCode[];
  /** The rules reference's entry of each code. */
  readonly entries: readonly CatalogEntry[];
  readonly check: RuleCheck;
}
