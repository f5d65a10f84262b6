/**
 * The file-system operations export needs, as a small interface with two
 * implementations: Node's (node-file-system.ts: desktop, remote, CLI) and
 * `vscode.workspace.fs` (features/workspace-file-system.ts: the web build).
 * Paths are plain '/'-separated strings on the web (a URI's path) and the
 * OS's paths on Node. Nothing here may import Node: the web bundle uses it.
 */

/** What a path is, as far as writing over it is concerned. */
export interface PathInfo {
  readonly kind: 'file' | 'directory' | 'other';
  readonly size: number;
  /** No write permission bit set (a 0444 file): replacing it needs the user's consent. */
  readonly readOnly: boolean;
  /** Identity of the file, so two names for one file (links, case) compare equal. */
  readonly id: string;
  /** The name itself is a symbolic link (kind and size are its target's): a merge never treats a link as a file it wrote. */
  readonly link?: boolean;
}

/** A SHA-256 fed chunk by chunk. */
export interface IncrementalHash {
  update(bytes: Uint8Array): unknown;
  /** The digest as 64 lowercase hex digits. */
  hex(): string;
}

export interface ExportFileSystem {
  /** Information on `path` (links followed), or undefined when nothing is there. */
  info(path: string): Promise<PathInfo | undefined>;
  /** Creates `path` with `bytes`; fails if it exists. */
  writeNew(path: string, bytes: Uint8Array): Promise<void>;
  /** Creates `path` with what `produce` hands out, written as it comes; fails if it exists. Optional: without it the bytes are gathered for writeNew. */
  writeNewStreamed?(path: string, produce: (out: (chunk: Uint8Array) => Promise<void>) => Promise<void>): Promise<void>;
  /** Moves `from` to `to`, replacing a file at `to`. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file or a folder with its content; nothing there is fine. */
  remove(path: string): Promise<void>;
  /** Creates a folder and its parents. */
  makeFolder(path: string): Promise<void>;
  /** Names in a folder (empty when it does not exist). */
  list(path: string): Promise<string[]>;
  /** A file's bytes, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** A native SHA-256 where there is one (Node: about ten times the pure one in content-hash.ts, which serves otherwise). */
  newHash?(): IncrementalHash;
}

/** The errno code of a Node error (or of a mapped workspace.fs error), if any. */
export function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
