/** Document defaults: Times New Roman at the body size, Vietnamese, black (PL I-P.I-M.I-k.4). */
import type { IStylesOptions } from 'docx';
import { type Measures, halfPoints } from '../../core/layout';
import { FONT_ATTRIBUTES, LANGUAGE } from './fonts';

/**
 * Styles whose defaults and "Normal" carry the decree's font, so text typed later in Word matches.
 * Widow/orphan control is explicit: LibreOffice keeps two lines by default, Word only when told,
 * and the preview paginates as LibreOffice does.
 */
export function documentStyles(measures: Measures): IStylesOptions {
  const run = { font: FONT_ATTRIBUTES, size: halfPoints(measures.bodySize), color: '000000', language: LANGUAGE };
  const paragraph = { spacing: { before: 0, after: 0 }, widowControl: true };
  return {
    default: { document: { run, paragraph } },
    paragraphStyles: [{ id: 'Normal', name: 'Normal', quickFormat: true, run }],
  };
}
