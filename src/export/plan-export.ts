/**
 * Source text → the DOCX files to write: check (refusing errors, and warnings
 * unless allowed), lay out (once, or the shared part once and each invitee's
 * line alone for a mail merge), and render each file only when it is written,
 * so a merge holds one file at a time. Pure but for the renderer it is given.
 */
import { checkInvitation } from '../core/check';
import { layoutInvitation, layoutPerInvitee } from '../core/layout';
import { linesOf } from '../core/layout/derive';
import type { Layout } from '../core/layout/model';
import { resolveMeasures, type BodySize, type Margins } from '../core/measures';
import type { Problem } from '../core/problem';
import type { CheckOptions } from '../core/rules/rule';
import type { LoadedList } from '../core/merge/table';
import type { Invitation } from '../core/schema';
import type { ZipCodec } from '../render/docx/zip-codec';
import { exportDate } from './export-date';
import type { DocxRenderer } from './load-renderer';
import { planListMerge } from './list-merge';
import { planMailMerge } from './mail-merge';
import { combinedFile } from './combined-file';
import { safeFileStem } from './file-names';
import { sourceStem } from './targets';

export interface ExportSettings {
  readonly margins?: Partial<Margins>;
  readonly bodySize?: BodySize;
  /** Export a file whose worst problems are warnings (information, e.g. a draft, always exports). */
  readonly allowWarnings: boolean;
  readonly mailMerge?: boolean;
  readonly asciiNames?: boolean;
  readonly checkOptions?: Partial<CheckOptions>;
  /** A list invitation's list, read by the caller; `row` picks the copy a plain export writes (0-based). */
  readonly list?: LoadedList;
  readonly row?: number;
  /** Mail merge file names from the list's fields, e.g. "{{STT}} - {{Họ và tên}}". */
  readonly namePattern?: string;
  /** How the DOCX parts are deflated: the platform's (Node's zlib); else the renderer's fflate. */
  readonly codec?: ZipCodec;
}

/** A file to write, rendered when asked (and then forgotten by the plan). */
export interface PlannedFile {
  readonly fileName: string;
  render(): Promise<Uint8Array>;
  /** The same bytes handed out piece by piece as they are made (the combined file of a merge, at any size). */
  readonly write?: (out: (chunk: Uint8Array) => Promise<void>) => Promise<void>;
}

export type ExportPlan =
  | { readonly ok: false; readonly refused: 'errors' | 'warnings'; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly refused: 'pattern'; readonly unknownFields: readonly string[]; readonly problems: readonly Problem[] }
  | {
    readonly ok: true;
    readonly files: readonly PlannedFile[];
    readonly problems: readonly Problem[];
    /** Invitees of a mail merge (0: one invitation). */
    readonly merged: number;
  };

/** The files one source exports to, or why it is refused. */
export function planExport(text: string, sourcePath: string, settings: ExportSettings, renderer: DocxRenderer): ExportPlan {
  const checked = checkInvitation(text, { ...settings.checkOptions, list: settings.list, row: settings.row });
  const errors = checked.problems.filter((p) => p.severity === 'error');
  if (errors.length || !checked.invitation) return { ok: false, refused: 'errors', problems: errors };
  const warnings = checked.problems.filter((p) => p.severity === 'warning');
  if (warnings.length && !settings.allowWarnings) return { ok: false, refused: 'warnings', problems: warnings };
  const invitation = checked.invitation;
  const render = renderWith(invitation, settings, renderer);
  const stem = sourceStem(sourcePath);
  if (settings.mailMerge && checked.merge) {
    const combine = (fileName: string, count: number, docxOf: (i: number) => Promise<Uint8Array>) => combinedFile(fileName, count, async (i) => renderer.docxParts(await docxOf(i)), exportDate(invitation), renderer);
    const merged = planListMerge(checked, checked.merge, { stem, asciiNames: settings.asciiNames, namePattern: settings.namePattern }, render, combine);
    if (!merged.ok) return { ok: false, refused: 'pattern', unknownFields: merged.unknownFields, problems: [] };
    return { ok: true, files: merged.files, problems: checked.problems, merged: checked.merge.copies.length };
  }
  const invitees = linesOf(invitation.kinh_moi);
  if (!settings.mailMerge || invitees.length < 2) {
    const fileName = `${safeFileStem(stem, { ascii: settings.asciiNames })}.docx`;
    const file = { fileName, render: () => render([layoutInvitation(invitation, checked.source)]) };
    return { ok: true, files: [file], problems: checked.problems, merged: 0 };
  }
  const per = layoutPerInvitee(invitation, checked.source);
  const plan = planMailMerge(invitees, stem, { ascii: settings.asciiNames });
  const renderOne = renderer.perInviteeRenderer(per, docxOptions(invitation, settings));
  const date = exportDate(invitation);
  const files: PlannedFile[] = plan.entries.map((entry) => ({ fileName: entry.fileName, render: () => renderOne(entry.invitee) }));
  const combined = combinedFile(plan.combinedFileName, plan.entries.length, (k) => renderOne.parts(plan.entries[k].invitee), date, renderer);
  return { ok: true, problems: checked.problems, merged: invitees.length, files: [...files, combined] };
}

function docxOptions(invitation: Invitation, settings: ExportSettings) {
  const margins = Object.fromEntries(Object.entries(settings.margins ?? {}).filter(([, mm]) => Number.isFinite(mm)));
  const measures = resolveMeasures({ margins, bodySize: settings.bodySize });
  return { measures, date: exportDate(invitation), creator: linesOf(invitation.co_quan.ten).join(' '), codec: settings.codec };
}

function renderWith(invitation: Invitation, settings: ExportSettings, renderer: DocxRenderer) {
  const options = docxOptions(invitation, settings);
  return (layouts: Layout[]) => renderer.renderDocx(layouts, options); // entries dated options.date by the renderer
}
