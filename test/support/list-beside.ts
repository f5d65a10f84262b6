/** Checks an example or fixture with the CSV list it names, read from beside it (tests only). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkInvitation, type CheckInput, type CheckResult } from '../../src/core/check/check';
import { listNameOf } from '../../src/lists/list-for';
import { readCsvList } from '../../src/lists/read-list';
import type { LoadedList } from '../../src/core/merge/table';

/** The CSV list a source at `path` names (undefined when it names none). */
export function csvListBeside(path: string, text: string): LoadedList | undefined {
  const name = listNameOf(text);
  if (!name) return undefined;
  const file = join(dirname(path), name);
  return existsSync(file)
    ? readCsvList(name, new Uint8Array(readFileSync(file)))
    : { ok: false, name, reason: 'missing' };
}

/** checkInvitation on the file at `path`, with its list when it names one. */
export function checkFile(path: string, options: CheckInput = {}): CheckResult {
  const text = readFileSync(path, 'utf8');
  return checkInvitation(text, { ...options, list: csvListBeside(path, text) });
}
