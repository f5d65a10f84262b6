/**
 * The body (ô 6): justified, first-line indent, spacing from measures.ts
 * (PL I-P.I-M.II-k.6). Numbers are plain text from the layout, never Word
 * numbering, so they print exactly as derived.
 */
import type { Paragraph } from 'docx';
import { type Block, type Measures, introducesNext } from '../../core/layout';
import { blockParagraph } from './paragraphs';

/** Body paragraphs; a heading stays with its first line, the last block with the foot. */
export function bodyParagraphs(blocks: readonly Block[], measures: Measures): Paragraph[] {
  return blocks.map((block, i) =>
    blockParagraph(block, measures.styles[block.role], {
      keepNext: i === blocks.length - 1 || introducesNext(block, blocks[i + 1]),
      keepLines: i === blocks.length - 1,
    }),
  );
}
