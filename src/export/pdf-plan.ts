/**
 * Source text → the PDF file to write: the same checks as the DOCX export
 * (errors refuse, warnings unless allowed), the same layout and measures,
 * rendered by the PDF renderer in the fonts the shell found. One invitation
 * per file (a mail merge exports DOCX for now).
 */
import { checkInvitation } from '../core/check';
import { layoutInvitation, linesOf, resolveMeasures } from '../core/layout';
import { say } from '../core/messages';
import type { Localized } from '../core/model';
import type { PdfFonts } from '../render/pdf';
import { exportDate } from './export-date';
import { safeFileStem } from './file-names';
import type { PdfRenderer } from './pdf-renderer';
import type { ExportPlan, ExportSettings } from './plan-export';
import { sourceStem } from './targets';

/** The PDF one source exports to, or why it is refused; `fonts` are read only when it is rendered. */
export function planPdfExport(
  text: string,
  sourcePath: string,
  settings: ExportSettings,
  renderer: PdfRenderer,
  fonts: () => PdfFonts,
): ExportPlan {
  const checked = checkInvitation(text, { ...settings.checkOptions, list: settings.list, row: settings.row });
  const errors = checked.problems.filter((p) => p.severity === 'error');
  if (errors.length || !checked.invitation) return { ok: false, refused: 'errors', problems: errors };
  const warnings = checked.problems.filter((p) => p.severity === 'warning');
  if (warnings.length && !settings.allowWarnings) return { ok: false, refused: 'warnings', problems: warnings };
  const invitation = checked.invitation;
  const margins = Object.fromEntries(Object.entries(settings.margins ?? {}).filter(([, mm]) => Number.isFinite(mm)));
  const options = {
    measures: resolveMeasures({ margins, bodySize: settings.bodySize }),
    date: exportDate(invitation),
    creator: linesOf(invitation.co_quan.ten).join(' '),
  };
  const fileName = `${safeFileStem(sourceStem(sourcePath), { ascii: settings.asciiNames })}.pdf`;
  const layout = layoutInvitation(invitation, checked.source);
  return {
    ok: true,
    files: [{ fileName, render: () => renderer.renderPdf([layout], { ...options, fonts: fonts() }) }],
    problems: checked.problems,
    merged: 0,
  };
}

/** Which font the PDF was set in, for the export message. */
export function pdfFontMessage(fonts: PdfFonts): Localized {
  return fonts.family === 'Times New Roman' ? say('export.pdfFont.system') : say('export.pdfFont.bundled');
}
