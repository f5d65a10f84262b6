/**
 * One definition per rule: the codes it reports by name, what the rules
 * reference says of each (severity, legal locator, title, examples), and the
 * check that finds them. The catalog, docs/rules.md, `giaymoi rules`, the
 * configuration's known codes and the hover read these definitions. Their
 * words live in the message tables (../messages/vi.ts, en.ts), under
 * `rules.<name>.…`: adding a rule touches its definition file, its test,
 * its line in index.ts and its entries in the two tables.
 */
import { entriesOf, type CodesSpec, type CodeNames } from '../codes/define-codes';
import type { Rule, RuleContext } from './rule';
import type { Found } from './support';

/** A rule's one definition: codes, reference entries and the check that finds them. */
export interface RuleSpec<N extends CodeNames> extends CodesSpec<N> {
  readonly check: (context: RuleContext) => Found[];
}

/** Defines a rule: its codes, their reference entries, and its check, whose findings take their code's severity. */
export function defineRule<const N extends CodeNames>(spec: RuleSpec<N>): Rule<N> {
  const entries = entriesOf(spec);
  const severities = new Map(entries.map((entry) => [entry.code, entry.severity]));
  const check = (context: RuleContext) =>
    spec.check(context).map((found) => ({ ...found, severity: severities.get(found.code) ?? 'error' }));
  return { names: spec.codes, entries, codes: Object.values(spec.codes), check };
}
