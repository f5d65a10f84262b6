/**
 * The loaded giaymoi.config.yaml settings by invitation folder, kept apart
 * from the loader (rule-config-files.ts) so that analysis, which answers
 * synchronously, needs no 'vscode' import. One store per extension state.
 */
import type { RuleSettings } from '../core/check';

/** The folder part of a document URI string: documents in one folder share one configuration. */
export function folderKey(uri: string): string {
  return uri.replace(/[?#].*$/, '').replace(/\/[^/]*$/, '');
}

export class RuleSettingsStore {
  private readonly settled = new Map<string, RuleSettings | null>();

  /** The configuration file's layer for the document at `uri`, once loaded; undefined before or when there is none. */
  fileRuleSettings(uri: string): RuleSettings | undefined {
    return this.settled.get(folderKey(uri)) ?? undefined;
  }

  rememberRuleSettings(uri: string, settings: RuleSettings | null): void {
    this.settled.set(folderKey(uri), settings);
  }

  forgetRuleSettings(): void {
    this.settled.clear();
  }
}
