/**
 * ExportFileSystem over `vscode.workspace.fs`: what export writes through in
 * the web build (vscode.dev, github.dev, code-server's browser host), where
 * there is no Node, and on the desktop for a source that is not a local file.
 * Paths are URI paths ('/'-separated); `base` gives the scheme and authority
 * (the source's), so the files land in the user's own folder or repository.
 *
 * Differences from Node, and why they are fine: there is no exclusive create,
 * so `writeNew` checks first (temp names are random, no one else writes them);
 * errors are FileSystemErrors, mapped to the errno codes atomic-write
 * classifies (a remote disk's own errno, e.g. ENOSPC, travels in the message).
 */
import * as vscode from 'vscode';
import type { ExportFileSystem, PathInfo } from '../export/file-system';
import type { ExportFiles } from './platform-api';

const ERRNO_OF: Record<string, string> = {
  FileNotFound: 'ENOENT',
  FileExists: 'EEXIST',
  FileNotADirectory: 'ENOTDIR',
  FileIsADirectory: 'EISDIR',
  NoPermissions: 'EACCES',
  Unavailable: 'EBUSY',
};

/** The file system of `base()`'s scheme and authority, addressed by path. */
export function workspaceFileSystem(base: () => vscode.Uri): ExportFileSystem {
  const uri = (path: string) => base().with({ path, query: '', fragment: '' });
  const fs = vscode.workspace.fs;
  return {
    info: (path) =>
      attempt(
        async () => infoOf(uri(path), await fs.stat(uri(path))),
        () => undefined,
      ),
    async writeNew(path, bytes) {
      if (
        await attempt(
          async () => true,
          () => false,
          () => fs.stat(uri(path)),
        )
      )
        throw withErrno(new Error(`${path} exists`), 'EEXIST');
      await attempt(() => fs.writeFile(uri(path), bytes));
    },
    rename: (from, to) => attempt(() => fs.rename(uri(from), uri(to), { overwrite: true })),
    remove: (path) =>
      attempt(
        () => fs.delete(uri(path), { recursive: true, useTrash: false }),
        () => undefined,
      ),
    makeFolder: (path) => attempt(() => fs.createDirectory(uri(path))),
    list: (path) =>
      attempt(
        async () => (await fs.readDirectory(uri(path))).map(([name]) => name),
        () => [],
      ),
    read: (path) =>
      attempt(
        () => fs.readFile(uri(path)),
        () => undefined,
      ),
  };
}

/** The files beside `source` in its own file system, addressed by the URI's path. */
export function uriExportFiles(source: vscode.Uri): ExportFiles {
  const uriOf = (path: string) => source.with({ path, query: '', fragment: '' });
  return { fs: workspaceFileSystem(() => source), pathOf: (uri) => uri.path, uriOf };
}

function infoOf(uri: vscode.Uri, stat: vscode.FileStat): PathInfo {
  const kind =
    stat.type & vscode.FileType.Directory ? 'directory' : stat.type & vscode.FileType.File ? 'file' : 'other';
  const readOnly = ((stat.permissions ?? 0) & vscode.FilePermission.Readonly) !== 0;
  const link = (stat.type & vscode.FileType.SymbolicLink) !== 0;
  return { kind, size: stat.size, readOnly, id: uri.toString(), ...(link ? { link } : {}) };
}

/**
 * Runs `work` (after `first`, if given); a missing file answers `missing()`
 * when given, every other failure is rethrown with its errno code.
 */
async function attempt<T>(
  work: () => Thenable<T> | Promise<T>,
  missing?: () => T,
  first?: () => Thenable<unknown>,
): Promise<T> {
  try {
    if (first) await first();
    return await work();
  } catch (error) {
    const mapped = withErrno(error);
    if (missing && (mapped.code === 'ENOENT' || mapped.code === 'ENOTDIR')) return missing();
    throw mapped;
  }
}

/** The error with the errno code Node would have given (`code`), the original as its cause. */
export function withErrno(error: unknown, code?: string): Error & { code?: string } {
  const message = String((error as Error | undefined)?.message ?? error);
  const name = (error as { code?: unknown } | undefined)?.code;
  const fromMessage = /\b(E[A-Z]{2,})\b/.exec(message)?.[1];
  const mapped = code ?? fromMessage ?? (typeof name === 'string' ? (ERRNO_OF[name] ?? name) : undefined);
  return Object.assign(new Error(message, { cause: error }), { code: mapped });
}
