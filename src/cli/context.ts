/** What every CLI subcommand gets: parsed options, output, the language of messages. */
import type { Language, Localized } from '../core/model';
import type { RuleConfigLoader } from './rule-config';

export interface CliContext {
  readonly language: Language;
  readonly format: 'text' | 'json';
  /** Options after the subcommand, e.g. { o: 'x.docx', 'out-dir': 'dist' }; flags map to 'true'. */
  readonly options: Readonly<Record<string, string>>;
  /** Rule options per file: its giaymoi.config.yaml (or --config), then the command line. */
  readonly rules: RuleConfigLoader;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly say: (text: Localized) => string;
  /** Prints usage to stderr and returns exit code 2. */
  readonly usage: () => number;
}
