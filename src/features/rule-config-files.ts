/**
 * The office's giaymoi.config.yaml for each open invitation, found upward from
 * its folder up to its workspace folder (only its own folder when none is open)
 * through `vscode.workspace.fs` (so it works in a web build too), never in an
 * untrusted workspace, only a regular file within the configuration limit;
 * cached, reloaded when any such file changes, and its own problems shown on it.
 */
import * as vscode from 'vscode';
import { configCandidates } from '../core/config/locate';
import { CONFIG_FILE_NAME, parseRuleConfig, type RuleSettings } from '../core/config/rule-config';
import { READ_LIMITS } from '../node/read-limits';
import { toDiagnostic } from './convert';
import { folderKey, forgetRuleSettings, rememberRuleSettings } from './rule-config-store';
import type { Settings } from './settings';
import { workspaceReadsAllowed } from './workspace-trust';

interface Found {
  readonly uri: vscode.Uri;
  readonly settings: RuleSettings;
}

/** Per invitation folder: the nearest configuration (null when there is none). */
const byFolder = new Map<string, Promise<Found | null>>();

/** Loads (once per folder) the configuration that applies to `uri`. */
export async function loadRuleSettings(uri: vscode.Uri, report: (found: vscode.Uri, text: string) => void): Promise<RuleSettings | undefined> {
  if (uri.scheme === 'untitled' || !workspaceReadsAllowed()) return undefined;
  const key = folderKey(uri.toString());
  let pending = byFolder.get(key);
  if (!pending) {
    pending = findUpward(uri, report);
    byFolder.set(key, pending);
  }
  const found = await pending;
  rememberRuleSettings(uri.toString(), found?.settings ?? null);
  return found?.settings;
}

/**
 * Every folder's candidate is asked for at once, the nearest found wins: one round trip
 * to the file system rather than one per folder, which held the first squiggle of a
 * freshly opened window for seconds (each read waits its turn while the window starts).
 */
async function findUpward(uri: vscode.Uri, report: (found: vscode.Uri, text: string) => void): Promise<Found | null> {
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.path ?? uri.path.replace(/\/[^/]*$/, '');
  const candidates = configCandidates(uri.path, folder).map((path) => uri.with({ path, query: '', fragment: '' }));
  const reads = candidates.map(readIfPresent);
  for (const [i, candidate] of candidates.entries()) {
    const bytes = await reads[i];
    if (bytes === undefined) continue;
    const text = new TextDecoder('utf-8').decode(bytes);
    report(candidate, text);
    return { uri: candidate, settings: parseRuleConfig(text).settings };
  }
  return null;
}

/** Reads a file of the extension host's own disk directly (set by the desktop entry; none in a browser). */
let readLocal: ((path: string) => Promise<Uint8Array>) | undefined;

/**
 * Lets `file:` configurations be read without `workspace.fs`, which goes through the window:
 * a freshly opened window answered each read after ~1 s, and the first squiggle waits for it.
 */
export function useLocalReads(read: ((path: string) => Promise<Uint8Array>) | undefined): void {
  readLocal = read;
}

async function readIfPresent(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    if (uri.scheme === 'file' && readLocal) return await readLocal(uri.fsPath); // the guarded reader: throws on a pipe, a device, a file too large
    const stat = await vscode.workspace.fs.stat(uri);
    return stat.type & vscode.FileType.File && stat.size <= READ_LIMITS.config ? await vscode.workspace.fs.readFile(uri) : undefined;
  } catch {
    return undefined; // absent or unreadable: look further up
  }
}

export interface RuleConfigDeps {
  readonly settings: () => Settings;
  /** Called after a configuration file changed, so open invitations are checked again. */
  readonly onReload: () => void;
}

/** Watches every giaymoi.config.yaml of the workspace and shows its problems on it. */
export function registerRuleConfigFiles(deps: RuleConfigDeps): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('giaymoi-config');
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  const reload = (changed: vscode.Uri) => {
    byFolder.clear();
    forgetRuleSettings();
    collection.delete(changed);
    deps.onReload();
  };
  publishProblems = (uri, text) => {
    const language = deps.settings().language;
    collection.set(uri, parseRuleConfig(text).problems.map((p) => toDiagnostic(p, language)));
  };
  const trusted = vscode.workspace.onDidGrantWorkspaceTrust(() => { byFolder.clear(); forgetRuleSettings(); deps.onReload(); });
  return vscode.Disposable.from(collection, watcher, trusted, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload), {
    dispose: () => { publishProblems = () => undefined; },
  });
}

let publishProblems: (uri: vscode.Uri, text: string) => void = () => undefined;

/** Shows a configuration file's own problems (GM001, GM036, GM037) on it. */
export function reportConfigProblems(uri: vscode.Uri, text: string): void {
  publishProblems(uri, text);
}
