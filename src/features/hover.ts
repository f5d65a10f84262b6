/** Hover in giaymoi files: field descriptions, legal sources and dates, from the core. */
import * as vscode from 'vscode';
import { hoverAt } from '../core/authoring';
import { LANGUAGE_ID } from './analysis';
import { fromVsPosition, toVsRange } from './convert';
import type { Settings } from './settings';

/** What hover needs from activate: the settings snapshot. */
export interface HoverDeps {
  readonly settings: () => Settings;
}

/** Registers the hover provider for giaymoi files. */
export function registerHover(deps: HoverDeps): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: LANGUAGE_ID },
    {
      provideHover(document, position) {
        const info = hoverAt(document.getText(), fromVsPosition(position), deps.settings().language);
        return info ? new vscode.Hover(new vscode.MarkdownString(info.markdown), toVsRange(info.range)) : undefined;
      },
    },
  );
}
