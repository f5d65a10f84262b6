/**
 * The foot: nơi nhận and the drafter line on the left, the signature block on
 * the right, top-aligned, each column's first line lowered by footTopsPt so
 * "Nơi nhận:" stands on the baseline of the signer's first line
 * (ô 7a–7c, 9b, 12; PL I-P.I-M.II-k.7, k.9; PL I-P.I-M.III-k.3).
 */
import type { Table } from 'docx';
import {
  type Block,
  type Layout,
  footTopsPt,
  type Measures,
  type RoleStyle,
  signatureBlocksWithLines,
  signatureStyles,
} from '../../core/layout';
import type { Geometry } from './geometry';
import { blockParagraph } from './paragraphs';
import { twoColumnTable } from './tables';

/** The foot as one borderless row that is never split across pages. */
export function footTable(layout: Layout, measures: Measures, geometry: Geometry): Table {
  const tops = footTopsPt(measures);
  const column = (blocks: readonly Block[], topPt: number, styles: readonly RoleStyle[]) =>
    blocks.map((block, i) => blockParagraph(block, i === 0 ? { ...styles[i], spaceBeforePt: topPt } : styles[i]));
  const left = [...layout.recipients, ...(layout.drafter ? [layout.drafter] : [])];
  const signature = signatureBlocksWithLines(layout.signature, measures);
  const row = [
    column(
      left,
      tops.recipients,
      left.map((b) => measures.styles[b.role]),
    ),
    column(signature, tops.signature, signatureStyles(signature, measures)),
  ] as const;
  return twoColumnTable([row], { widthsPt: geometry.foot, cantSplit: true });
}
