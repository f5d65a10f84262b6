/**
 * A height model for pagination without a browser (the CLI's standalone page):
 * character widths of Times New Roman by class, lines by greedy filling. An
 * estimate; the webview replaces it with measured heights.
 */
import { blockText, type Block } from '../../core/layout/model';
import { BODY_LINE_SPACING, SINGLE_LINE_EM, textWidthMm, type Measures } from '../../core/measures';
import { textWidthPt } from '../docx/text-width';
import { spaceAfterPt } from './css';
import type { UnitSize } from './paginate';
import type { PageUnit } from './units';

const PT_PER_MM = 72 / 25.4;
const BODY = new Set(['paragraph', 'section', 'item', 'bullet']);

/** Lines one block needs in a column `widthPt` wide: greedy filling word by word, the first line shortened by the indent. */
export function estimateLines(block: Block, m: Measures, widthPt: number): number {
  const s = m.styles[block.role];
  const bold = s.bold || block.runs.every((r) => r.bold);
  const space = textWidthPt(' ', s.sizePt, bold);
  let lines = 0;
  blockText(block).split('\n').forEach((segment, i) => {
    let used = i === 0 ? s.firstLineCm * 10 * PT_PER_MM : 0;
    let empty = true;
    lines += 1;
    for (const word of segment.split(' ')) {
      const width = textWidthPt(word, s.sizePt, bold);
      if (!empty && used + space + width > widthPt) {
        lines += 1;
        used = width;
      } else used += (empty ? 0 : space) + width;
      empty = false;
    }
  });
  return lines;
}

/** Height of one block in pt, spacing included. */
export function estimateBlockPt(block: Block, m: Measures, widthPt: number): number {
  const s = m.styles[block.role];
  const lineEm = BODY.has(block.role) ? SINGLE_LINE_EM * BODY_LINE_SPACING : SINGLE_LINE_EM;
  return s.spaceBeforePt + spaceAfterPt(s) + estimateLines(block, m, widthPt) * s.sizePt * lineEm;
}

/** Estimated size of each unit, in pt. */
export function estimateUnits(units: readonly PageUnit[], m: Measures): UnitSize[] {
  const textPt = textWidthMm(m) * PT_PER_MM;
  return units.map((u) => {
    const heights = u.columns.map((c) => c.blocks.reduce((h, b) => h + estimateBlockPt(b, m, c.fraction * textPt), 0));
    const last = u.columns.length === 1 ? u.columns[0].blocks.at(-1) : undefined;
    return { height: Math.max(0, ...heights), trailing: last ? m.styles[last.role].spaceAfterPt : 0, keepNext: u.keepNext };
  });
}

/** Estimated height of the contact block, pt. */
export function estimateBlocksPt(blocks: readonly Block[], m: Measures): number {
  const textPt = textWidthMm(m) * PT_PER_MM;
  return blocks.reduce((h, b) => h + estimateBlockPt(b, m, textPt), 0);
}

export const mmToPt = (mm: number) => mm * PT_PER_MM;
