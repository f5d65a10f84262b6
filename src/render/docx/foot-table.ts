/**
 * The foot: nơi nhận and the drafter line on the left, the signature block on
 * the right, top-aligned so "Nơi nhận:" is level with the signer's first line
 * (ô 7a–7c, 9b, 12; PL I-P.I-M.II-k.7, k.9; PL I-P.I-M.III-k.3).
 */
import type { Table } from 'docx';
import type { Block, Layout } from '../../core/layout/model';
import type { Measures } from '../../core/measures';
import type { Geometry } from './geometry';
import { blockParagraph } from './paragraphs';
import { twoColumnTable } from './tables';

/** The foot as one borderless row that is never split across pages. */
export function footTable(layout: Layout, measures: Measures, geometry: Geometry): Table {
  const column = (blocks: readonly Block[]) => blocks.map((block) => blockParagraph(block, measures.styles[block.role]));
  const left = [...layout.recipients, ...(layout.drafter ? [layout.drafter] : [])];
  return twoColumnTable([[column(left), column(layout.signature)]], { widthsPt: geometry.foot, cantSplit: true });
}
