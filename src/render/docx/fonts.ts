/** Runs in Times New Roman for every script, so Vietnamese never falls back (NĐ 30/2020, PL I-P.I-M.I-k.4). */
import { TextRun } from 'docx';
import { FONT, type RoleStyle, type Run, halfPoints } from '../../core/layout';

/** The font for Latin, high-ANSI, complex-script and East Asian text alike. */
export const FONT_ATTRIBUTES = {
  ascii: FONT.family,
  hAnsi: FONT.family,
  cs: FONT.family,
  eastAsia: FONT.family,
} as const;

/** Vietnamese, so Word proofs and hyphenates the text as Vietnamese. */
export const LANGUAGE = { value: 'vi-VN', eastAsia: 'vi-VN' } as const;

/** A layout run in a role's style; '\n' in the text becomes a line break. */
export function textRuns(runs: readonly Run[], style: RoleStyle): TextRun[] {
  return runs.flatMap((run) =>
    run.text.split('\n').map(
      (text, i) =>
        new TextRun({
          text,
          break: i > 0 ? 1 : undefined,
          font: FONT_ATTRIBUTES,
          size: halfPoints(style.sizePt),
          color: style.colorHex === '000000' ? undefined : style.colorHex,
          bold: style.bold || run.bold ? true : undefined,
          italics: style.italic || run.italic ? true : undefined,
        }),
    ),
  );
}
