/**
 * A height model for pagination without a browser (the CLI's standalone page):
 * Times New Roman's character widths, lines by greedy filling. An
 * estimate; the webview replaces it with measured heights.
 */
import {
  blockText,
  type Block,
  mmToPt,
  textAreaWidthPt,
  BODY_LINE_SPACING,
  BODY_ROLES,
  SINGLE_LINE_EM,
  URGENCY_STAMPS_MM,
  type Measures,
  textWidthPt,
} from '../../core/layout';
import { textCache } from '../../core/text';
import { spaceAfterPt } from './css';
import type { UnitSize } from './paginate';
import type { PageUnit } from './units';

/**
 * Where each line of a block starts (character offsets into its text) in a
 * column `widthPt` wide: greedy filling word by word, the first line shortened by the indent.
 */
export function lineStarts(block: Block, m: Measures, widthPt: number): readonly number[] {
  const known = byBlock.get(block);
  if (known && known.measures === m && known.widthPt === widthPt) return known.starts;
  const s = m.styles[block.role];
  const bold = s.bold || block.runs.every((r) => r.bold);
  const starts = byText(`${s.sizePt} ${s.firstLineCm} ${bold} ${widthPt}\n${blockText(block)}`, () =>
    computeLineStarts(block, m, widthPt),
  );
  byBlock.set(block, { measures: m, widthPt, starts });
  return starts;
}

/** The last wrap of each block: pagination and the sheets ask again for each page a paragraph spans. */
const byBlock = new WeakMap<Block, { measures: Measures; widthPt: number; starts: readonly number[] }>();
/**
 * Wraps by what they depend on (size, indent, weight, width, text): after a keystroke every
 * paragraph but one is as it was, but the preview's layout is new, so the cache by block misses.
 */
const byText = textCache<number[]>();

function computeLineStarts(block: Block, m: Measures, widthPt: number): number[] {
  const s = m.styles[block.role];
  const bold = s.bold || block.runs.every((r) => r.bold);
  const space = textWidthPt(' ', s.sizePt, bold);
  const starts: number[] = [];
  let offset = 0;
  blockText(block)
    .split('\n')
    .forEach((segment, i) => {
      let used = i === 0 ? mmToPt(s.firstLineCm * 10) : 0;
      starts.push(offset);
      const words = segment.split(' ');
      const hangFrom = segment.trimEnd().split(' ').length; // trailing spaces hang, as in the DOCX
      words.forEach((word, k) => {
        const width = textWidthPt(word, s.sizePt, bold);
        if (k < hangFrom && k > 0 && used + space + width > widthPt) {
          starts.push(offset);
          used = width;
        } else used += (k > 0 ? space : 0) + width;
        offset += word.length + 1;
      });
    });
  return starts;
}

/** Lines one block needs in a column `widthPt` wide. */
export function estimateLines(block: Block, m: Measures, widthPt: number): number {
  return lineStarts(block, m, widthPt).length;
}

/** Height of one block in pt, spacing included; an urgency mark is as tall as its stamp. */
export function estimateBlockPt(block: Block, m: Measures, widthPt: number): number {
  const s = m.styles[block.role];
  if (block.stamp) return s.spaceBeforePt + spaceAfterPt(s) + mmToPt(URGENCY_STAMPS_MM[block.stamp].heightMm);
  const lineEm = BODY_ROLES.has(block.role) ? SINGLE_LINE_EM * BODY_LINE_SPACING : SINGLE_LINE_EM;
  return s.spaceBeforePt + spaceAfterPt(s) + estimateLines(block, m, widthPt) * s.sizePt * lineEm;
}

/** Estimated size of each unit, in pt; a splittable paragraph gets its line bottoms. */
export function estimateUnits(units: readonly PageUnit[], m: Measures): UnitSize[] {
  const textPt = textAreaWidthPt(m);
  return units.map((u) => {
    const heights = u.columns.map((c) => c.blocks.reduce((h, b) => h + estimateBlockPt(b, m, c.fraction * textPt), 0));
    const last = u.columns.length === 1 ? u.columns[0].blocks.at(-1) : undefined;
    const size = {
      height: Math.max(0, ...heights),
      trailing: last ? m.styles[last.role].spaceAfterPt : 0,
      keepNext: u.keepNext,
    };
    return u.splittable ? { ...size, lineBottoms: () => lineBottoms(u.splittable!, m, textPt) } : size;
  });
}

/** Bottom of each line of a body paragraph, from its top (its space before included). */
function lineBottoms(block: Block, m: Measures, widthPt: number): number[] {
  const s = m.styles[block.role];
  const line = s.sizePt * SINGLE_LINE_EM * BODY_LINE_SPACING;
  return lineStarts(block, m, widthPt).map((_, j) => s.spaceBeforePt + (j + 1) * line);
}

/** Estimated height of the contact block, pt. */
export function estimateBlocksPt(blocks: readonly Block[], m: Measures): number {
  const textPt = textAreaWidthPt(m);
  return blocks.reduce((h, b) => h + estimateBlockPt(b, m, textPt), 0);
}
