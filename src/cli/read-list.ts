/** The CLI reads a list invitation's list beside the source with Node fs, and prints the list's own problems. */
import { dirname, join, resolve } from 'node:path';
import type { MergeResult } from '../core/merge/check-merge';
import { cellLabel, type LoadedList } from '../core/merge/table';
import { recoverMergeSets } from '../export/merge-set';
import { nodeFileSystem } from '../export/node-file-system';
import { listFor } from '../lists/list-for';
import type { CliContext } from './context';

/**
 * The list the source at `file` names, or undefined when it names none. node:fs/promises
 * (with the readline and watcher modules it loads, ~3 ms) is loaded only when there is a list.
 */
export function readListBeside(file: string, text: string): Promise<LoadedList | undefined> {
  return listFor(text, async (name) => {
    try {
      // require, not import(): the CLI's bundle is compiled by vm.Script (compile cache), which has no import().
      const { readFile } = require('node:fs/promises') as typeof import('node:fs/promises');
      return new Uint8Array(await readFile(resolve(dirname(file), name)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  });
}

/** Completes a mail merge killed mid-commit beside `file` before the command reads that folder (issue 30). */
export function recoverBeside(file: string, cli: CliContext): Promise<void> {
  return recoverMergeSets(dirname(resolve(file)), nodeFileSystem, (m) => cli.err(`giaymoi: ${cli.say(m)}`));
}

/** Problems in the list file itself: `khach-moi.csv:20:5: warning GM046 …` (`khach-moi.xlsx!C20` for a spreadsheet). */
export function listProblemLines(file: string, merge: MergeResult | undefined, cli: CliContext): string[] {
  if (!merge?.kind) return [];
  const name = join(dirname(file), merge.listName);
  return merge.findings.map((f) => `${cellLabel({ name, kind: merge.kind! }, f)}: ${f.severity} ${f.code} ${cli.say(f.message)}`);
}

/** `--row N`: the list's invitee whose copy is shown or exported alone (1-based; the first by default). */
export function rowOption(cli: CliContext): number | undefined {
  const row = Number(cli.options.row);
  return Number.isInteger(row) && row >= 1 ? row - 1 : undefined;
}
