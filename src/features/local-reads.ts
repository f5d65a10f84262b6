/**
 * The desktop's Node extension host runs beside the files of `file:` URIs, so
 * giaymoi.config.yaml and invitee lists are read with Node's fs there, not
 * through the window (see rule-config-files.ts), and through the guarded
 * reader (a FIFO or a device refused, the size limit enforced while reading);
 * a list's real path is resolved here too. A browser build leaves this out and
 * keeps workspace.fs.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type * as vscode from 'vscode';
import { readGuarded } from '../node/guarded-read';
import { refusedList, useLocalListReads } from './list-access';
import { useLocalReads } from './rule-config-files';

export function registerLocalReads(): vscode.Disposable {
  useLocalReads(async (path) => {
    const read = readGuarded(path, 'config');
    if (!read.ok) throw new Error(read.reason.en); // absent or refused: not a configuration
    return read.bytes;
  });
  useLocalListReads({
    realPath: realPathOf,
    read: async (path) => {
      const read = readGuarded(path, 'list');
      if (read.ok) return read.bytes;
      if (read.why === 'missing') return undefined;
      throw refusedList(read.reason);
    },
  });
  return { dispose: () => { useLocalReads(undefined); useLocalListReads(undefined); } };
}

/** A missing file's real place is its folder's real place and its name, so a refusal does not tell whether it exists. */
async function realPathOf(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    return realpath(dirname(path)).then((folder) => join(folder, basename(path)), () => undefined);
  }
}
