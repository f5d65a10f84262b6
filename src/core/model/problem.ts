/** Zero-based position, character counted in UTF-16 code units (as editors count). */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** Zero-based source range; `end` is exclusive. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A message kept in both languages; the shell picks one by the user's setting. */
export interface Localized {
  readonly vi: string;
  readonly en: string;
}

export type Language = keyof Localized;

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Replace `range` in the source text with `newText`. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A mechanical fix a quick-fix can apply; edits never reach outside the problem's node. */
export interface Fix {
  readonly title: Localized;
  readonly edits: readonly TextEdit[];
  /** True when applying every fix of this code at once is safe ("fix all"). */
  readonly fixAllSafe?: boolean;
}

/**
 * Every code giaymoi reports, keyed by code and valued by its name (`GM015:
 * 'weekdayMismatch'`). Empty here: each definition of codes (a rule file
 * under rules/, or a table of codes/) adds its own by module
 * augmentation, so the union grows with the definitions, without a second
 * list and without this module importing the rules.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each rule's declaration merging
export interface ProblemCodes {}

/** A stable problem code, e.g. "GM001": one of the defined codes. */
export type RuleCode = Extract<keyof ProblemCodes, string>;

/** Turns a name → code table into the code → name members of ProblemCodes. */
export type NamesOf<T extends Readonly<Record<string, string>>> = { readonly [N in keyof T as T[N]]: N };

/** One finding about the source: where, what, why (legal locator) and how to fix it. */
export interface Problem {
  /** Stable code, e.g. "GM001"; see rules/catalog.ts. */
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly range: Range;
  readonly message: Localized;
  /** Where the rule comes from, e.g. "NĐ 30/2020, PL I-P.I-M.II-k.3". */
  readonly locator?: string;
  readonly fixes?: readonly Fix[];
}

/** Picks the message text for a language. */
export function localize(text: Localized, language: Language): string {
  return text[language];
}
