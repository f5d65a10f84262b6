/**
 * One definition per rule: the codes it reports by name, what the rules
 * reference says of each (severity, legal locator, title, examples), and the
 * check that finds them. The catalog, docs/rules.md, `giaymoi rules`, the
 * configuration's known codes and the hover read these definitions. Their
 * words live in the message tables (../messages/vi.ts, en.ts), under
 * `rules.<name>.…`: adding a rule touches its definition file, its test,
 * its line in index.ts and its entries in the two tables.
 */
import type { RuleCode } from '../model/problem';
import type { CatalogEntry } from '../codes/entry';
import type { Rule, RuleContext } from './rule';
import type { Found } from './support';

/** What the reference says of one code; the code itself comes from the names table. */
export type CodeDoc = Omit<CatalogEntry, 'code'>;

/** Names to codes, e.g. `{ weekdayMismatch: 'GM015' }`: how the code reads in code. */
export type CodeNames = Readonly<Record<string, RuleCode>>;

/** Codes and their reference entries, keyed by the same names. */
export interface CodesSpec<N extends CodeNames> {
  readonly codes: N;
  readonly docs: { readonly [K in keyof N]: CodeDoc };
}

/** A rule's one definition: codes, reference entries and the check that finds them. */
export interface RuleSpec<N extends CodeNames> extends CodesSpec<N> {
  readonly check: (context: RuleContext) => Found[];
}

/** Codes another part of the core reports (the parser, the merge, the configuration reader). */
export interface CodeGroup<N extends CodeNames = CodeNames> {
  readonly names: N;
  readonly entries: readonly CatalogEntry[];
}

/** The reference entries of `spec`, each with its code. */
function entriesOf<N extends CodeNames>(spec: CodesSpec<N>): CatalogEntry[] {
  return Object.keys(spec.codes).map((name) => ({ code: spec.codes[name], ...spec.docs[name] }));
}

/** Defines codes that no rule module checks (their reporter lives elsewhere in the core). */
export function defineCodes<const N extends CodeNames>(spec: CodesSpec<N>): CodeGroup<N> {
  return { names: spec.codes, entries: entriesOf(spec) };
}

/** Defines a rule: its codes, their reference entries, and its check, whose findings take their code's severity. */
export function defineRule<const N extends CodeNames>(spec: RuleSpec<N>): Rule<N> {
  const entries = entriesOf(spec);
  const severities = new Map(entries.map((entry) => [entry.code, entry.severity]));
  const check = (context: RuleContext) =>
    spec.check(context).map((found) => ({ ...found, severity: severities.get(found.code) ?? 'error' }));
  return { names: spec.codes, entries, codes: Object.values(spec.codes), check };
}
