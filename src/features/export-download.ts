/**
 * "Tải về · Download" after an export where the file is on another machine
 * (code-server, vscode.dev): the workbench's own Explorer download (the
 * `explorer.download` command, which downloads the Explorer's selection), on
 * the file itself, or for a mail merge on one zip of the whole set, made in
 * the merge's folder, downloaded, then removed.
 */
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { Written } from '../export/write-outputs';
import { alternativeTarget } from '../export/targets';
import { zipSet } from '../export/zip-set';
import type { ExportFiles } from './platform-api';

/** Downloads `written` through the browser: the one file, or a zip of the set. */
export async function downloadWritten(written: readonly Written[], files: ExportFiles): Promise<void> {
  if (written.length === 1) return downloadThroughExplorer(files.uriOf(written[0].path));
  const folder = dirname(written[0].path);
  const entries = await Promise.all(
    written.map(async (w) => ({ name: basename(w.path), bytes: (await files.fs.read(w.path)) ?? new Uint8Array() })),
  );
  const zip = await writeBesideSet(folder, zipSet(entries), files);
  try {
    await downloadThroughExplorer(files.uriOf(zip));
  } finally {
    await files.fs.remove(zip).catch(() => undefined);
  }
}

/** Writes the zip under a name nothing holds ("<folder>.zip", else "<folder>-1.zip"…): no file of the user's is replaced. */
async function writeBesideSet(folder: string, bytes: Uint8Array, files: ExportFiles): Promise<string> {
  const zip = join(folder, `${basename(folder)}.zip`);
  for (let n = 0; ; n += 1) {
    const name = n === 0 ? zip : alternativeTarget(zip, n);
    if (!(await files.fs.info(name))) return files.fs.writeNew(name, bytes).then(() => name);
  }
}

async function downloadThroughExplorer(file: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('revealInExplorer', file);
  await vscode.commands.executeCommand('explorer.download');
}
