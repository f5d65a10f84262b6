/** The file's state for the status bar: errors, draft, or ready to export. */
import type { Language, Problem } from '../model/problem';
import type { Invitation } from '../schema/schema';
import { RULE_CODES } from '../rules/catalog';
import { UI, ui } from './texts';

/** Errors block export; a draft exports; ready has neither. */
export type FileState = 'errors' | 'draft' | 'ready';

/** What the status bar shows: the state, its text and tooltip in the user's language. */
export interface StatusInfo {
  readonly state: FileState;
  readonly text: string;
  readonly tooltip: string;
}

const DRAFT_CODES: readonly string[] = [RULE_CODES.soMissing, RULE_CODES.ngayWithoutDay];

/** A draft has no number or no full day of signing yet (format.md, "Drafts are normal"). */
export function isDraft(invitation: Invitation | undefined, problems: readonly Problem[]): boolean {
  if (problems.some((p) => DRAFT_CODES.includes(p.code))) return true;
  if (!invitation) return false;
  const noNumber = invitation.so === undefined || invitation.so === null || invitation.so === '';
  return noNumber || !/^\d{4}-\d{2}-\d{2}$/.test(invitation.ngay ?? '');
}

/** The status of a checked file. */
export function statusOf(
  result: { readonly problems: readonly Problem[]; readonly invitation: Invitation | undefined },
  language: Language,
): StatusInfo {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.filter((p) => p.severity === 'warning').length;
  const suffix = warnings > 0 ? ` · ${ui(UI.warnings, language, { count: warnings })}` : '';
  if (errors > 0)
    return {
      state: 'errors',
      text: `$(error) ${ui(UI.statusErrors, language, { count: errors })}`,
      tooltip: ui(UI.statusErrorsTip, language),
    };
  if (isDraft(result.invitation, result.problems))
    return {
      state: 'draft',
      text: `$(edit) ${ui(UI.statusDraft, language)}${suffix}`,
      tooltip: ui(UI.statusDraftTip, language),
    };
  return {
    state: 'ready',
    text: `$(check) ${ui(UI.statusReady, language)}${suffix}`,
    tooltip: ui(UI.statusReadyTip, language),
  };
}
