/**
 * The invitee lists of open list invitations, read as list-access.ts allows
 * (a CSV with unsaved edits in an editor is read from its current text) and kept until the file changes; and the row each invitation's
 * preview shows. `analyze` asks here synchronously: a list still loading is
 * "pending" (no problem reported), and `onDidChange` fires when it arrives.
 */
import * as vscode from 'vscode';
import type { LoadedList } from '../core/merge/table';
import { listNameOf } from '../lists/list-for';
import { useListState } from './analysis';
import { listUriFor, readInvitationList } from './list-access';

interface Entry {
  readonly name: string;
  readonly listUri: vscode.Uri;
  list: LoadedList;
  /** Bumped on every reload, so cached checks notice. */
  stamp: number;
  /** The latest reload started: an older one finishing later (a slow disk read) must not win. */
  loading?: number;
}

const entries = new Map<string, Entry>();
const rows = new Map<string, number>();
const changed = new vscode.EventEmitter<vscode.Uri>();
let stamps = 0;

/** Fires with the invitation's URI when its list was (re)loaded or its shown row changed. */
export const onDidChangeList = changed.event;

/** The list and shown row of an invitation as they are now; starts reading a list not read yet. */
export function listStateOf(document: vscode.TextDocument): { list?: LoadedList; row?: number; stamp: number } {
  const key = document.uri.toString();
  const name = listNameOf(document.getText());
  if (!name) return { stamp: 0 };
  let entry = entries.get(key);
  if (!entry || entry.name !== name) {
    entry = { name, listUri: listUriFor(document.uri, name), list: { ok: false, name, reason: 'pending' }, stamp: ++stamps };
    entries.set(key, entry);
    void reload(document.uri, entry);
  }
  return { list: entry.list, row: rows.get(key), stamp: entry.stamp };
}

/** Shows row `index` (0-based) of an invitation's list in its preview. */
export function pickRow(invitation: vscode.Uri, index: number): void {
  rows.set(invitation.toString(), index);
  changed.fire(invitation);
}

/** The row an invitation's preview shows (0-based), if one was picked. */
export function rowOf(invitation: vscode.Uri): number | undefined {
  return rows.get(invitation.toString());
}

/** The list of a list invitation read afresh (export must not use a list still loading). */
export async function loadListOf(document: vscode.TextDocument): Promise<LoadedList | undefined> {
  const name = listNameOf(document.getText());
  return name ? readInvitationList(document.uri, name, listUriFor(document.uri, name)) : undefined;
}

/** The list file an invitation reads, once known. */
export function listUriOf(invitation: vscode.Uri): vscode.Uri | undefined {
  return entries.get(invitation.toString())?.listUri;
}

let reloads = 0;

async function reload(invitation: vscode.Uri, entry: Entry): Promise<void> {
  const started = (entry.loading = ++reloads);
  const list = await readInvitationList(invitation, entry.name, entry.listUri);
  if (entries.get(invitation.toString()) !== entry || entry.loading !== started) return;
  entry.list = list;
  entry.stamp = ++stamps;
  changed.fire(invitation);
}

/** Re-reads every list read from `uri` (its file changed on disk or in an editor). */
function listChanged(uri: vscode.Uri): void {
  for (const [key, entry] of entries) {
    if (entry.listUri.toString() === uri.toString()) void reload(vscode.Uri.parse(key), entry);
  }
}

/** Re-reads every list (the workspace became trusted, or lists outside it were allowed or forbidden). */
function allListsChanged(): void {
  for (const [key, entry] of entries) void reload(vscode.Uri.parse(key), entry);
}

/** Watches list files and list editors; forgets closed invitations. */
export function registerMergeLists(): vscode.Disposable {
  useListState(listStateOf);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{csv,xlsx,CSV,XLSX}');
  return vscode.Disposable.from(
    changed,
    watcher,
    watcher.onDidChange(listChanged),
    watcher.onDidCreate(listChanged),
    watcher.onDidDelete(listChanged),
    vscode.workspace.onDidChangeTextDocument((e) => { if (/\.csv$/i.test(e.document.uri.path)) listChanged(e.document.uri); }),
    vscode.workspace.onDidCloseTextDocument((d) => { entries.delete(d.uri.toString()); rows.delete(d.uri.toString()); }),
    vscode.workspace.onDidGrantWorkspaceTrust(allListsChanged),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('giaymoi.lists')) allListsChanged(); }),
  );
}
