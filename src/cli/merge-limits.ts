/**
 * The CLI's side of a big merge's limit (`--max-rows N`): the limit and the
 * estimate themselves are the planner's (export/merge-limits.ts), shared with the editor.
 */
import { DEFAULT_MAX_MERGE_ROWS } from '../export/merge-limits';
import type { CliContext } from './context';

export { DEFAULT_MAX_MERGE_ROWS };

/** `--max-rows N`, or the default; undefined for a value that is no whole number ≥ 1 (a usage error). */
export function maxRowsOption(cli: CliContext): number | undefined {
  const raw = cli.options['max-rows'];
  if (raw === undefined) return DEFAULT_MAX_MERGE_ROWS;
  const rows = Number(raw);
  return Number.isInteger(rows) && rows >= 1 ? rows : undefined;
}
