/** The `giaymoi` command line's options, parsed with node:util's parseArgs. */
import { parseArgs as parseCommandLine, type ParseArgsConfig } from 'node:util';

/** Options that take a value (`-o` also as `--o`). */
export const VALUE_OPTIONS = [
  'o',
  'out-dir',
  'name-pattern',
  'row',
  'max-rows',
  'margin-left',
  'margin-right',
  'margin-top',
  'margin-bottom',
  'body-size',
  'format',
  'lang',
  'config',
  'min-working-days',
  'p12',
  'password',
  'anh',
  'dau',
  'rect',
  'phu-luc',
];
/** Options that take no value. `combined` is accepted and ignored: the combined merge file, once skipped above 200 invitees unless asked for, is always made. */
export const FLAGS = [
  'help',
  'h',
  'mail-merge',
  'ascii-names',
  'allow-drafts',
  'text',
  'force',
  'combined',
  'allow-list-outside',
  'pdf',
];

const OPTIONS: NonNullable<ParseArgsConfig['options']> = Object.fromEntries([
  ...VALUE_OPTIONS.map((name) => [name, { type: 'string' as const, ...(name.length === 1 ? { short: name } : {}) }]),
  ...FLAGS.map((name) => [name, { type: 'boolean' as const, ...(name.length === 1 ? { short: name } : {}) }]),
]);

/**
 * The subcommand, its files and its options (anywhere on the line, `--name value` or `--name=value`;
 * a flag, or a value option left without its value, reads 'true'). Not strict: an unknown option is a flag.
 */
export function parseArgs(argv: string[]): { command?: string; files: string[]; options: Record<string, string> } {
  const { values, positionals } = parseCommandLine({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
  });
  const options = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));
  const [command, ...files] = positionals;
  return { command, files, options };
}
