/** What every CLI subcommand gets: parsed options, output, the language of messages. */
import type { Language, Localized } from '../core/problem';
import type { CheckOptions } from '../core/rules/rule';

export interface CliContext {
  readonly language: Language;
  readonly format: 'text' | 'json';
  /** Options after the subcommand, e.g. { o: 'x.docx', 'out-dir': 'dist' }; flags map to 'true'. */
  readonly options: Readonly<Record<string, string>>;
  readonly checkOptions: Partial<CheckOptions>;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly say: (text: Localized) => string;
  /** Prints usage to stderr and returns exit code 2. */
  readonly usage: () => number;
}
