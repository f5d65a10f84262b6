/**
 * A mail merge to PDF: one PDF per copy (a list file's row, or an invitee of
 * a YAML `kinh_moi` list of 2 or more), named as the DOCX merge names its
 * files, then the combined file holding every invitation, each numbered from
 * page 1, the empty signature field on the first (render/pdf/render.ts).
 */
import type { CheckResult, Invitation } from '../core/check';
import { type Layout, layoutInvitation, layoutPerInvitee, linesOf } from '../core/layout';
import { copyNames } from '../core/merge';
import { patternedNames, planMailMerge } from './mail-merge';
import type { PlannedFile } from './planned-file';

/** The copies' layouts (made when asked) and names, or the pattern's fields the list lacks, or none (one invitation). */
function pdfCopies(
  checked: CheckResult,
  invitation: Invitation,
  pattern: string | undefined,
):
  | { names: readonly string[]; patterned: boolean; layout(i: number): Layout }
  | { unknownFields: string[] }
  | undefined {
  const merge = checked.merge;
  if (merge) {
    const named = copyNames(merge, pattern);
    if (!named.ok) return { unknownFields: [...named.unknown] };
    const layout = (i: number) => layoutInvitation(merge.copies[i].invitation!, checked.source);
    return { names: named.names, patterned: !!pattern?.trim(), layout };
  }
  if (linesOf(invitation.kinh_moi).length < 2) return undefined;
  const perInvitee = layoutPerInvitee(invitation, checked.source);
  return { names: linesOf(invitation.kinh_moi), patterned: false, layout: (i) => perInvitee.layout(i) };
}

/** The merge's PDF files (each copy's, then the combined one), or why not, or undefined for a single invitation. */
export function planPdfMerge(
  checked: CheckResult,
  invitation: Invitation,
  naming: { stem: string; pattern?: string; asciiNames?: boolean },
  render: (layouts: Layout[]) => Promise<Uint8Array>,
): { files: PlannedFile[]; merged: number } | { unknownFields: string[] } | undefined {
  const copies = pdfCopies(checked, invitation, naming.pattern);
  if (!copies || 'unknownFields' in copies) return copies;
  const options = { ascii: naming.asciiNames };
  const plan = copies.patterned
    ? patternedNames(copies.names, naming.stem, options)
    : planMailMerge(copies.names, naming.stem, options);
  const files: PlannedFile[] = plan.entries.map((entry) => ({
    fileName: asPdf(entry.fileName),
    render: () => render([copies.layout(entry.invitee)]),
  }));
  const all = () => render(copies.names.map((_, i) => copies.layout(i)));
  return { files: [...files, { fileName: asPdf(plan.combinedFileName), render: all }], merged: copies.names.length };
}

/** The merge namer's ".docx" as ".pdf" (shorter, so every name still fits). */
const asPdf = (fileName: string): string => fileName.replace(/\.docx$/i, '.pdf');

/** The key of a source's PDF merge set (merge-set.ts setPrefix): apart from its DOCX set, so neither replaces the other. */
export const pdfSetKey = (sourcePath: string): string => `${sourcePath} (pdf)`;
