/** Builds the `update` message for a document, and what the test hook reports about posted messages. */
import type * as vscode from 'vscode';
import type { CheckResult } from '../../core/check';
import type { ToWebview } from '../../protocol';
import type { Settings } from '../settings';
import { inviteesOf, renderPreview } from './render';

/** What the test hook sees of each posted message. */
export interface PostedMessage {
  readonly type: ToWebview.Message['type'];
  readonly uri: string;
  readonly version: number;
  /** The page's plain text for updates (empty for other messages and for updates without a page). */
  readonly text: string;
  /** A list invitation's update: how many invitees the picker offers and which one (1-based) the page shows. */
  readonly invitees?: { readonly count: number; readonly shown: number };
}

/** The full update for `document` as it is now (`checked`: its check, from the extension's shared analysis). */
export function updateFor(
  document: vscode.TextDocument,
  checked: CheckResult,
  settings: Settings,
  locked: boolean,
  line?: number,
): ToWebview.Update {
  const rendered = renderPreview(
    checked,
    { margins: settings.margins, bodySize: settings.bodySize },
    settings.language,
  );
  const invitees = inviteesOf(checked);
  const { scrollPreviewWithEditor, scrollEditorWithPreview, doubleClickToSwitchToEditor } = settings.preview;
  return {
    type: 'update',
    uri: document.uri.toString(),
    version: document.version,
    page: rendered.page,
    css: rendered.css,
    errors: rendered.errors,
    options: {
      language: settings.language,
      scrollPreviewWithEditor,
      scrollEditorWithPreview,
      doubleClickToSwitchToEditor,
    },
    locked,
    ...(line !== undefined ? { line } : {}),
    ...(invitees ? { invitees } : {}),
  };
}

/** The hook's view of a message. */
export function describe(message: ToWebview.Message, uri: string): PostedMessage {
  switch (message.type) {
    case 'update': {
      // The page's text is for the test hook's listeners: made when one reads it, not on every keystroke.
      const page = message.page;
      let text: string | undefined;
      return {
        type: message.type,
        uri: message.uri,
        version: message.version,
        get text() {
          return (text ??= page ? htmlText(page.units.join('') + page.contact) : '');
        },
        ...(message.invitees
          ? { invitees: { count: message.invitees.labels.length, shown: message.invitees.selected + 1 } }
          : {}),
      };
    }
    case 'reveal':
      return { type: message.type, uri: message.uri, version: message.version, text: '' };
    case 'lock':
      return { type: message.type, uri, version: -1, text: '' };
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#96': '`' };

/** Plain text of rendered HTML: tags dropped, line breaks and blocks as newlines, our entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<br>|<\/p>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#96);/g, (_, e: string) => ENTITIES[e]);
}
