/**
 * One check per document version, shared by diagnostics, hover, quick fixes,
 * outline and preview, so typing does not re-parse the file once per feature.
 */
import type * as vscode from 'vscode';
import { checkInvitation, type CheckResult } from '../core/check';
import { mergeRuleSettings } from '../core/config/merge';
import type { RuleSettings } from '../core/config/rule-config';
import { fileRuleSettings } from './rule-config-store';

export const LANGUAGE_ID = 'giaymoi';

const cache = new WeakMap<vscode.TextDocument, { version: number; key: string; result: CheckResult }>();

/**
 * The check result of the document as it is now (cached by version and options):
 * the folder's giaymoi.config.yaml (once loaded), then the editor's settings on top.
 */
export function analyze(document: vscode.TextDocument, editor: RuleSettings): CheckResult {
  const options = mergeRuleSettings(fileRuleSettings(document.uri.toString()), editor);
  const key = JSON.stringify(options);
  const hit = cache.get(document);
  if (hit && hit.version === document.version && hit.key === key) return hit.result;
  const result = checkInvitation(document.getText(), options);
  cache.set(document, { version: document.version, key, result });
  return result;
}

export function isInvitation(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}
