/**
 * One check per document version, shared by diagnostics, hover, quick fixes,
 * outline and preview, so typing does not re-parse the file once per feature.
 */
import type * as vscode from 'vscode';
import { checkInvitation, type CheckResult } from '../core/check';
import { mergeRuleSettings } from '../core/config/merge';
import type { RuleSettings } from '../core/config/rule-config';
import type { LoadedList } from '../core/merge/table';
import { fileRuleSettings } from './rule-config-store';

export const LANGUAGE_ID = 'giaymoi';

/** A list invitation's list and shown row (merge-lists.ts provides it; the unit tests run without one). */
export type ListState = (document: vscode.TextDocument) => { readonly list?: LoadedList; readonly row?: number; readonly stamp: number };

let listStateOf: ListState = () => ({ stamp: 0 });

/** Where `analyze` gets lists from. */
export function useListState(provider: ListState): void {
  listStateOf = provider;
}

const cache = new WeakMap<vscode.TextDocument, { version: number; key: string; result: CheckResult }>();

/**
 * The check result of the document as it is now (cached by version, options, and for a
 * list invitation its list and shown row): the folder's giaymoi.config.yaml (once loaded),
 * then the editor's settings on top.
 */
export function analyze(document: vscode.TextDocument, editor: RuleSettings): CheckResult {
  const options = mergeRuleSettings(fileRuleSettings(document.uri.toString()), editor);
  const merge = listStateOf(document);
  const key = JSON.stringify([options, merge.stamp, merge.row]);
  const hit = cache.get(document);
  if (hit && hit.version === document.version && hit.key === key) return hit.result;
  const result = checkInvitation(document.getText(), { ...options, list: merge.list, row: merge.row });
  cache.set(document, { version: document.version, key, result });
  return result;
}

export function isInvitation(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}
