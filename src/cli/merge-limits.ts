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
  return {
    vi: `Danh sách "${list!.name}" có ${rows.toLocaleString('vi')} khách mời, nhiều hơn giới hạn ${max.toLocaleString('vi')} bản của một lần trộn thư; không ghi gì. Chia nhỏ danh sách, hoặc cho phép nhiều hơn bằng --max-rows ${rows}.`,
    en: `The list "${list!.name}" has ${rows.toLocaleString('en')} invitees, more than the ${max.toLocaleString('en')} copies one mail merge makes; nothing was written. Split the list, or allow more with --max-rows ${rows}.`,
  };
}

/** Renders the first file to time it, and returns the estimate for all of them (undefined for a small merge). */
export async function mergeEstimate(files: readonly PlannedFile[]): Promise<Localized | undefined> {
  if (files.length < ESTIMATE_FROM) return undefined;
  const start = performance.now();
  const first = await files[0].render();
  const seconds = Math.max(1, Math.round(((performance.now() - start) / 1000) * files.length));
  const megabytes = Math.max(1, Math.round((first.length * files.length * 2) / 1024 / 1024)); // the combined file holds every copy again
  return {
    vi: `Sẽ ghi ${files.length.toLocaleString('vi')} tệp, khoảng ${megabytes.toLocaleString('vi')} MB, mất chừng ${duration(seconds, 'vi')} (ước tính từ bản đầu). Nhấn Ctrl+C để dừng: không để lại tệp dở.`,
    en: `Writing ${files.length.toLocaleString('en')} files, about ${megabytes.toLocaleString('en')} MB, in about ${duration(seconds, 'en')} (estimated from the first copy). Press Ctrl+C to stop: nothing half-written is left.`,
  };
}

function duration(seconds: number, language: 'vi' | 'en'): string {
  if (seconds < 120) return language === 'vi' ? `${seconds} giây` : `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return language === 'vi' ? `${minutes} phút` : `${minutes} min`;
}
