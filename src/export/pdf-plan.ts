/**
 * Source text → the PDF file to write: the same checks as the DOCX export
 * (errors refuse, warnings unless allowed), the same layout and measures,
 * rendered by the PDF renderer in the fonts the shell found. One invitation
 * per file, or a mail merge's files (pdf-merge.ts) under the same row limit.
 */
import { type Layout, layoutInvitation, linesOf, resolveMeasures } from '../core/layout';
import { say } from '../core/messages';
import type { Localized } from '../core/model';
import type { PdfFonts } from '../render/pdf';
import { exportDate } from './export-date';
import { safeFileStem } from './file-names';
import { readSignatureImages, type ReadImage } from './pdf-images';
import { planPdfMerge } from './pdf-merge';
import type { PdfRenderer } from './pdf-renderer';
import { admitExport, type ExportPlan, type ExportSettings } from './plan-export';
import { sourceStem } from './targets';

/**
 * The PDF one source exports to, or why it is refused; `fonts` are read only when it is rendered;
 * `readImage` reads `nguoi_ky.chu_ky_so`'s PNGs (without it, a source naming them is refused).
 */
export async function planPdfExport(
  text: string,
  sourcePath: string,
  settings: ExportSettings,
  renderer: PdfRenderer,
  fonts: () => PdfFonts,
  readImage: ReadImage = () => Promise.resolve(undefined),
): Promise<ExportPlan> {
  const admitted = admitExport(text, settings);
  if (!admitted.ok) return admitted.refusal;
  const { checked, invitation } = admitted;
  const read = await readSignatureImages(invitation, sourcePath, readImage);
  if ('refused' in read) return { ok: false, refused: 'images', message: read.refused, problems: [] };
  const margins = Object.fromEntries(Object.entries(settings.margins ?? {}).filter(([, mm]) => Number.isFinite(mm)));
  const options = {
    measures: resolveMeasures({ margins, bodySize: settings.bodySize }),
    date: exportDate(invitation),
    creator: linesOf(invitation.co_quan.ten).join(' '),
    signatureImages: read.images,
  };
  let found: PdfFonts | undefined; // read once, even for a merge's many files
  const render = (layouts: Layout[]) => renderer.renderPdf(layouts, { ...options, fonts: (found ??= fonts()) });
  const stem = sourceStem(sourcePath);
  const naming = { stem, pattern: settings.namePattern, asciiNames: settings.asciiNames };
  const merge = settings.mailMerge ? planPdfMerge(checked, invitation, naming, render) : undefined;
  if (merge && 'unknownFields' in merge)
    return { ok: false, refused: 'pattern', unknownFields: merge.unknownFields, problems: [] };
  if (merge) return { ok: true, files: merge.files, problems: checked.problems, merged: merge.merged };
  const fileName = `${safeFileStem(stem, { ascii: settings.asciiNames })}.pdf`;
  const layout = layoutInvitation(invitation, checked.source);
  return { ok: true, files: [{ fileName, render: () => render([layout]) }], problems: checked.problems, merged: 0 };
}

/** Which font the PDF was set in, for the export message. */
export function pdfFontMessage(fonts: PdfFonts): Localized {
  return fonts.family === 'Times New Roman' ? say('export.pdfFont.system') : say('export.pdfFont.bundled');
}
