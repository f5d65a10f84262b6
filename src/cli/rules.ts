/** `giaymoi rules [--format text|json|markdown]`: every code with its level and legal source (from the catalog). */
import { rulesJson, rulesMarkdown, rulesText } from '../core/check';
import type { CliContext } from './context';

export async function runRules(_files: string[], cli: CliContext): Promise<number> {
  const format = cli.options.format;
  if (format === 'markdown' || format === 'md') cli.out(rulesMarkdown());
  else if (format === 'json') cli.out(rulesJson());
  else cli.out(rulesText(cli.language));
  return 0;
}
