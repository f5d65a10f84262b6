/**
 * Source text → the DOCX files to write: refuse a merge over the row limit,
 * check (refusing errors, and warnings unless allowed), then one file, or a
 * mail merge's copies (either flavour, merge-copies.ts) planned by the one
 * merge planner (merge-plan.ts), each file rendered only when it is written.
 * Pure but for the renderer it is given.
 */
import { checkInvitation, type CheckResult, type CheckOptions, type Invitation } from '../core/check';
import { layoutInvitation, linesOf, type Layout, resolveMeasures, type BodySize, type Margins } from '../core/layout';
import type { Localized, Problem } from '../core/model';
import type { LoadedList } from '../core/merge';
import type { DocxOptions, ZipCodec } from '../render/docx';
import { exportDate } from './export-date';
import type { DocxRenderer } from './load-renderer';
import { inviteeCopies, rowCopies, type MergeCopies } from './merge-copies';
import { tooManyRows } from './merge-limits';
import { planMerge } from './merge-plan';
import type { PlannedFile } from './planned-file';
import { safeFileStem } from './file-names';
import { sourceStem } from './targets';

export type { PlannedFile } from './planned-file';

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
  /** A mail merge's row limit, and how the user raises it (`--max-rows`, or the setting); none: no limit. */
  readonly maxRows?: { readonly max: number; readonly allowMore: (rows: number) => Localized };
}

export type ExportPlan =
  | { readonly ok: false; readonly refused: 'errors' | 'warnings'; readonly problems: readonly Problem[] }
  | {
      readonly ok: false;
      readonly refused: 'pattern';
      readonly unknownFields: readonly string[];
      readonly problems: readonly Problem[];
    }
  | {
      readonly ok: false;
      /** Over the row limit, or (PDF) a signature image that cannot be used: one line, `message`. */
      readonly refused: 'rows' | 'images';
      readonly message: Localized;
      readonly problems: readonly Problem[];
    }
  | {
      readonly ok: true;
      readonly files: readonly PlannedFile[];
      readonly problems: readonly Problem[];
      /** Invitees of a mail merge (0: one invitation). */
      readonly merged: number;
    };

/** A source every export (DOCX or PDF) may render: checked, with its invitation; or the plan that refuses it. */
export type Admitted =
  | { readonly ok: true; readonly checked: CheckResult; readonly invitation: Invitation }
  | { readonly ok: false; readonly refusal: ExportPlan };

/** What every export asks first, in this order: a merge within the row limit, no error, no warning unless allowed. */
export function admitExport(text: string, settings: ExportSettings): Admitted {
  const tooMany =
    settings.mailMerge && settings.maxRows
      ? tooManyRows(settings.list, settings.maxRows.max, settings.maxRows.allowMore)
      : undefined;
  if (tooMany) return { ok: false, refusal: { ok: false, refused: 'rows', message: tooMany, problems: [] } };
  const checked = checkInvitation(text, { ...settings.checkOptions, list: settings.list, row: settings.row });
  const errors = checked.problems.filter((p) => p.severity === 'error');
  if (errors.length || !checked.invitation)
    return { ok: false, refusal: { ok: false, refused: 'errors', problems: errors } };
  const warnings = checked.problems.filter((p) => p.severity === 'warning');
  if (warnings.length && !settings.allowWarnings)
    return { ok: false, refusal: { ok: false, refused: 'warnings', problems: warnings } };
  return { ok: true, checked, invitation: checked.invitation };
}

/** The files one source exports to, or why it is refused. */
export function planExport(
  text: string,
  sourcePath: string,
  settings: ExportSettings,
  renderer: DocxRenderer,
): ExportPlan {
  const admitted = admitExport(text, settings);
  if (!admitted.ok) return admitted.refusal;
  const { checked, invitation } = admitted;
  const options = docxOptions(invitation, settings);
  const copies = settings.mailMerge ? mergeCopies(checked, invitation, settings, renderer, options) : undefined;
  if (copies && 'unknownFields' in copies)
    return { ok: false, refused: 'pattern', unknownFields: copies.unknownFields, problems: [] };
  const stem = sourceStem(sourcePath);
  if (copies)
    return {
      ok: true,
      files: planMerge(
        copies,
        { stem, asciiNames: settings.asciiNames, date: options.date, codec: options.codec },
        renderer,
      ),
      problems: checked.problems,
      merged: copies.names.length,
    };
  const fileName = `${safeFileStem(stem, { ascii: settings.asciiNames })}.docx`;
  const render = (layouts: Layout[]) => renderer.renderDocx(layouts, options); // entries dated options.date by the renderer
  return {
    ok: true,
    files: [{ fileName, render: () => render([layoutInvitation(invitation, checked.source)]) }],
    problems: checked.problems,
    merged: 0,
  };
}

/** A mail merge's copies: a list file's rows, or 2+ invitees of `kinh_moi` (fewer: none, one plain file). */
function mergeCopies(
  checked: CheckResult,
  invitation: Invitation,
  settings: ExportSettings,
  renderer: DocxRenderer,
  options: DocxOptions,
): MergeCopies | { readonly unknownFields: readonly string[] } | undefined {
  if (checked.merge) return rowCopies(checked, checked.merge, settings.namePattern, renderer, options);
  return linesOf(invitation.kinh_moi).length < 2 ? undefined : inviteeCopies(invitation, checked, renderer, options);
}

function docxOptions(invitation: Invitation, settings: ExportSettings): DocxOptions {
  const margins = Object.fromEntries(Object.entries(settings.margins ?? {}).filter(([, mm]) => Number.isFinite(mm)));
  const measures = resolveMeasures({ margins, bodySize: settings.bodySize });
  return {
    measures,
    date: exportDate(invitation),
    creator: linesOf(invitation.co_quan.ten).join(' '),
    codec: settings.codec,
  };
}
