/**
 * The extension's one state object, made by activate() and handed to every
 * feature in ExtensionDeps: the analysis cache, the invitee lists, the folders'
 * rule configuration, and one debounce whose `onDidAnalyze` tells diagnostics,
 * preview, status bar and row picker that a document's check is due again.
 * Features only subscribe, so the order they are registered in does not matter.
 */
import type { CheckResult } from '../core/check';
import * as vscode from 'vscode';
import { createAnalysis, isInvitation, type Analyze } from './analysis';
import { MergeLists } from './merge-lists';
import { recoverMergeFolder } from './merge-recovery';
import type { Platform } from './platform-api';
import { RuleConfigFiles } from './rule-config-files';
import type { Settings } from './settings';
import { WorkspaceReads } from './workspace-trust';

/**
 * A typing pause this long re-checks the document: the preview's pause (it was 50 ms
 * there and 150 ms for the squiggles; the check is cached per version, so one pause serves both).
 */
const DEBOUNCE_MS = 50;

/** Old revisions shown in diff views are not the file being written: no squiggles there, and their folder's configuration is not looked up. */
export const READ_ONLY_SCHEMES: readonly string[] = ['git', 'gitfs', 'vscode-scm', 'review'];

export interface StateDeps {
  readonly settings: () => Settings;
  readonly onSettingsChanged: vscode.Event<Settings>;
  readonly platform: Pick<Platform, 'readLocal' | 'localListReads' | 'exportFiles'>;
}

export class ExtensionState implements vscode.Disposable {
  readonly lists: MergeLists;
  readonly ruleConfig: RuleConfigFiles;
  /** Workspace Trust: whether lists and configuration may be read, said once per window when not. */
  readonly workspaceReads: WorkspaceReads;
  private readonly analyzed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires with an invitation after its check became due (typing paused, opened, its list or configuration or the settings changed). */
  readonly onDidAnalyze = this.analyzed.event;
  private readonly analysis: Analyze;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly deps: StateDeps) {
    this.workspaceReads = new WorkspaceReads(deps.settings);
    const readsAllowed = () => this.workspaceReads.allowed();
    const recover = (invitation: vscode.Uri) => recoverMergeFolder(invitation, deps.settings(), deps.platform);
    this.lists = new MergeLists({
      settings: deps.settings,
      readsAllowed,
      local: deps.platform.localListReads,
      recover,
    });
    this.ruleConfig = new RuleConfigFiles({
      settings: deps.settings,
      readLocal: deps.platform.readLocal,
      readsAllowed,
      onReload: () => this.refreshAll(),
    });
    this.analysis = createAnalysis({
      listStateOf: (d) => this.lists.listStateOf(d),
      fileRuleSettings: (uri) => this.ruleConfig.fileRuleSettings(uri),
    });
    this.disposables = [
      this.analyzed,
      this.lists,
      this.ruleConfig,
      vscode.workspace.onDidOpenTextDocument((d) => void this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.cancel(d)),
      deps.onSettingsChanged(() => this.refreshAll()),
      this.lists.onDidChange((uri) =>
        vscode.workspace.textDocuments
          .filter((d) => d.uri.toString() === uri.toString())
          .forEach((d) => void this.refresh(d)),
      ),
    ];
    // Each refresh first awaits the folder's configuration, so the first events come after activate() has registered every feature.
    this.refreshAll();
  }

  /** The check result of the document as it is now (cached per version), with the settings' rules on top. */
  analyze(document: vscode.TextDocument): CheckResult {
    return this.analysis(document, this.deps.settings().check);
  }

  /** Checks `document` now, its folder's giaymoi.config.yaml loaded first, and tells the subscribers. */
  async refresh(document: vscode.TextDocument): Promise<void> {
    if (!isInvitation(document) || document.isClosed) return;
    this.cancel(document);
    // Always awaited, even with nothing to load: subscribers hear of a document only after activate() returned.
    await (READ_ONLY_SCHEMES.includes(document.uri.scheme)
      ? undefined
      : this.ruleConfig.loadRuleSettings(document.uri));
    if (document.isClosed) return;
    this.analyze(document);
    this.analyzed.fire(document);
  }

  /** Every open invitation checked again (settings or a configuration file changed). */
  refreshAll(): void {
    vscode.workspace.textDocuments.forEach((d) => void this.refresh(d));
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isInvitation(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.refresh(document);
      }, DEBOUNCE_MS),
    );
  }

  private cancel(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  dispose(): void {
    this.timers.forEach(clearTimeout);
    this.disposables.forEach((d) => d.dispose());
  }
}
