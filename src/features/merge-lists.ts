/**
 * The invitee lists of open list invitations, read as list-access.ts allows
 * (inside the workspace folder, in a trusted workspace; a CSV with unsaved edits
 * in an editor is read from its current text) and kept until the file changes,
 * the workspace is trusted or the setting changes; and the row each invitation's
 * preview shows. `analyze` asks here synchronously: a list still loading is
 * "pending" (no problem reported), and `onDidChange` fires when it arrives.
 * One instance, owned by the extension's state object (extension-state.ts).
 */
import * as vscode from 'vscode';
import type { LoadedList } from '../core/merge';
import { listNameOf } from '../lists/list-for';
import { listUriFor, readInvitationList, type ListAccess } from './list-access';

interface Entry {
  readonly name: string;
  readonly listUri: vscode.Uri;
  list: LoadedList;
  /** Bumped on every reload, so cached checks notice. */
  stamp: number;
  /** The latest reload started: an older one finishing later (a slow disk read) must not win. */
  loading?: number;
}

/** Watches list files and list editors; forgets closed invitations. */
export class MergeLists implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly rows = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[];
  private stamps = 0;
  private reloads = 0;

  /** Fires with the invitation's URI when its list was (re)loaded or its shown row changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly access: ListAccess) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{csv,xlsx,CSV,XLSX}');
    const listChanged = (uri: vscode.Uri) => this.listChanged(uri);
    this.disposables = [
      this.changed,
      watcher,
      watcher.onDidChange(listChanged),
      watcher.onDidCreate(listChanged),
      watcher.onDidDelete(listChanged),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (/\.csv$/i.test(e.document.uri.path)) listChanged(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.entries.delete(d.uri.toString());
        this.rows.delete(d.uri.toString());
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.allListsChanged()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('giaymoi.lists')) this.allListsChanged();
      }),
    ];
  }

  /** The list and shown row of an invitation as they are now; starts reading a list not read yet. */
  listStateOf(document: vscode.TextDocument): { list?: LoadedList; row?: number; stamp: number } {
    const key = document.uri.toString();
    const name = listNameOf(document.getText());
    if (!name) return { stamp: 0 };
    let entry = this.entries.get(key);
    if (!entry || entry.name !== name) {
      entry = {
        name,
        listUri: listUriFor(document.uri, name),
        list: { ok: false, name, reason: 'pending' },
        stamp: ++this.stamps,
      };
      this.entries.set(key, entry);
      void this.reload(document.uri, entry);
    }
    return { list: entry.list, row: this.rows.get(key), stamp: entry.stamp };
  }

  /** Shows row `index` (0-based) of an invitation's list in its preview. */
  pickRow(invitation: vscode.Uri, index: number): void {
    this.rows.set(invitation.toString(), index);
    this.changed.fire(invitation);
  }

  /** The row an invitation's preview shows (0-based), if one was picked. */
  rowOf(invitation: vscode.Uri): number | undefined {
    return this.rows.get(invitation.toString());
  }

  /** The list of a list invitation read afresh (export must not use a list still loading). */
  async loadListOf(document: vscode.TextDocument): Promise<LoadedList | undefined> {
    const name = listNameOf(document.getText());
    return name ? readInvitationList(document.uri, name, listUriFor(document.uri, name), this.access) : undefined;
  }

  /** The list file an invitation reads, once known. */
  listUriOf(invitation: vscode.Uri): vscode.Uri | undefined {
    return this.entries.get(invitation.toString())?.listUri;
  }

  private async reload(invitation: vscode.Uri, entry: Entry): Promise<void> {
    const started = (entry.loading = ++this.reloads);
    const list = await readInvitationList(invitation, entry.name, entry.listUri, this.access);
    if (this.entries.get(invitation.toString()) !== entry || entry.loading !== started) return;
    entry.list = list;
    entry.stamp = ++this.stamps;
    this.changed.fire(invitation);
  }

  /** Re-reads every list read from `uri` (its file changed on disk or in an editor). */
  private listChanged(uri: vscode.Uri): void {
    for (const [key, entry] of this.entries) {
      if (entry.listUri.toString() === uri.toString()) void this.reload(vscode.Uri.parse(key), entry);
    }
  }

  /** Re-reads every list (the workspace became trusted, or lists outside it were allowed or forbidden). */
  private allListsChanged(): void {
    for (const [key, entry] of this.entries) void this.reload(vscode.Uri.parse(key), entry);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
