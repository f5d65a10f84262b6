/**
 * Source text → the DOCX files to write: check (refusing errors, and warnings
 * unless allowed), lay out (once, or once per invitee for a mail merge),
 * render, and make the bytes repeatable. Pure but for the renderer it is given.
 */
import { checkInvitation } from '../core/check';
import { layoutInvitation } from '../core/layout';
import { linesOf } from '../core/layout/derive';
import type { Layout } from '../core/layout/model';
import { resolveMeasures, type BodySize, type Margins } from '../core/measures';
import type { Problem } from '../core/problem';
import type { CheckOptions } from '../core/rules/rule';
import type { LoadedList } from '../core/merge/table';
import type { Invitation } from '../core/schema';
import { exportDate } from './export-date';
import type { DocxRenderer } from './load-renderer';
import { planListMerge } from './list-merge';
import { planMailMerge } from './mail-merge';
import { safeFileStem } from './file-names';
import { sourceStem } from './targets';
import type { OutputFile } from './write-outputs';
import { setZipDates } from './zip-dates';

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
}

export type ExportPlan =
  | { readonly ok: false; readonly refused: 'errors' | 'warnings'; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly refused: 'pattern'; readonly unknownFields: readonly string[]; readonly problems: readonly Problem[] }
  | { readonly ok: true; readonly files: readonly OutputFile[]; readonly problems: readonly Problem[]; readonly merged: number };

/** The files one source exports to, or why it is refused. */
export async function planExport(text: string, sourcePath: string, settings: ExportSettings, renderer: DocxRenderer): Promise<ExportPlan> {
  const checked = checkInvitation(text, { ...settings.checkOptions, list: settings.list, row: settings.row });
  const errors = checked.problems.filter((p) => p.severity === 'error');
  if (errors.length || !checked.invitation) return { ok: false, refused: 'errors', problems: errors };
  const warnings = checked.problems.filter((p) => p.severity === 'warning');
  if (warnings.length && !settings.allowWarnings) return { ok: false, refused: 'warnings', problems: warnings };
  const invitation = checked.invitation;
  const render = renderWith(invitation, settings, renderer);
  const layout = (invitee?: number) => layoutInvitation(invitation, checked.source, { invitee });
  const invitees = linesOf(invitation.kinh_moi);
  const stem = sourceStem(sourcePath);
  if (settings.mailMerge && checked.merge) {
    const merged = await planListMerge(checked, checked.merge, { stem, asciiNames: settings.asciiNames, namePattern: settings.namePattern }, render);
    if (!merged.ok) return { ok: false, refused: 'pattern', unknownFields: merged.unknownFields, problems: [] };
    return { ok: true, files: merged.files, problems: checked.problems, merged: checked.merge.copies.length };
  }
  if (!settings.mailMerge || invitees.length < 2) {
    const fileName = `${safeFileStem(stem, { ascii: settings.asciiNames })}.docx`;
    return { ok: true, files: [{ fileName, bytes: await render([layout()]) }], problems: checked.problems, merged: 0 };
  }
  const plan = planMailMerge(invitees, stem, { ascii: settings.asciiNames });
  const layouts = plan.entries.map((entry) => layout(entry.invitee));
  const files: OutputFile[] = [];
  for (const [i, entry] of plan.entries.entries()) files.push({ fileName: entry.fileName, bytes: await render([layouts[i]]) });
  files.push({ fileName: plan.combinedFileName, bytes: await render(layouts) });
  return { ok: true, files, problems: checked.problems, merged: invitees.length };
}

function renderWith(invitation: Invitation, settings: ExportSettings, renderer: DocxRenderer) {
  const margins = Object.fromEntries(Object.entries(settings.margins ?? {}).filter(([, mm]) => Number.isFinite(mm)));
  const measures = resolveMeasures({ margins, bodySize: settings.bodySize });
  const date = exportDate(invitation);
  const creator = linesOf(invitation.co_quan.ten).join(' ');
  return async (layouts: Layout[]) => setZipDates(await renderer.renderDocx(layouts, { measures, date, creator }), date);
}
