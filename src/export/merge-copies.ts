/**
 * Both flavours of mail merge as one list of copies (a copy: the invitation
 * with one invitee's values): the invitees of a YAML `kinh_moi` list, each
 * filled into one rendered template (render/docx/per-invitee.ts), or the rows
 * of a CSV/XLSX list, each its own checked invitation laid out and rendered.
 * Either way a copy is rendered once, giving its file and its parts.
 */
import type { CheckResult, Invitation } from '../core/check';
import { layoutInvitation, layoutPerInvitee, linesOf } from '../core/layout';
import { type MergeResult, copyNames } from '../core/merge';
import type { DocxOptions, RenderedCopy } from '../render/docx';
import type { DocxRenderer } from './load-renderer';

export interface MergeCopies {
  /** One name per copy (not yet file-safe): the invitee line, or the user's pattern filled in. */
  readonly names: readonly string[];
  /** Whether `names` come from the user's pattern (their own names, not "<stem> - <line>"). */
  readonly patterned: boolean;
  render(i: number): Promise<RenderedCopy>;
}

/** The copies of a YAML list of invitees (2 or more lines in `kinh_moi`). */
export function inviteeCopies(
  invitation: Invitation,
  checked: CheckResult,
  renderer: DocxRenderer,
  options: DocxOptions,
): MergeCopies {
  const renderOne = renderer.perInviteeRenderer(layoutPerInvitee(invitation, checked.source), options);
  return { names: linesOf(invitation.kinh_moi), patterned: false, render: (i) => renderOne.copy(i) };
}

/** The copies of a list file's rows, or the pattern's fields the list lacks. */
export function rowCopies(
  checked: CheckResult,
  merge: MergeResult,
  pattern: string | undefined,
  renderer: DocxRenderer,
  options: DocxOptions,
): MergeCopies | { readonly unknownFields: readonly string[] } {
  const named = copyNames(merge, pattern);
  if (!named.ok) return { unknownFields: named.unknown };
  const shared = new renderer.SharedEntries(); // the parts the rows' packages share, deflated once
  const render = (i: number) =>
    renderer.renderDocxCopy([layoutInvitation(merge.copies[i].invitation!, checked.source)], options, shared);
  return { names: named.names, patterned: !!pattern?.trim(), render };
}
