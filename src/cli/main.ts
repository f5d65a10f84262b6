/** The `giaymoi` command line: a table of subcommands, each in its own file. */
import { invitationJsonSchema } from '../core/check';
import type { Language, Localized } from '../core/model';
import { parseArgs } from './arguments';
import { runCheck } from './check';
import type { CliContext } from './context';
import { createRuleConfigLoader } from './rule-config';
import { runRules } from './rules';
import { terminalText } from './terminal-text';
import { say, sideBySide } from '../core/messages';

type Subcommand = (files: string[], cli: CliContext) => Promise<number>;

/** Subcommands; heavy ones (export) load their renderer only when called. */
const COMMANDS: Record<string, { run: Subcommand; help: Localized }> = {
  check: { run: runCheck, help: say('cli.help.check') },
  export: { run: async (files, cli) => (await import('./export')).runExport(files, cli), help: say('cli.help.export') },
  preview: {
    run: async (files, cli) => (await import('./preview')).runPreview(files, cli),
    help: say('cli.help.preview'),
  },
  import: { run: async (files, cli) => (await import('./import')).runImport(files, cli), help: say('cli.help.import') },
  sign: { run: async (files, cli) => (await import('./sign')).runSign(files, cli), help: say('cli.help.sign') },
  rules: { run: runRules, help: say('cli.help.rules') },
  schema: {
    run: async (_, cli) => {
      cli.out(JSON.stringify(invitationJsonSchema(), null, 2));
      return 0;
    },
    help: say('cli.help.schema'),
  },
};

function usageText(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  giaymoi ${name.padEnd(8)} ${sideBySide(c.help)}`);
  return [
    sideBySide(say('cli.usage.head')),
    ...lines,
    `  --lang vi|en   --format text|json   --config FILE (${sideBySide(say('cli.usage.config'))})`,
    `  --allow-list-outside   ${sideBySide(say('cli.usage.allowListOutside'))}`,
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const { command, files, options } = parseArgs(argv);
  const language: Language = (options.lang ?? process.env.GIAYMOI_LANG) === 'en' ? 'en' : 'vi';
  const usage = () => {
    process.stderr.write(usageText() + '\n');
    return 2;
  };
  const entry = command ? COMMANDS[command] : undefined;
  if (options.help || options.h) {
    process.stdout.write(usageText() + '\n');
    return 0;
  }
  if (!entry) return usage();
  const say = (text: Localized) => text[language];
  const err = (line: string) => process.stderr.write(terminalText(line) + '\n'); // names and cells from files reach the terminal escaped
  const commandLine = {
    severities: {},
    minWorkingDays: options['min-working-days'] ? Number(options['min-working-days']) : undefined,
  };
  const out = (line: string) => process.stdout.write(terminalText(line) + '\n');
  const format = options.format === 'json' ? 'json' : 'text';
  // check's text report holds the configuration's problems too, on stdout before the
  // invitations' lines and the summary that counts them (even when stderr is kept apart).
  const configLines = command === 'check' && format === 'text' ? out : err;
  const cli: CliContext = {
    language,
    format,
    options,
    rules: createRuleConfigLoader(options.config, commandLine, { err: configLines, say }),
    out,
    err,
    say,
    usage,
  };
  return entry.run(files, cli);
}

// A reader that stops early (`giaymoi check … | head`) closes the pipe: end as a
// Unix tool killed by SIGPIPE does (status 128 + 13), without a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(141);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      terminalText(
        `giaymoi: ${sideBySide(say('cli.unexpectedError'))}: ${error instanceof Error ? error.message : String(error)}`,
      ) + '\n',
    );
    process.exitCode = 2;
  },
);
