/**
 * The loaded giaymoi.config.yaml settings by invitation folder, kept apart
 * from the loader (rule-config-files.ts) so that analysis, which answers
 * synchronously and is unit-tested without VS Code, needs no 'vscode' import.
 */
import type { RuleSettings } from '../core/config/rule-config';

const settled = new Map<string, RuleSettings | null>();

/** The folder part of a document URI string: documents in one folder share one configuration. */
export function folderKey(uri: string): string {
  return uri.replace(/[?#].*$/, '').replace(/\/[^/]*$/, '');
}

/** The configuration file's layer for the document at `uri`, once loaded; undefined before or when there is none. */
export function fileRuleSettings(uri: string): RuleSettings | undefined {
  return settled.get(folderKey(uri)) ?? undefined;
}

export function rememberRuleSettings(uri: string, settings: RuleSettings | null): void {
  settled.set(folderKey(uri), settings);
}

export function forgetRuleSettings(): void {
  settled.clear();
}
