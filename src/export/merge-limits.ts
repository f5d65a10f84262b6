/**
 * A big mail merge says what it will do before writing anything (issue 31,
 * item 4: 100,000 rows ran past 300 s with 599 MB staged and no word), in
 * the CLI and the editor alike: a list longer than the row limit is refused
 * before its copies are even checked, and a merge of many files gets an
 * estimate of its files, size and time from its first copies.
 */
import { tableFromGrid, type LoadedList } from '../core/merge';
import type { Localized } from '../core/model';
import { EXPORT_MESSAGES } from './messages';
import type { PlannedFile } from './planned-file';

/** Copies a merge makes unless told otherwise: an office's invitation list is a few hundred names. */
export const DEFAULT_MAX_MERGE_ROWS = 5_000;
/** From how many files on an estimate is given (a small merge is done before one could read it). */
export const ESTIMATE_FROM = 50;

/** The refusal for a list longer than `max` rows, or undefined when it fits; `allowMore(rows)` says how to raise the limit. */
export function tooManyRows(
  list: LoadedList | undefined,
  max: number,
  allowMore: (rows: number) => Localized,
): Localized | undefined {
  const rows = list?.ok ? (tableFromGrid(list.grid)?.rows.length ?? 0) : 0;
  if (rows <= max || !list) return undefined;
  return EXPORT_MESSAGES.mergeTooManyRows(list.name, rows, max, allowMore(rows));
}

/** What a merge of `files` (the copies, then the combined file) will take, for a merge of many; `stop` says how to stop it. */
export async function mergeEstimate(
  files: readonly PlannedFile[],
  stop: Localized,
  now: () => number = Date.now,
): Promise<Localized | undefined> {
  if (files.length < ESTIMATE_FROM) return undefined;
  // The first copy may set up what the others reuse (a template): the second one times a copy.
  const start = now();
  const first = await files[0].render();
  const between = now();
  await files[1].render();
  const each = now() - between;
  const seconds = Math.max(1, Math.round((between - start + each * (files.length - 1)) / 1000));
  const megabytes = Math.max(1, Math.round((first.length * files.length) / 1024 / 1024)); // the combined file compresses the copies' shared text away
  return EXPORT_MESSAGES.mergeEstimate(files.length, megabytes, seconds, stop);
}
