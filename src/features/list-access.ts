/**
 * Where and how the editor reads an invitation's list: only inside the
 * invitation's workspace folder (its own folder when no folder is open), after
 * symbolic links where the host can resolve them, unless the user setting
 * `giaymoi.lists.allowOutsideWorkspace` allows more; never in an untrusted
 * workspace; only a regular file within the list limit. A refusal names the
 * real path and reads nothing of the file (issue 31).
 */
import * as vscode from 'vscode';
import type { LoadedList } from '../core/merge';
import type { Localized } from '../core/model';
import { readList } from '../lists/read-list';
import { READ_LIMITS, tooLarge } from '../node/read-limits';
import type { Settings } from './settings';
import { UNTRUSTED_LIST } from './workspace-trust';
import { say, verbatim, type MessageValue } from '../core/messages';

/** The desktop's Node reads of `file:` lists (the platform's, node-platform.ts): the real path, and the guarded read. */
export interface LocalListReads {
  readonly realPath: (path: string) => Promise<string | undefined>;
  readonly read: (path: string) => Promise<Uint8Array | undefined>;
}

/** What reading a list depends on: the settings, trust, and the host's own disk where it has one. */
export interface ListAccess {
  readonly settings: () => Settings;
  /** False in an untrusted workspace (WorkspaceReads.allowed). */
  readonly readsAllowed: () => boolean;
  /** Node's reads of `file:` lists on the desktop; none in a browser, where workspace.fs stays. */
  readonly local?: LocalListReads;
  /** Completes a mail merge killed mid-commit in the invitation's output folder, before its list is shown (merge-recovery.ts). */
  readonly recover?: (invitation: vscode.Uri) => Promise<void>;
}

/** The list file `name` of the invitation at `invitation`: an absolute name stays absolute, as on the CLI. */
export function listUriFor(invitation: vscode.Uri, name: string): vscode.Uri {
  if (/^([A-Za-z]:)?[\\/]/.test(name))
    return invitation.with({ path: name.replace(/\\/g, '/').replace(/^(?=[A-Za-z]:)/, '/') });
  return vscode.Uri.joinPath(invitation, '..', name);
}

/** The list an invitation names, read as allowed; a refusal is an unreadable list that says why. */
export async function readInvitationList(
  invitation: vscode.Uri,
  name: string,
  listUri: vscode.Uri,
  access: ListAccess,
): Promise<LoadedList> {
  const settings = access.settings();
  const refuse = (why: Localized): LoadedList => ({
    ok: false,
    name,
    reason: 'unreadable',
    detail: why[settings.language],
  });
  if (!access.readsAllowed()) return refuse(UNTRUSTED_LIST);
  await access.recover?.(invitation);
  try {
    if (!settings.lists.allowOutsideWorkspace) {
      const outside = await outsideWorkspace(invitation, listUri, access.local);
      if (outside) return refuse(outside);
    }
    return await readList(name, await bytesOf(listUri, access.local));
  } catch (error) {
    return refuse(error instanceof RefusedList ? error.why : verbatim(String(error)));
  }
}

class RefusedList extends Error {
  constructor(readonly why: Localized) {
    super(why.en);
  }
}

/** Why `listUri` is outside the invitation's workspace folder; undefined when it is inside. */
async function outsideWorkspace(
  invitation: vscode.Uri,
  listUri: vscode.Uri,
  local: LocalListReads | undefined,
): Promise<Localized | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(invitation)?.uri ?? vscode.Uri.joinPath(invitation, '..');
  if (listUri.scheme !== folder.scheme || listUri.authority !== folder.authority)
    return outsideMessage(listUri.toString(true), folder.toString(true));
  if (listUri.scheme === 'file' && local) {
    const [real, root] = await Promise.all([local.realPath(listUri.fsPath), local.realPath(folder.fsPath)]);
    const place = real ?? listUri.fsPath;
    return within(place.replace(/\\/g, '/'), (root ?? folder.fsPath).replace(/\\/g, '/'))
      ? undefined
      : outsideMessage(place, root ?? folder.fsPath);
  }
  if (!within(listUri.path, folder.path)) return outsideMessage(listUri.path, folder.path);
  const stat = await statOf(listUri);
  if (stat && stat.type & vscode.FileType.SymbolicLink)
    return outsideMessage(say('lists.symbolicLink', { path: listUri.path }), folder.path);
  return undefined;
}

const within = (path: string, folder: string): boolean =>
  path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);

const outsideMessage = (real: MessageValue, folder: string): Localized =>
  say('lists.outsideWorkspace', { real, folder });

/** The list's bytes: unsaved edits of an open CSV count; else only a regular file within the limit. */
async function bytesOf(uri: vscode.Uri, local: LocalListReads | undefined): Promise<Uint8Array | undefined> {
  // A saved file is read from its bytes (the editor may have decoded a Windows-1258 or TCVN3 list wrongly).
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty && /\.csv$/i.test(uri.path)) return new TextEncoder().encode(open.getText());
  if (uri.scheme === 'file' && local) return local.read(uri.fsPath);
  const stat = await statOf(uri);
  if (!stat) return undefined;
  if (!(stat.type & vscode.FileType.File)) throw new RefusedList(say('lists.notRegularFile'));
  if (stat.size > READ_LIMITS.list) throw new RefusedList(tooLarge('list', stat.size));
  return vscode.workspace.fs.readFile(uri);
}

async function statOf(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}

/** Thrown by a local read to refuse a file with a reason (a FIFO, a device, too large). */
export function refusedList(why: Localized): Error {
  return new RefusedList(why);
}
