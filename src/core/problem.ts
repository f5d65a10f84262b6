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

/** One finding about the source: where, what, why (legal locator) and how to fix it. */
export interface Problem {
  /** Stable code, e.g. "GM001"; see rules/catalog.ts. */
  readonly code: string;
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
