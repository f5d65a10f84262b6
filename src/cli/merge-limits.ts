/**
 * A big mail merge says what it will do before writing anything (issue 31,
 * item 4: 100,000 rows ran past 300 s with 599 MB staged and no word): a list
 * longer than the row limit (`--max-rows`, default below) is refused before
 * its copies are even checked, and a merge of many copies prints an estimate
 * of its files, size and time from the first copy rendered.
 */
import { performance } from 'node:perf_hooks';
import { tableFromGrid, type LoadedList } from '../core/merge/table';
import type { Localized } from '../core/problem';
import type { PlannedFile } from '../export/plan-export';
import type { CliContext } from './context';
import { say, localeNumber } from '../core/messages';

/** Copies a merge makes without `--max-rows`: an office's invitation list is a few hundred names. */
export const DEFAULT_MAX_MERGE_ROWS = 5_000;
/** From how many files on an estimate is printed (a small merge is done before one could read it). */
const ESTIMATE_FROM = 50;

/** `--max-rows N`, or the default; undefined for a value that is no whole number ≥ 1 (a usage error). */
export function maxRowsOption(cli: CliContext): number | undefined {
  const raw = cli.options['max-rows'];
  if (raw === undefined) return DEFAULT_MAX_MERGE_ROWS;
  const rows = Number(raw);
  return Number.isInteger(rows) && rows >= 1 ? rows : undefined;
}

/** The refusal for a list longer than `max` rows, or undefined when it fits. */
export function tooManyRows(list: LoadedList | undefined, max: number): Localized | undefined {
  const rows = list?.ok ? tableFromGrid(list.grid)?.rows.length ?? 0 : 0;
  if (rows <= max) return undefined;
  return say('cli.merge.tooManyRows', { name: list!.name, rows: localeNumber(rows), max: localeNumber(max), neededRows: rows });
}

/** Renders the first file to time it, and returns the estimate for all of them (undefined for a small merge). */
export async function mergeEstimate(files: readonly PlannedFile[]): Promise<Localized | undefined> {
  if (files.length < ESTIMATE_FROM) return undefined;
  const start = performance.now();
  const first = await files[0].render();
  const seconds = Math.max(1, Math.round(((performance.now() - start) / 1000) * files.length));
  const megabytes = Math.max(1, Math.round((first.length * files.length * 2) / 1024 / 1024)); // the combined file holds every copy again
  return say('cli.merge.estimate', { length: localeNumber(files.length), megabytes: localeNumber(megabytes), duration: duration(seconds) });
}

function duration(seconds: number): Localized {
  if (seconds < 120) return say('cli.merge.seconds', { seconds });
  return say('cli.merge.minutes', { minutes: Math.round(seconds / 60) });
}
