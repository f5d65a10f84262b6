/**
 * `giaymoi.newInvitation`: a new untitled giaymoi file from the whole-invitation snippet, with its tab
 * stops, dated today and with the meeting on the first day the notice setting allows (no GM017 warning).
 */
import * as vscode from 'vscode';
import {
  datedTemplate,
  documentTypeChoices,
  type NoticeOptions,
  snippetBody,
  templatePrefix,
  UI,
  ui,
} from '../core/authoring';
import type { Language } from '../core/model';
import { mergeRuleSettings, DEFAULT_CHECK_OPTIONS } from '../core/check';
import { LANGUAGE_ID } from './analysis';
import { freeName, newInvitationFileName, templateSubject } from './new-invitation-name';
import type { ExtensionState } from './extension-state';
import type { Settings } from './settings';

/** Contributed in package.json (palette and File › New File…). */
export const NEW_INVITATION_COMMAND = 'giaymoi.newInvitation';

/** What the command needs: the extension's folder (for the snippets file), the settings and the folder's rule configuration (the state's). */
export interface NewInvitationDeps {
  readonly context: vscode.ExtensionContext;
  readonly settings: () => Settings;
  readonly state: ExtensionState;
}

/** Registers `giaymoi.newInvitation`; its result is the new document (for tests). */
export function registerNewInvitation(deps: NewInvitationDeps): vscode.Disposable {
  // `type` ('giay_moi', 'thong_bao', 'cong_dien') picks the template; without it (the palette,
  // File › New File…) the user picks the type, and Esc opens nothing.
  return vscode.commands.registerCommand(NEW_INVITATION_COMMAND, async (given?: unknown) => {
    const type = typeof given === 'string' ? given : await pickType(deps.settings().language);
    if (type === undefined) return undefined;
    try {
      const now = new Date();
      const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
      const body = datedTemplate(
        await templateBody(deps.context.extensionUri, templatePrefix(type)),
        today,
        await noticeOptions(deps.state, deps.settings()),
      );
      const document = await untitledInvitation(isoDate(today), templateSubject(body));
      const editor = await vscode.window.showTextDocument(document);
      await editor.insertSnippet(new vscode.SnippetString(body));
      return document;
    } catch (error) {
      void vscode.window.showErrorMessage(
        ui(UI.newInvitationFailed, deps.settings().language, { detail: String(error) }),
      );
      return undefined;
    }
  });
}

/** The Decree 30 type of the new document, chosen by the user; undefined when dismissed. */
async function pickType(language: Language): Promise<string | undefined> {
  const items = documentTypeChoices().map((c) => ({ label: c.name, description: c.model, type: c.type }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: ui(UI.pickDocumentType, language) });
  return picked?.type;
}

/**
 * An empty untitled invitation of language giaymoi. In a folder it is bound to
 * "<date>-<trích yếu>.giaymoi.yaml" there (a free name), so its tab, and Ctrl+S,
 * use that name rather than the first line ("co_quan:").
 */
async function untitledInvitation(date: string, subject: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const exists = (name: string) =>
    Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name))).then(
      () => true,
      () => vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith(`/${name}`)),
    );
  const name = await freeName(newInvitationFileName(date, subject), exists);
  const document = await vscode.workspace.openTextDocument(
    vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' }),
  );
  return document.languageId === LANGUAGE_ID
    ? document
    : vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

const isoDate = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The notice the checks will ask of the new file: the workspace's giaymoi.config.yaml, the settings on top. */
async function noticeOptions(state: ExtensionState, settings: Settings): Promise<NoticeOptions> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const file = folder
    ? await state.ruleConfig.loadRuleSettings(vscode.Uri.joinPath(folder, 'x.giaymoi.yaml'))
    : undefined;
  const merged = mergeRuleSettings(file, settings.check);
  return {
    minWorkingDays: merged.minWorkingDays ?? DEFAULT_CHECK_OPTIONS.minWorkingDays,
    extraDaysOff: merged.extraDaysOff ?? [],
  };
}

/** The whole-document snippet's body, read from the contributed snippets file so the two never differ. */
async function templateBody(extensionUri: vscode.Uri, prefix: string): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(
    vscode.Uri.joinPath(extensionUri, 'snippets', 'giaymoi.code-snippets'),
  );
  const body = snippetBody(new TextDecoder('utf-8').decode(bytes), prefix);
  if (!body) throw new Error(`no "${prefix}" snippet`);
  return body;
}
