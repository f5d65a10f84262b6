/**
 * A written set in one file the browser can download (issue 32): where the
 * files live on another machine (code-server, vscode.dev), a mail merge's
 * 31 DOCX reach the user as one zip. The DOCX are zips already, so they are
 * stored, not deflated again.
 */
import { zipSync } from 'fflate';

export interface SetEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A zip holding each entry under its own name, stored as it is. */
export function zipSet(entries: readonly SetEntry[], date: Date = new Date()): Uint8Array {
  return zipSync(Object.fromEntries(entries.map((e) => [e.name, [e.bytes, { level: 0, mtime: date }]])));
}
