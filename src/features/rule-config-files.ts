/**
 * The office's giaymoi.config.yaml for each open invitation, found upward from
 * its folder up to its workspace folder (only its own folder when none is open)
 * through `vscode.workspace.fs` (so it works in a web build too), never in an
 * untrusted workspace, only a regular file within the configuration limit;
 * cached, reloaded when any such file changes, and its own problems shown on it.
 * One instance, owned by the extension's state object (extension-state.ts).
 */
import * as vscode from 'vscode';
import { configCandidates, CONFIG_FILE_NAME, parseRuleConfig, type RuleSettings } from '../core/check';
import { READ_LIMITS } from '../node/read-limits';
import { toDiagnostic } from './convert';
import { folderKey, RuleSettingsStore } from './rule-config-store';
import type { Settings } from './settings';

interface Found {
  readonly uri: vscode.Uri;
  readonly settings: RuleSettings;
}

/** Reads a file of the extension host's own disk directly (the desktop platform's; none in a browser). */
/** Reads a configuration at `path` on the host's own disk, refusing one whose real file lies outside `folder`. */
export type ReadLocal = (path: string, folder: string) => Promise<Uint8Array>;

export interface RuleConfigDeps {
  readonly settings: () => Settings;
  /**
   * Lets `file:` configurations be read without `workspace.fs`, which goes through the window:
   * a freshly opened window answered each read after ~1 s, and the first squiggle waits for it.
   */
  readonly readLocal?: ReadLocal;
  /** False in an untrusted workspace (WorkspaceReads.allowed): no configuration is read there. */
  readonly readsAllowed: () => boolean;
  /** Called after a configuration file changed, so open invitations are checked again. */
  readonly onReload: () => void;
}

/** Watches every giaymoi.config.yaml of the workspace, loads the one that applies to a file, and shows its problems on it. */
export class RuleConfigFiles implements vscode.Disposable {
  /** Per invitation folder: the nearest configuration (null when there is none). */
  private readonly byFolder = new Map<string, Promise<Found | null>>();
  private readonly store = new RuleSettingsStore();
  private readonly collection = vscode.languages.createDiagnosticCollection('giaymoi-config');
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly deps: RuleConfigDeps) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reload = (changed: vscode.Uri) => this.reload(changed);
    const trusted = vscode.workspace.onDidGrantWorkspaceTrust(() => this.forget());
    this.disposables = [
      this.collection,
      watcher,
      trusted,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
    ];
  }

  /** Loads (once per folder) the configuration that applies to `uri`. */
  async loadRuleSettings(uri: vscode.Uri): Promise<RuleSettings | undefined> {
    if (uri.scheme === 'untitled' || !this.deps.readsAllowed()) return undefined;
    const key = folderKey(uri.toString());
    let pending = this.byFolder.get(key);
    if (!pending) {
      pending = findUpward(uri, (found, text) => this.reportConfigProblems(found, text), this.deps.readLocal);
      this.byFolder.set(key, pending);
    }
    const found = await pending;
    this.store.rememberRuleSettings(uri.toString(), found?.settings ?? null);
    return found?.settings;
  }

  /** The configuration file's layer for the document at `uri`, once loaded. */
  fileRuleSettings(uri: string): RuleSettings | undefined {
    return this.store.fileRuleSettings(uri);
  }

  /** Shows a configuration file's own problems (GM001, GM036, GM037) on it. */
  reportConfigProblems(uri: vscode.Uri, text: string): void {
    const language = this.deps.settings().language;
    this.collection.set(
      uri,
      parseRuleConfig(text).problems.map((p) => toDiagnostic(p, language)),
    );
  }

  private reload(changed: vscode.Uri): void {
    this.collection.delete(changed);
    this.forget();
  }

  /** Every folder's configuration looked up again (one changed, or the workspace became trusted). */
  private forget(): void {
    this.byFolder.clear();
    this.store.forgetRuleSettings();
    this.deps.onReload();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/**
 * Every folder's candidate is asked for at once, the nearest found wins: one round trip
 * to the file system rather than one per folder, which held the first squiggle of a
 * freshly opened window for seconds (each read waits its turn while the window starts).
 */
async function findUpward(
  uri: vscode.Uri,
  report: (found: vscode.Uri, text: string) => void,
  readLocal: ReadLocal | undefined,
): Promise<Found | null> {
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.path ?? uri.path.replace(/\/[^/]*$/, '');
  const candidates = configCandidates(uri.path, folder).map((path) => uri.with({ path, query: '', fragment: '' }));
  const reads = candidates.map((candidate) => readIfPresent(candidate, folder, readLocal));
  for (const [i, candidate] of candidates.entries()) {
    const bytes = await reads[i];
    if (bytes === undefined) continue;
    const text = new TextDecoder('utf-8').decode(bytes);
    report(candidate, text);
    return { uri: candidate, settings: parseRuleConfig(text).settings };
  }
  return null;
}

async function readIfPresent(
  uri: vscode.Uri,
  folder: string,
  readLocal: ReadLocal | undefined,
): Promise<Uint8Array | undefined> {
  try {
    if (uri.scheme === 'file' && readLocal) return await readLocal(uri.fsPath, uri.with({ path: folder }).fsPath); // the guarded reader: throws on a pipe, a device, a file too large
    const stat = await vscode.workspace.fs.stat(uri);
    return stat.type & vscode.FileType.File && stat.size <= READ_LIMITS.config
      ? await vscode.workspace.fs.readFile(uri)
      : undefined;
  } catch {
    return undefined; // absent or unreadable: look further up
  }
}
