/** An example invitation rendered to PDF from source, with the bundled or system fonts, for the unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../../src/core/check';
import { type Layout, layoutInvitation, linesOf, resolveMeasures } from '../../../../src/core/layout';
import { nodePdfFonts } from '../../../../src/export/pdf-fonts';
import { renderPdf, type PdfOptions } from '../../../../src/render/pdf';

export const ROOT = join(__dirname, '../../../..');

/** The layout of examples/<name>.giaymoi.yaml and the options a CLI export renders it with. */
export function example(name: string): { layout: Layout; options: PdfOptions } {
  const checked = checkInvitation(readFileSync(join(ROOT, 'examples', `${name}.giaymoi.yaml`), 'utf8'));
  const invitation = checked.invitation!;
  return {
    layout: layoutInvitation(invitation, checked.source),
    options: {
      measures: resolveMeasures(),
      date: new Date(Date.UTC(2025, 0, 2)),
      creator: linesOf(invitation.co_quan.ten).join(' '),
      fonts: nodePdfFonts([join(ROOT, 'media')]),
    },
  };
}

/** The example's PDF bytes. */
export async function examplePdf(name: string): Promise<Uint8Array> {
  const { layout, options } = example(name);
  return renderPdf([layout], options);
}
