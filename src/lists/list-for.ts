/**
 * The list a list invitation names, read through the shell's own file access
 * (Node fs in the CLI, vscode.workspace.fs in the extension), so this stays
 * free of I/O and runs wherever the core runs.
 */
import { parseInvitation } from '../core/check';
import type { LoadedList } from '../core/merge';
import { readList } from './read-list';

/** Bytes of a file named relative to the invitation's folder; undefined when it does not exist. */
export type ReadBytes = (relativeName: string) => Promise<Uint8Array | undefined>;

/** The list file `kinh_moi.danh_sach` names, if the text is a list invitation. */
export function listNameOf(text: string): string | undefined {
  const name = parseInvitation(text).template?.listName;
  return name || undefined;
}

/** The loaded list of a list invitation; undefined for any other invitation. */
export async function listFor(text: string, readBytes: ReadBytes): Promise<LoadedList | undefined> {
  const name = listNameOf(text);
  if (!name) return undefined;
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readBytes(name);
  } catch (error) {
    return { ok: false, name, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  return readList(name, bytes);
}
