/** The outline and breadcrumbs of a giaymoi file, built by the core from the source map. */
import * as vscode from 'vscode';
import { outlineOf, type OutlineKind, type OutlineSymbol } from '../core/authoring';
import { LANGUAGE_ID } from './analysis';
import type { ExtensionState } from './extension-state';
import { toVsRange } from './convert';
import type { Settings } from './settings';

const KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  module: vscode.SymbolKind.Module,
  number: vscode.SymbolKind.Number,
  string: vscode.SymbolKind.String,
  object: vscode.SymbolKind.Object,
  field: vscode.SymbolKind.Field,
  event: vscode.SymbolKind.Event,
  array: vscode.SymbolKind.Array,
  person: vscode.SymbolKind.Constant,
};

/** What the outline needs from activate: the settings snapshot and the shared analysis. */
export interface OutlineDeps {
  readonly settings: () => Settings;
  readonly state: ExtensionState;
}

/** Registers the document symbol provider (outline, breadcrumbs) for giaymoi files. */
export function registerOutline(deps: OutlineDeps): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    { language: LANGUAGE_ID },
    {
      provideDocumentSymbols(document) {
        const settings = deps.settings();
        return outlineOf(deps.state.analyze(document).source, settings.language).map(toSymbol);
      },
    },
    { label: 'Giấy mời' },
  );
}

function toSymbol(symbol: OutlineSymbol): vscode.DocumentSymbol {
  const result = new vscode.DocumentSymbol(
    symbol.name,
    symbol.detail,
    KINDS[symbol.kind],
    toVsRange(symbol.range),
    toVsRange(symbol.selection),
  );
  result.children = symbol.children.map(toSymbol);
  return result;
}
