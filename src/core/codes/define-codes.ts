/**
 * The codes the core reports outside the rules (the parser's, the merge's,
 * the configuration reader's), defined the same way as a rule's codes: names
 * to codes plus what the reference says of each. It sits below the rules so
 * that the parser and the configuration reader need not import them.
 */
import type { RuleCode } from '../model/problem';
import type { CatalogEntry } from './entry';

/** What the reference says of one code; the code itself comes from the names table. */
export type CodeDoc = Omit<CatalogEntry, 'code'>;

/** Names to codes, e.g. `{ weekdayMismatch: 'GM015' }`: how the code reads in code. */
export type CodeNames = Readonly<Record<string, RuleCode>>;

/** Codes and their reference entries, keyed by the same names. */
export interface CodesSpec<N extends CodeNames> {
  readonly codes: N;
  readonly docs: { readonly [K in keyof N]: CodeDoc };
}

/** Codes another part of the core reports (the parser, the merge, the configuration reader). */
export interface CodeGroup<N extends CodeNames = CodeNames> {
  readonly names: N;
  readonly entries: readonly CatalogEntry[];
}

/** The reference entries of `spec`, each with its code. */
export function entriesOf<N extends CodeNames>(spec: CodesSpec<N>): CatalogEntry[] {
  return Object.keys(spec.codes).map((name) => ({ code: spec.codes[name], ...spec.docs[name] }));
}

/** Defines codes that no rule module checks (their reporter lives elsewhere in the core). */
export function defineCodes<const N extends CodeNames>(spec: CodesSpec<N>): CodeGroup<N> {
  return { names: spec.codes, entries: entriesOf(spec) };
}
