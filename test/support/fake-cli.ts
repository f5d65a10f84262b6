/** A CliContext that collects what a subcommand prints, with the office's rule configuration read as the CLI reads it. */
import { createRuleConfigLoader } from '../../src/cli/rule-config';
import type { CliContext } from '../../src/cli/context';
import type { Language } from '../../src/core/model/problem';

export function fakeCli(options: Record<string, string> = {}, language: Language = 'vi') {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliContext = {
    language,
    format: options.format === 'json' ? 'json' : 'text',
    options,
    rules: createRuleConfigLoader(
      options.config,
      { severities: {} },
      { err: (l) => err.push(l), say: (t) => t[language] },
    ),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    say: (t) => t[language],
    usage: () => 2,
  };
  return { cli, out, err };
}
