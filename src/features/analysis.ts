/**
 * One check per document version, shared by diagnostics, hover, quick fixes,
 * outline and preview, so typing does not re-parse the file once per feature.
 * The cache lives in the analysis made by the extension's state object
 * (extension-state.ts), not in this module.
 */
import type * as vscode from 'vscode';
import { checkInvitation, type CheckResult, mergeRuleSettings, type RuleSettings } from '../core/check';
import type { LoadedList } from '../core/merge';

export const LANGUAGE_ID = 'giaymoi';

/** A list invitation's list and shown row (merge-lists.ts provides it). */
export type ListState = (document: vscode.TextDocument) => {
  readonly list?: LoadedList;
  readonly row?: number;
  readonly stamp: number;
};

/** The check result of a document as it is now, with the editor's rule settings on top. */
export type Analyze = (document: vscode.TextDocument, editor: RuleSettings) => CheckResult;

/** Where an analysis reads a list invitation's list and a folder's giaymoi.config.yaml layer from. */
export interface AnalysisSources {
  readonly listStateOf: ListState;
  readonly fileRuleSettings: (uri: string) => RuleSettings | undefined;
}

/**
 * An analysis with its own cache (by version, options, and for a list invitation its
 * list and shown row): the folder's giaymoi.config.yaml (once loaded), then the editor's settings on top.
 */
export function createAnalysis(sources: AnalysisSources): Analyze {
  const cache = new WeakMap<vscode.TextDocument, { version: number; key: string; result: CheckResult }>();
  return (document, editor) => {
    const options = mergeRuleSettings(sources.fileRuleSettings(document.uri.toString()), editor);
    const merge = sources.listStateOf(document);
    const key = JSON.stringify([options, merge.stamp, merge.row]);
    const hit = cache.get(document);
    if (hit && hit.version === document.version && hit.key === key) return hit.result;
    const result = checkInvitation(document.getText(), { ...options, list: merge.list, row: merge.row });
    cache.set(document, { version: document.version, key, result });
    return result;
  };
}

export function isInvitation(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}
