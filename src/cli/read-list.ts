/** The CLI reads a list invitation's list beside the source with Node fs, and prints the list's own problems. */
import { dirname, join, resolve } from 'node:path';
import { type MergeResult, cellLabel, type LoadedList } from '../core/merge';
import { recoverMergeSets } from '../export/merge-set';
import { nodeFileSystem } from '../export/node-file-system';
import { listFor } from '../lists/list-for';
import { readGuarded } from '../node/guarded-read';
import { placeOf, workspaceFolderOf } from '../node/inside-folder';
import type { CliContext } from './context';
import { say } from '../core/messages';

/**
 * The list the source at `file` names, or undefined when it names none. It is read only
 * when it lies, after symbolic links, inside the source's workspace folder (its repository,
 * else its own folder), unless `--allow-list-outside` is given: a refusal names the real
 * path and reads nothing of the file.
 */
export function readListBeside(file: string, text: string, cli: CliContext): Promise<LoadedList | undefined> {
  return listFor(text, async (name) => {
    const path = resolve(dirname(file === '-' ? 'stdin' : file), name);
    if (cli.options['allow-list-outside'] !== 'true') {
      const folder = workspaceFolderOf(file);
      const place = placeOf(path, folder);
      if (!place.inside) throw new Error(cli.say(outsideFolder(place.real, folder)));
    }
    const read = readGuarded(path, 'list');
    if (read.ok) return read.bytes;
    if (read.why === 'missing') return undefined;
    throw new Error(cli.say(read.reason));
  });
}

/** Completes a mail merge killed mid-commit beside `file` before the command reads that folder (issue 30). */
export function recoverBeside(file: string, cli: CliContext): Promise<void> {
  return recoverMergeSets(dirname(resolve(file)), nodeFileSystem, (m) => cli.err(`giaymoi: ${cli.say(m)}`));
}

const outsideFolder = (real: string, folder: string) => say('cli.list.outsideFolder', { real, folder });

/** Problems in the list file itself: `khach-moi.csv:20:5: warning GM046 …` (`khach-moi.xlsx!C20` for a spreadsheet). */
export function listProblemLines(file: string, merge: MergeResult | undefined, cli: CliContext): string[] {
  if (!merge?.kind) return [];
  const name = join(dirname(file), merge.listName);
  return merge.findings.map(
    (f) => `${cellLabel({ name, kind: merge.kind! }, f)}: ${f.severity} ${f.code} ${cli.say(f.message)}`,
  );
}

/** `--row N`: the list's invitee whose copy is shown or exported alone (1-based; the first by default). */
export function rowOption(cli: CliContext): number | undefined {
  const row = Number(cli.options.row);
  return Number.isInteger(row) && row >= 1 ? row - 1 : undefined;
}
