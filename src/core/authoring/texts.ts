/** The editor features' own words (completion, hover, outline, status bar, quick fixes), in both languages. */
import type { Language, Localized } from '../model/problem';
import { say } from '../messages';

/** Every UI text of the authoring features, Vietnamese first. */
export const UI = {
  required: say('authoring.required'),
  optional: say('authoring.optional'),
  legalSource: say('authoring.legalSource'),
  printsAs: say('authoring.printsAs'),
  dateLine: say('authoring.dateLine'),
  weekdayInText: say('authoring.weekdayInText'),
  notARealDate: say('authoring.notARealDate'),
  draftDay: say('authoring.draftDay'),
  commonValue: say('authoring.commonValue'),
  fromWorkspace: say('authoring.fromWorkspace'),
  fixAllOfKind: say('authoring.fixAllOfKind'),
  fixAllSafe: say('authoring.fixAllSafe'),
  statusErrors: say('authoring.statusErrors'),
  statusDraft: say('authoring.statusDraft'),
  statusReady: say('authoring.statusReady'),
  statusErrorsTip: say('authoring.statusErrorsTip'),
  statusDraftTip: say('authoring.statusDraftTip'),
  statusReadyTip: say('authoring.statusReadyTip'),
  warnings: say('authoring.warnings'),
  outlineAgency: say('authoring.outlineAgency'),
  outlineNumberDate: say('authoring.outlineNumberDate'),
  outlineType: say('authoring.outlineType'),
  outlineSubject: say('authoring.outlineSubject'),
  outlineDashes: say('authoring.outlineDashes'),
  outlineOpening: say('authoring.outlineOpening'),
  outlineInvitees: say('authoring.outlineInvitees'),
  outlineInvitation: say('authoring.outlineInvitation'),
  outlineMeeting: say('authoring.outlineMeeting'),
  outlineChair: say('authoring.outlineChair'),
  outlineTime: say('authoring.outlineTime'),
  outlinePlace: say('authoring.outlinePlace'),
  outlineContact: say('authoring.outlineContact'),
  outlineClosing: say('authoring.outlineClosing'),
  outlineVerbatim: say('authoring.outlineVerbatim'),
  outlineVerbatimAbove: say('authoring.outlineVerbatimAbove'),
  outlineVerbatimBelow: say('authoring.outlineVerbatimBelow'),
  outlineSignature: say('authoring.outlineSignature'),
  outlineRecipients: say('authoring.outlineRecipients'),
  outlineSections: say('authoring.outlineSections'),
  importFailed: say('authoring.importFailed'),
  importOpenLabel: say('authoring.importOpenLabel'),
  importDocNeedsDesktop: say('authoring.importDocNeedsDesktop'),
  importDone: say('authoring.importDone'),
  newInvitationFailed: say('authoring.newInvitationFailed'),
  pickDocumentType: say('authoring.pickDocumentType'),
} as const;

/** One UI text in the user's language, with `{name}` filled in; `{s}` is the English plural ending of `{count}`. */
export function ui(text: Localized, language: Language, params: Record<string, string | number> = {}): string {
  const s = params.count === 1 ? '' : 's';
  return text[language].replace(/\{(\w+)\}/g, (_, name: string) => (name === 's' ? s : String(params[name] ?? '')));
}
