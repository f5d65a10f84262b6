/**
 * Every problem code giaymoi reports, read from the definitions: the rules
 * (index.ts, one definition per rule file) and the codes the parser, the
 * merge and the configuration reader report (catalog/<group>.ts). Stable
 * codes that users can search for and that quick fixes key on: GM001–GM009
 * come from reading the file (YAML and schema); GM010 on from Decree 30 and
 * meeting rules. The locator of every problem, the rules reference
 * (docs/rules.md), `giaymoi rules`, the configuration's known codes and the
 * hover come from CATALOG.
 */
import type { ProblemCodes, RuleCode } from '../model/problem';
import { CONFIG_CODE_GROUP, CONFIG_CODES } from '../codes/config';
import type { CatalogEntry } from '../codes/entry';
import { MERGE_CODE_GROUP, MERGE_CODES } from '../codes/merge';
import { PARSE_CODE_GROUP, PARSE_CODES } from '../codes/parse';
import { RULES } from './index';

export type { CatalogEntry, RuleOptionDoc } from '../codes/entry';
export type { RuleCode } from '../model/problem';
export { CONFIG_CODES, MERGE_CODES, PARSE_CODES };

const GROUPS = [PARSE_CODE_GROUP, MERGE_CODE_GROUP, CONFIG_CODE_GROUP];

type ValueOf<T> = T[keyof T];
/** A rule's code, not the parser's, the merge's or the configuration's. */
type GroupCode = ValueOf<typeof PARSE_CODES> | ValueOf<typeof MERGE_CODES> | ValueOf<typeof CONFIG_CODES>;
type CheckedCode = Exclude<RuleCode, GroupCode>;

/** The rules' codes by name, e.g. `RULE_CODES.weekdayMismatch === 'GM015'`. */
export const RULE_CODES = Object.fromEntries(RULES.flatMap((rule) => Object.entries(rule.names))) as {
  readonly [C in CheckedCode as ProblemCodes[C]]: C;
};

/** Every documented code, in code order. */
export const CATALOG: readonly CatalogEntry[] = [...GROUPS, ...RULES]
  .flatMap((definition) => definition.entries)
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)); // codes are ASCII: no collator (its start-up alone cost the CLI ~15 ms)

const BY_CODE = new Map<string, CatalogEntry>(CATALOG.map((entry) => [entry.code, entry]));

/** The catalog entry of `code`, if documented. */
export function catalogEntry(code: string): CatalogEntry | undefined {
  return BY_CODE.get(code);
}

/** The anchor of a code's heading in docs/rules.md (GitHub/VS Code slug of "GM015 …" starts "gm015"). */
export function referenceAnchor(code: string): string {
  return code.toLowerCase();
}
